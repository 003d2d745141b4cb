import ArgumentParser

extension Steady {
    /// The people in your life who can help.
    struct Contacts: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "contacts",
            abstract: "The people you can turn to: list, add, edit or remove them.",
            discussion: """
                Steady suggests these people when things are hard: those who give the kind of \
                support you need, who are usually around at that hour, and whom you haven't \
                reached out to for a while. They stay on this computer.
                """,
            subcommands: [List.self, Add.self, Edit.self, Remove.self],
            defaultSubcommand: List.self)
    }
}
