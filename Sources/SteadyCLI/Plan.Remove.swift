import ArgumentParser
import Foundation
import SteadyCore
import SteadyStore

extension Steady.Plan {
    /// Removes one item, by its number in `steady plan show`.
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove", abstract: "Remove an item from a section, by its number in 'steady plan show'.")

        @OptionGroup var options: SharedOptions

        @Argument(help: ArgumentHelp("The section: \(SafetyPlan.Section.ids).", valueName: "section"))
        var section: String

        @Argument(help: ArgumentHelp("The item's number in that section, from 1.", valueName: "n"))
        var number: Int

        func validate() throws {
            _ = try Steady.Plan.section(section)
            guard number >= 1 else { throw ValidationError("The number counts from 1, as 'steady plan show' lists them.") }
        }

        func run() throws {
            let section = try Steady.Plan.section(section)
            let store = try options.openStore()
            do {
                let removed = try store.removeFromSafetyPlan(section: section, number: number)
                printSafely("Removed from \(section.title.lowercased()): \(Renderer.sanitize(removed.text))")
            } catch {
                throw commandError(error)
            }
        }
    }
}
