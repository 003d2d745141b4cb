import ArgumentParser
import SteadyCore

/// The details of a support contact, shared by `contacts add` and `contacts edit`.
struct ContactOptions: ParsableArguments {
    @Option(help: ArgumentHelp("How to reach them: a number, \"text\", \"at the Tuesday meeting\".", valueName: "text"))
    var reach: String?

    @Option(help: ArgumentHelp(
        "Who they are to you: \(Relationship.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "kind"))
    var relationship: String?

    @Option(help: ArgumentHelp(
        "The support they give, comma-separated: emotional, practical, information.", valueName: "kinds"))
    var supports: String?

    @Option(help: ArgumentHelp(
        "When they're usually around: \"any time\", \"weekdays 18:00-22:00\", \"weekends\", \"mon,wed 09:00-17:00\", \"evenings\"; join with \";\". Empty to clear.",
        valueName: "window"))
    var available: String?

    @Option(help: ArgumentHelp("Anything worth remembering about them. Empty to clear.", valueName: "text"))
    var note: String?

    /// Whether any detail was given.
    var isEmpty: Bool { [reach, relationship, supports, available, note].allSatisfy { $0 == nil } }

    func validate() throws {
        var scratch = SupportContact(name: "check")
        do {
            try apply(to: &scratch)
        } catch {
            throw ValidationError(error.description)
        }
    }

    /// Sets the details that were given on the contact.
    func apply(to contact: inout SupportContact) throws(ContactError) {
        if let reach { contact.reach = reach }
        if let relationship {
            contact.relationship = relationship.trimmingCharacters(in: .whitespaces).isEmpty
                ? nil : try Relationship(parsing: relationship)
        }
        if let supports { contact.supports = try SupportKind.parseList(supports) }
        if let available {
            do {
                contact.availability = try Availability(parsing: available)
            } catch {
                throw .availability(error)
            }
        }
        if let note { contact.notes = note }
    }
}
