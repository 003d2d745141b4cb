extension ChatSession {
    /// One slash command, declared in one place: its names, how to write it, what it does, what
    /// Tab offers for it, and what it runs. /help, Tab completion and the dispatch all read
    /// ``ChatSession/commands``, so a new command is one entry there.
    struct Command: Sendable {
        /// The name typed, such as "/help".
        var name: String
        /// Other names that run it, such as "/exit" for "/quit"; not listed or completed.
        var aliases: [String]
        /// How to write it, for /help: "/contacts [add NAME [how to reach]]".
        var usage: String
        /// What it does, for /help.
        var help: String
        /// What Tab offers for it beyond its name, given the session as it is.
        var completions: @Sendable (ChatSession) -> [String]
        /// Runs it with the text after its name; false when the chat should end.
        var run: @Sendable (inout ChatSession, String) -> Bool

        init(_ name: String, aliases: [String] = [], usage: String? = nil, help: String,
             completions: @escaping @Sendable (ChatSession) -> [String] = { _ in [] },
             run: @escaping @Sendable (inout ChatSession, String) -> Bool) {
            self.name = name
            self.aliases = aliases
            self.usage = usage ?? name
            self.help = help
            self.completions = completions
            self.run = run
        }

        /// A command whose whole answer is a line of text from the front end.
        init(_ name: String, usage: String? = nil, help: String,
             completions: @escaping @Sendable (ChatSession) -> [String] = { _ in [] },
             answer: @escaping @Sendable (inout ChatSession, String) -> String) {
            self.init(name, usage: usage, help: help, completions: completions) { session, argument in
                let text = answer(&session, argument)
                session.show(session.note(text))
                return true
            }
        }

        /// Whether `typed` (lower case) names this command.
        func answers(to typed: String) -> Bool { typed == name || aliases.contains(typed) }
    }
}
