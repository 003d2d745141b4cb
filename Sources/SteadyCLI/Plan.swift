import ArgumentParser
import SteadyCore

extension Steady {
    /// The person's safety plan: built together, shown first in a crisis, printable.
    struct Plan: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "plan",
            abstract: "Your safety plan: build it together, look at it, print it.",
            discussion: """
                A safety plan is a short list, in your own words, of what to do when things get \
                very hard, used from the top down. Steady shows it first whenever it finds danger, \
                and /sos shows it too. It stays on this computer. Sections: \(SafetyPlan.Section.ids).
                """,
            subcommands: [Build.self, Show.self, Add.self, Remove.self, Clear.self],
            defaultSubcommand: Build.self)

        /// The section named on the command line, or a usage error that lists them.
        static func section(_ id: String) throws -> SafetyPlan.Section {
            guard let section = SafetyPlan.Section(id: id) else {
                throw ValidationError("'\(id)' is not a section of the plan. Sections: \(SafetyPlan.Section.ids).")
            }
            return section
        }
    }
}
