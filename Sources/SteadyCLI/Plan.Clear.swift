import ArgumentParser
import Foundation
import SteadyStore

extension Steady.Plan {
    /// Empties the plan.
    struct Clear: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "clear", abstract: "Empty your plan, to start it again. Your contacts and reasons are kept.")

        @OptionGroup var options: SharedOptions

        func run() throws {
            let store = try options.openStore()
            do {
                let count = try store.clearSafetyPlan()
                printSafely(count == 0
                    ? "Your plan was already empty."
                    : "Cleared your plan (\(count == 1 ? "one item" : "\(count) items")). Your contacts and reasons are kept. Run steady plan to make it again.")
            } catch {
                throw commandError(error)
            }
        }
    }
}
