import ArgumentParser
import Foundation
import SteadyCore
import SteadyStore

extension Steady.Contacts {
    /// Shows every support contact.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "Show the people you've added.")

        @OptionGroup var options: SharedOptions

        func run() throws {
            let store = try options.openStore()
            let contacts: [SupportContact]
            do {
                contacts = try store.contacts()
            } catch {
                throw commandError(error)
            }
            printSafely(ContactText.list(contacts, calendar: .current))
        }
    }
}
