import ArgumentParser
import Foundation
import SteadyCore
import SteadyStore

extension Steady.Plan {
    /// Adds one item to a section.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Add something to a section of your plan, in your words.")

        @OptionGroup var options: SharedOptions

        @Argument(help: ArgumentHelp("The section: \(SafetyPlan.Section.ids).", valueName: "section"))
        var section: String

        @Argument(help: ArgumentHelp("What to add, in your own words.", valueName: "text"))
        var text: [String]

        func validate() throws {
            _ = try Steady.Plan.section(section)
            if text.joined(separator: " ").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw ValidationError("Say what to add, such as: steady plan add coping \"a walk round the block\"")
            }
        }

        func run() throws {
            let section = try Steady.Plan.section(section)
            let words = text.joined(separator: " ")
            let store = try options.openStore()
            let added: [SafetyPlan.Item]
            do {
                added = try store.addToSafetyPlan([words], section: section)
            } catch {
                throw commandError(error)
            }
            guard let item = added.first else {
                printSafely("That's already in \(section.title.lowercased()). Nothing was changed.")
                return
            }
            printSafely("Added to \(section.title.lowercased()): \(Renderer.sanitize(item.text))")
            if section == .people, let contacts = try? store.contacts(), SafetyPlan.contact(for: item.text, in: contacts) == nil {
                printSafely("To have Steady suggest them when things are hard too: steady contacts add \"\(Renderer.sanitize(item.text))\"")
            }
        }
    }
}
