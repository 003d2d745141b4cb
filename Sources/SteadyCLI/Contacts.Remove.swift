import ArgumentParser
import Foundation
import SteadyCore
import SteadyStore

extension Steady.Contacts {
    /// Removes a support contact.
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove someone from your contacts.")

        @OptionGroup var options: SharedOptions

        @Argument(help: ArgumentHelp("The name of the contact to remove.", valueName: "name"))
        var name: String

        func run() throws {
            let store = try options.openStore()
            let removed: SupportContact
            do {
                removed = try store.removeContact(named: name)
            } catch {
                throw commandError(error)
            }
            printSafely("Removed \(removed.name). Your check-ins that mention them are kept.")
        }
    }
}
