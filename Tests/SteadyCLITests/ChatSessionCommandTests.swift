import Foundation
import SteadyCore
import SteadyStore
import Testing
@testable import SteadyCLI

/// The slash-command table, /settings when a save fails, and the greeting by name.
struct ChatSessionCommandTests {
    /// What a session wrote.
    final class Written: @unchecked Sendable {
        var lines: [String] = []
    }

    /// A session on the shipped scripts, with `store`, keeping what it writes in `written`.
    static func session(store: Store?, written: Written = Written()) throws -> ChatSession {
        let library = try #require(DialogueFiles.loadLibrary(extra: []).0)
        return ChatSession(engine: Engine(library: library), seed: 1, output: .jsonl, store: store) { written.lines.append($0) }
    }

    @Test func helpListsEveryCommandOfTheTable() throws {
        let result = try SteadyBinary.run(["chat", "--jsonl"], input: "/help\n")
        let help = try #require(result.turns.last?["reply"] as? String)
        for command in ChatSession.commands {
            #expect(help.contains("  \(command.usage)"), "/help lacks \(command.usage)")
            #expect(help.contains(command.help), "/help lacks what \(command.name) does")
        }
        #expect(help.split(separator: "\n").count == ChatSession.commands.count + 1)
    }

    @Test func tabOffersEveryCommandOfTheTableAndRemovingEachContact() throws {
        let store = try Store.inMemory()
        try store.addContact(SupportContact(name: "Sam"))
        let words = try Self.session(store: store).completions()
        for command in ChatSession.commands {
            #expect(words.contains(command.name), "Tab does not offer \(command.name)")
        }
        #expect(words.contains("/contacts remove Sam"))
        #expect(words.contains("Sam"))
        #expect(Readline.matches(for: "/he", in: words) == ["/help"])
    }

    @Test func everyNameAndAliasRunsItsCommand() throws {
        let written = Written()
        var session = try Self.session(store: nil, written: written)
        for command in ChatSession.commands where command.name != "/quit" {
            let goesOn = session.command(command.name.uppercased())
            #expect(goesOn, "\(command.name) ended the chat")
        }
        for name in ["/quit", "/exit", "/bye"] {
            let goesOn = session.command(name)
            #expect(!goesOn, "\(name) did not end the chat")
        }
        #expect(written.lines.count == ChatSession.commands.count + 2)
        #expect(!written.lines.contains { $0.contains("I don't know the command") })
    }

    /// Lines typed at a terminal, one after another.
    struct Typed: LineReader {
        var lines: [String]
        mutating func readLine(prompt: String) -> String? { lines.isEmpty ? nil : lines.removeFirst() }
    }

    /// In a terminal, /quit and Ctrl-D end the same way: the goodbye, said once.
    @Test(arguments: [["i really want a drink", "/quit"], ["i really want a drink"]])
    func theGoodbyeIsSaidOnce(_ lines: [String]) throws {
        let library = try #require(DialogueFiles.loadLibrary(extra: []).0)
        let written = Written()
        var session = ChatSession(engine: Engine(library: library), seed: 1, output: .human(Renderer(color: false), interactive: true), store: nil) {
            written.lines.append($0)
        }
        var reader = Typed(lines: lines)
        session.run(reader: &reader)
        let all = written.lines.joined(separator: "\n")
        #expect(all.components(separatedBy: "Take care. I'm here whenever you need me.").count - 1 == 1, "\(all)")
        #expect(all.contains("Before you go"))
    }

    /// A data folder whose database refuses every change to settings, as a full disk would.
    static func folderRefusingSettings() throws -> String {
        let data = SteadyBinary.temporaryFolder().path
        let first = try SteadyBinary.run(["chat", "--jsonl"], input: "/settings name Al\n", environment: ["STEADY_DATA_DIR": data])
        #expect(first.status == 0, "\(first.stderr)")
        let refuse = try Spawn.run("/usr/bin/sqlite3", [data + "/steady.sqlite", """
            CREATE TRIGGER refuse_insert BEFORE INSERT ON settings BEGIN SELECT RAISE(ABORT, 'disk full'); END;
            CREATE TRIGGER refuse_update BEFORE UPDATE ON settings BEGIN SELECT RAISE(ABORT, 'disk full'); END;
            """])
        #expect(refuse.status == 0, "\(String(decoding: refuse.stderr, as: UTF8.self))")
        return data
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3"), "the sqlite3 command is needed"))
    func aSettingThatCannotBeSavedIsReportedNotThanked() throws {
        let data = try Self.folderRefusingSettings()
        let result = try SteadyBinary.run(["chat", "--jsonl"], input: "/settings name Bo\n/settings history off\n/settings region UK\n/sos\n",
                                          environment: ["STEADY_DATA_DIR": data])
        let replies = result.turns.compactMap { $0["reply"] as? String }
        try #require(replies.count == 5)
        #expect(replies[0].hasPrefix("Hi Al, it's Steady."))
        for reply in replies[1...3] {
            #expect(reply.hasPrefix("I couldn't save"), "\(reply)")
            #expect(reply.contains("disk full"), "\(reply)")
            #expect(!reply.contains("Okay"), "\(reply)")
        }
        // The region still changes for this chat, and says so.
        #expect(replies[3].contains("For this chat, /sos will show the lines for United Kingdom"))
        #expect(replies[4].contains("SHOUT to 85258"))
        let next = try SteadyBinary.run(["chat", "--jsonl"], input: "/settings\n", environment: ["STEADY_DATA_DIR": data])
        let settings = try #require(next.turns.last?["reply"] as? String)
        #expect(settings.contains("name     Al"))
        #expect(settings.contains("history  on"))
    }

    @Test func theGreetingUsesTheSavedName() throws {
        let data = SteadyBinary.temporaryFolder().path
        _ = try SteadyBinary.run(["chat", "--jsonl"], input: "/settings name Alex\n", environment: ["STEADY_DATA_DIR": data])
        let result = try SteadyBinary.run(["chat", "--jsonl"], environment: ["STEADY_DATA_DIR": data])
        let opening = try #require(result.turns.first?["reply"] as? String)
        #expect(opening.hasPrefix("Hi Alex, it's Steady. I'm a program, not a therapist"))
    }
}
