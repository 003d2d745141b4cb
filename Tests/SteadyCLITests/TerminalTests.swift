import Foundation
import Testing

/// Drives the real binary in a terminal (tmux), the way a person types.
@Suite(.serialized)
struct TerminalTests {
    static let hasTmux = FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")

    /// One tmux session running steady with its own data folder.
    final class Screen {
        let name = "steady-test-\(UUID().uuidString.prefix(8))"
        let dataDir: URL

        init(dataDir: URL = SteadyBinary.temporaryFolder(), width: Int = 80, skipOnboarding: Bool = true) throws {
            self.dataDir = dataDir
            try Self.tmux(["new-session", "-d", "-s", name, "-x", "\(width)", "-y", "30",
                           "env NO_COLOR=1 LANG=en_US.UTF-8 STEADY_DATA_DIR='\(dataDir.path)' '\(SteadyBinary.url.path)'; sleep 30"])
            if skipOnboarding {
                // A debug build learns its models at start (a cold start with no cache): allow it time.
                try waitFor("What would you like me to call you?", timeout: 30)
                for question in ["Where are you", "Who is one person", "what's one reason"] {
                    try keys("Enter")
                    try waitFor(question)
                }
                try keys("Enter")
                try waitFor("What's going on for you right now?")
            }
        }

        deinit { _ = try? Self.tmux(["kill-session", "-t", name]) }

        /// Runs one tmux command. Its output goes to a file, not a pipe: the tmux server that
        /// new-session starts would keep a pipe open forever.
        @discardableResult
        static func tmux(_ arguments: [String]) throws -> String {
            let result = try Spawn.run("/usr/bin/tmux", arguments, timeout: 20)
            return String(decoding: result.stdout, as: UTF8.self)
        }

        func keys(_ keys: String...) throws { try Self.tmux(["send-keys", "-t", name] + keys) }
        func type(_ text: String) throws { try Self.tmux(["send-keys", "-t", name, "-l", text]) }
        func screen() throws -> String { try Self.tmux(["capture-pane", "-t", name, "-p"]) }

        /// Waits until the screen shows the text, or fails after a few seconds.
        func waitFor(_ text: String, timeout: Double = 8, sourceLocation: SourceLocation = #_sourceLocation) throws {
            let deadline = Date().addingTimeInterval(timeout)
            while Date() < deadline {
                if try screen().contains(text) { return }
                Thread.sleep(forTimeInterval: 0.05)
            }
            Issue.record("the screen never showed \"\(text)\":\n\(try screen())", sourceLocation: sourceLocation)
        }

        /// The line the cursor is on (the prompt line).
        func promptLine() throws -> String {
            try screen().split(separator: "\n").last { $0.hasPrefix(">") }.map(String.init) ?? ""
        }
    }

    @Test(.enabled(if: hasTmux, "tmux is not installed"))
    func tabCompletesCommandsAndOptions() throws {
        let screen = try Screen()
        try screen.type("/hel")
        try screen.keys("Tab")
        try screen.waitFor("> /help")
        try screen.keys("C-u")
        try screen.type("i really want a drink")
        try screen.keys("Enter")
        try screen.waitFor("strong")
        try screen.type("3")
        try screen.keys("Enter")
        try screen.waitFor("2. Full version")
        try screen.type("1")
        try screen.keys("Enter")
        try screen.type("in my chest")
        try screen.keys("Enter")
        try screen.waitFor("Describe it in a few words")
        try screen.type("tight")
        try screen.keys("Enter")
        try screen.waitFor("Any key or Ctrl-C stops it early")
        try screen.keys("C-c")
        try screen.waitFor("we stopped early")
        try screen.type("done")
        try screen.keys("Enter")
        try screen.type("3")
        try screen.keys("Enter")
        try screen.waitFor("2. Not right now")
        try screen.type("Not r")
        try screen.keys("Tab")
        try screen.waitFor("> Not right now")
    }

