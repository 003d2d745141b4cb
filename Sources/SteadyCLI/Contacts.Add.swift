import ArgumentParser
import Foundation
import SteadyCore
import SteadyStore

extension Steady.Contacts {
    /// Adds a support contact.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "add", abstract: "Add someone you can turn to.")

        @OptionGroup var options: SharedOptions

        @Argument(help: ArgumentHelp("Their name, or what you call them.", valueName: "name"))
        var name: String

        @OptionGroup var details: ContactOptions

        func validate() throws {
            do {
                _ = try SupportContact(name: name).validated()
            } catch {
                throw ValidationError(error.description)
            }
        }

        func run() throws {
            var contact = SupportContact(name: name)
            do {
                try details.apply(to: &contact)
            } catch {
                throw ValidationError(error.description)
            }
            let store = try options.openStore()
            let added: SupportContact
            do {
                added = try store.addContact(contact)
            } catch {
                throw commandError(error)
            }
            printSafely("Added \(added.name). When things are hard, Steady can suggest them.")
        }
    }
}
