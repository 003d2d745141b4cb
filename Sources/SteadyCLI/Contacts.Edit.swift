import ArgumentParser
import Foundation
import SteadyCore
import SteadyStore

extension Steady.Contacts {
    /// Changes a support contact's details.
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Change someone's details; only the options you give change.")

        @OptionGroup var options: SharedOptions

        @Argument(help: ArgumentHelp("The name of the contact to change.", valueName: "name"))
        var name: String

        @Option(help: ArgumentHelp("A new name for them.", valueName: "name"))
        var rename: String?

        @OptionGroup var details: ContactOptions

        func validate() throws {
            if let rename {
                do {
                    _ = try SupportContact(name: rename).validated()
                } catch {
                    throw ValidationError(error.description)
                }
            }
            if rename == nil, details.isEmpty {
                throw ValidationError(
                    "Say what to change, for example --reach, --supports, --available, --note or --rename.")
            }
        }

        func run() throws {
            let store = try options.openStore()
            let changed: SupportContact
            do {
                changed = try store.editContact(named: name) { contact throws(ContactError) in
                    try details.apply(to: &contact)
                    if let rename { contact.name = rename }
                }
            } catch {
                throw commandError(error)
            }
            printSafely("Updated \(changed.name).")
            printSafely(ContactText.describe(changed, calendar: .current))
        }
    }
}
