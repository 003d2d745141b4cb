import ArgumentParser

/// The `steady` command: a calm companion in the terminal for the hard moments of recovery.
///
/// Every command names itself in its configuration: without a name, ArgumentParser works one
/// out from the type's name at start-up, which costs a search of every protocol conformance
/// in the program, a few milliseconds before each chat.
public struct Steady: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "steady",
        abstract: "An offline companion for the hard moments of recovery.",
        discussion: """
            Steady talks you through a craving, stress, loneliness or a slip, and helps you reach \
            the people who can help. It is a program, not a therapist or an emergency service. \
            Everything stays on this computer.
            """,
        version: "0.1.0",
        subcommands: [Chat.self, Practice.self, Explain.self, Lint.self, Test.self, Graph.self, Contacts.self, Journal.self, Plan.self, Export.self, Import.self],
        defaultSubcommand: Chat.self
    )

    public init() {}
}

/// Hands the process over to the command line.
public enum SteadyMain {
    public static func run() {
        Steady.main()
    }
}
