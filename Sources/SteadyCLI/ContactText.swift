import Foundation
import SteadyCore

/// Support contacts as plain text for a person.
enum ContactText {
    /// Every contact with their details, or a kind word when there are none.
    static func list(_ contacts: [SupportContact], calendar: Calendar) -> String {
        guard !contacts.isEmpty else {
            return """
                You haven't added any support contacts yet.
                Think of one person you could message when things are hard, then:
                  steady contacts add NAME --reach "how to reach them" --supports emotional
                """
        }
        return contacts.map { describe($0, calendar: calendar) }.joined(separator: "\n\n")
    }

    /// One contact over a few lines.
    static func describe(_ contact: SupportContact, calendar: Calendar) -> String {
        var lines = [contact.name + (contact.relationship.map { " (\($0.rawValue))" } ?? "")]
        if !contact.reach.isEmpty { lines.append("  reach: " + contact.reach) }
        if !contact.supports.isEmpty {
            lines.append("  gives: " + SupportKind.listText(contact.supports) + " support")
        }
        if contact.availability.isStated { lines.append("  around: " + contact.availability.description) }
        lines.append("  last contacted: " + (contact.lastContacted.map { day($0, calendar: calendar) } ?? "not yet"))
        if !contact.notes.isEmpty { lines.append("  note: " + contact.notes) }
        return lines.joined(separator: "\n")
    }

    static func day(_ date: Date, calendar: Calendar) -> String {
        calendar.formatter("d MMM yyyy").string(from: date)
    }
}