    @Test(.enabled(if: hasTmux, "tmux is not installed"))
    func historyIsRecalledInTheNextRunAndKeptPrivate() throws {
        let folder = SteadyBinary.temporaryFolder()
        do {
            let first = try Screen(dataDir: folder)
            try first.type("the quick brown fox")
            try first.keys("Enter")
            try first.waitFor("Here's what I can help with")
            try first.keys("C-d")
            try first.waitFor("Take care")
        }
        let second = try Screen(dataDir: folder, skipOnboarding: false)
        try second.waitFor("What's going on for you right now?")
        try second.keys("Up")
        try second.waitFor("> the quick brown fox")
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("history").path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    /// The safety net reads every message, the answers to the first-run questions among them:
    /// danger typed as "a reason for change" gets the crisis response, and is not saved as a reason.
    @Test(.enabled(if: hasTmux, "tmux is not installed"))
    func dangerTypedAtAFirstRunQuestionGetsTheCrisisResponse() throws {
        let screen = try Screen(skipOnboarding: false)
        try screen.waitFor("What would you like me to call you?")
        for question in ["Where are you", "Who is one person", "what's one reason"] {
            try screen.keys("Enter")
            try screen.waitFor(question)
        }
        try screen.type("i want to kill myself tonight")
        try screen.keys("Enter")
        try screen.waitFor("Are you safe right now?")
        #expect(try !screen.screen().contains("Thank you"))
        try screen.type("/reasons")
        try screen.keys("Enter")
        try screen.waitFor("You haven't written down your reasons for change yet.")
    }

    @Test(.enabled(if: hasTmux, "tmux is not installed"))
    func ctrlCClearsTheLineAndCtrlDSaysGoodbye() throws {
        let screen = try Screen()
        try screen.type("half a thought")
        try screen.keys("C-c")
        try screen.waitFor("half a thought^C")
        #expect(try screen.promptLine() == ">")
        try screen.type("the quick brown fox")
        try screen.keys("Enter")
        try screen.waitFor("1. Riding out a craving")
        try screen.keys("C-d")
        try screen.waitFor("Take care. I'm here whenever you need me.")
    }

    @Test(.enabled(if: hasTmux, "tmux is not installed"))
    func ctrlCStopsABreathingExercise() throws {
        let screen = try Screen()
        try screen.type("/breathe")
        try screen.keys("Enter")
        try screen.waitFor("Breathe in")
        try screen.keys("C-c")
        try screen.waitFor("we stopped early")
        try screen.type("/quit")
        try screen.keys("Enter")
        try screen.waitFor("Take care")
    }

    @Test(.enabled(if: hasTmux, "tmux is not installed"))
    func aNarrowTerminalWrapsEveryLine() throws {
        let screen = try Screen(width: 40)
        try screen.type("/help")
        try screen.keys("Enter")
        try screen.waitFor("/quit")
        for line in try screen.screen().split(separator: "\n") {
            #expect(line.count <= 40, "\(line)")
        }
        #expect(try screen.screen().contains("/settings"))
    }
}

extension TerminalTests {
    @Test(.enabled(if: hasTmux, "tmux is not installed"))
    func closingTheTerminalMidDialogueKeepsTheConversation() throws {
        let folder = SteadyBinary.temporaryFolder()
        do {
            let screen = try Screen(dataDir: folder)
            try screen.type("i really want a drink")
            try screen.keys("Enter")
            try screen.waitFor("strong")
            try screen.type("7")
            try screen.keys("Enter")
            try screen.waitFor("2. Full version")
            // Closing the window sends SIGHUP to Steady.
            try Screen.tmux(["kill-session", "-t", screen.name])
        }
        Thread.sleep(forTimeInterval: 0.5)
        let next = try SteadyBinary.run(["chat", "--jsonl"], input: "carry on\n", environment: ["STEADY_DATA_DIR": folder.path])
        #expect((next.turns.first?["reply"] as? String)?.contains("Would you like to carry on where we left off?") == true)
        #expect(next.turns.last?["node"] as? String == "choose")
    }
}
