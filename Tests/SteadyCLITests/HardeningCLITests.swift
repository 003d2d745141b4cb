import Foundation
import Testing

/// Odd input, hostile files, signals and storage faults, run against the built binary.
struct HardeningCLITests {
    static func bytes(_ text: String) -> Data { Data(text.utf8) }

    @Test(arguments: [
        ("a megabyte on one line", Data(repeating: UInt8(ascii: "a"), count: 1 << 20) + bytes("\n")),
        ("NUL bytes", Data([0, 0, 0x61, 0, 0x0A])),
        ("invalid UTF-8", Data([0xFF, 0xFE, 0xC3, 0x28, 0xE2, 0x82, 0x0A])),
        ("only emoji", bytes("\u{1F62D}\u{1F525}\u{1F494}\u{1F62D}\n")),
        ("only spaces", bytes("        \t  \n")),
        ("only escape codes", bytes("\u{1B}[2J\u{1B}]0;x\u{07}\r\n")),
    ])
    func oddInputGetsAnAnswer(_ name: String, _ input: Data) throws {
        let result = try SteadyBinary.run(["chat", "--jsonl", "--seed", "3"], bytes: input)
        #expect(result.status == 0, "\(name): \(result.stderr)")
        #expect(result.turns.count == 2, "\(name)")
        let reply = try #require(result.turns.last?["reply"] as? String)
        #expect(!reply.isEmpty, "\(name)")
    }

    @Test func thousandsOfLinesAtOnceEachGetOneTurn() throws {
        let lines = (0..<3_000).map { ["hi", "i really want a drink", "7", "stop", "/help", ""][$0 % 6] }
        let result = try SteadyBinary.run(["chat", "--jsonl", "--seed", "3"], input: lines.joined(separator: "\n") + "\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.turns.count == 3_001)
        #expect(result.turns.last?["turn"] as? Int == 3_000)
    }

    // MARK: - Terminal safety

    static let nasty = "\u{1B}[2J\u{1B}]0;pwned\u{07}\u{1B}[5A\u{202E}evil\u{202C}\u{9B}31m\u{8}\u{7F}"

    static func expectHarmless(_ text: String, _ what: String, visible: Bool = true, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for bad: Unicode.Scalar in ["\u{1B}", "\u{07}", "\u{9B}", "\u{202E}", "\u{202C}", "\u{8}", "\u{7F}"] {
            #expect(!text.unicodeScalars.contains(bad), "\(what) contains U+\(String(bad.value, radix: 16))",
                    sourceLocation: sourceLocation)
        }
        #expect(!visible || text.contains("^[[2J"), "\(what) should show the escape as visible text", sourceLocation: sourceLocation)
    }

    @Test func escapeSequencesInADialogueFileAndAContactNameAreShownAsText() throws {
        let scripts = SteadyBinary.temporaryFolder()
        let yaml = """
            id: sneaky
            topic: smalltalk
            triggers: ["purple elephants"]
            nodes:
              a:
                say: "Hello \\e[2J\\e]0;pwned\\a\\e[5A\\u202Eevil\\u202C\\x9B31m\\b\\x7F there"
                options:
                  - { label: "Pick \\e[2J me", end: true }
            """
        try yaml.write(to: scripts.appendingPathComponent("sneaky.yaml"), atomically: true, encoding: .utf8)
        try "id: broken\ntopic: smalltalk\nnodes:\n  a:\n    say: \"hi \u{1B}[2J\"\n    tirggers\u{1B}[2J: 1\n    end: true\n"
            .write(to: scripts.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
        let data = SteadyBinary.temporaryFolder().path
        let environment = ["STEADY_DATA_DIR": data]

        let added = try SteadyBinary.run(["contacts", "add", "Sam" + Self.nasty, "--note", "note" + Self.nasty],
                                         environment: environment)
        #expect(added.status == 0, "\(added.stderr)")
        Self.expectHarmless(added.stdout, "contacts add")
        Self.expectHarmless(try SteadyBinary.run(["contacts", "list"], environment: environment).stdout, "contacts list")

        let chat = try SteadyBinary.run(["chat", "--dialogues", scripts.path, "--seed", "1"],
                                        input: "purple elephants\n/contacts\nSam \u{1B}[2J said hi\n", environment: environment)
        #expect(chat.status == 0)
        Self.expectHarmless(chat.stdout, "chat")
        #expect(chat.stdout.contains("Hello ^[[2J^[]0;pwned^G^[[5A"))
        Self.expectHarmless(chat.stderr, "chat errors", visible: false)

        let lint = try SteadyBinary.run(["lint", "--dialogues", scripts.path])
        #expect(lint.status == 1)
        Self.expectHarmless(lint.stdout, "lint", visible: false)
        let explain = try SteadyBinary.run(["explain", "\u{1B}[2J hi"])
        Self.expectHarmless(explain.stdout + explain.stderr, "explain", visible: false)
    }

    // MARK: - Signals

    /// Starts `steady chat` with its input kept open, sends it lines, and waits for output.
    final class LiveChat: @unchecked Sendable {
        let child: Spawn.Child

        init(_ arguments: [String], dataDir: String) throws {
            child = try Spawn.Child(SteadyBinary.url.path, arguments + ["--data-dir", dataDir], input: .pipe,
                                    environment: SteadyBinary.environment())
        }

        var text: String { String(decoding: child.output, as: UTF8.self) }

        func send(_ line: String) throws { try child.send(Data((line + "\n").utf8)) }

        /// Waits until the output contains `marker`; false after `seconds`.
        func waitFor(_ marker: String, seconds: Double = 20) -> Bool {
            let deadline = Date().addingTimeInterval(seconds)
            while Date() < deadline {
                if text.contains(marker) { return true }
                Thread.sleep(forTimeInterval: 0.05)
            }
            return false
        }
    }

    @Test(arguments: [SIGTERM, SIGHUP])
    func aSignalEndsTheChatCleanlyAndTheNextStartOffersToResume(_ signal: Int32) throws {
        let data = SteadyBinary.temporaryFolder().path
        let chat = try LiveChat(["chat", "--seed", "1"], dataDir: data)
        try chat.send("i really want a drink")
        #expect(chat.waitFor("0 to 10"), "no answer: \(chat.text)")
        kill(chat.child.pid, signal)
        #expect(chat.child.wait() == .exit(128 + signal))

        let next = try SteadyBinary.run(["chat", "--jsonl"], input: "", environment: ["STEADY_DATA_DIR": data])
        #expect((next.turns.first?["reply"] as? String)?.contains("Last time we were partway through") == true)
        #expect(next.turns.first?["options"] as? [String] == ["Carry on", "Start afresh"])
    }

    // MARK: - Storage faults

    static func databasePath(_ folder: String) -> String { folder + "/steady.sqlite" }

    /// A data folder with a contact and a conversation part-way through.
    static func folderWithData() throws -> String {
        let data = SteadyBinary.temporaryFolder().path
        let first = try SteadyBinary.run(["chat", "--jsonl"], input: "/contacts add Sam 555 0100\ni really want a drink\n",
                                         environment: ["STEADY_DATA_DIR": data])
        #expect(first.status == 0, "\(first.stderr)")
        return data
    }

    /// Chats in a folder whose database Steady cannot use, and checks it still answers.
    static func chatStillWorks(_ data: String, saying problem: String,
                               sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> SteadyBinary.Result {
        let result = try SteadyBinary.run(["chat", "--jsonl"], input: "i really want a drink\n/contacts add Alex\n",
                                          environment: ["STEADY_DATA_DIR": data])
        #expect(result.status == 0, sourceLocation: sourceLocation)
        #expect(result.stderr.contains(problem), "\(result.stderr)", sourceLocation: sourceLocation)
        #expect(result.stderr.contains("Steady will work, but nothing will be saved."), sourceLocation: sourceLocation)
        #expect(result.turns.count == 3, sourceLocation: sourceLocation)
        #expect(result.turns[1]["topic"] as? String == "craving", sourceLocation: sourceLocation)
        return result
    }

    @Test func aCorruptDatabaseIsReportedLeftAloneAndChatStillWorks() throws {
        let data = SteadyBinary.temporaryFolder().path
        let garbage = Data("SQLite format 3\u{0}".utf8) + Data(repeating: 0xAB, count: 8192)
        try garbage.write(to: URL(fileURLWithPath: Self.databasePath(data)))
        _ = try Self.chatStillWorks(data, saying: "looks damaged")
        #expect(try Data(contentsOf: URL(fileURLWithPath: Self.databasePath(data))) == garbage)
    }

    @Test func aDatabaseFromANewerSteadyIsLeftAlone() throws {
        let data = try Self.folderWithData()
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") else {
            print("skipped: the sqlite3 command is needed to mark the database as newer")
            return
        }
        let marked = try Spawn.run("/usr/bin/sqlite3", [Self.databasePath(data),
                                   "INSERT INTO grdb_migrations (identifier) VALUES ('v99-future')"])
        #expect(marked.ending == .exit(0), "\(String(decoding: marked.stderr, as: UTF8.self))")
        let before = try Data(contentsOf: URL(fileURLWithPath: Self.databasePath(data)))
        _ = try Self.chatStillWorks(data, saying: "newer version of Steady")
        #expect(try Data(contentsOf: URL(fileURLWithPath: Self.databasePath(data))) == before)
    }

    @Test func aLockedDatabaseIsReportedAndChatStillWorks() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/sqlite3") else {
            print("skipped: the sqlite3 command is needed to hold a lock")
            return
        }
        let data = try Self.folderWithData()
        let holder = try Spawn.Child("/usr/bin/sqlite3", [Self.databasePath(data)], input: .pipe)
        defer {
            holder.closeInput()
            holder.wait()
        }
        try holder.send(Data(
            "PRAGMA locking_mode = EXCLUSIVE;\nBEGIN EXCLUSIVE;\nSELECT count(*) FROM grdb_migrations;\n".utf8))
        // sqlite3 buffers what it prints into a pipe, so wait a moment instead of for its answer.
        Thread.sleep(forTimeInterval: 1)
        _ = try Self.chatStillWorks(data, saying: "busy in another Steady window")
    }

    /// Runs a shell command with `$0` set to `argument`; returns its exit status.
    static func shell(_ command: String, _ argument: String) throws -> Int32 {
        try Spawn.run("/bin/sh", ["-c", command, argument]).status
    }

    /// Runs `body` with `folder` made read-only: a read-only bind mount as root, else file modes.
    static func withReadOnly(_ folder: String, _ body: () throws -> Void) throws {
        if geteuid() == 0 {
            guard try shell("mount --bind \"$0\" \"$0\" && mount -o remount,bind,ro \"$0\"", folder) == 0 else {
                print("skipped: cannot make a read-only mount here")
                return
            }
            defer { _ = try? shell("umount \"$0\"", folder) }
            try body()
        } else {
            chmod(folder, 0o500)
            defer { chmod(folder, 0o700) }
            try body()
        }
    }

    @Test func aReadOnlyDataFolderIsReportedAndNothingIsLost() throws {
        let data = try Self.folderWithData()
        let before = try Data(contentsOf: URL(fileURLWithPath: Self.databasePath(data)))
        try Self.withReadOnly(data) {
            _ = try Self.chatStillWorks(data, saying: data)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: Self.databasePath(data))) == before)
        let list = try SteadyBinary.run(["contacts", "list"], environment: ["STEADY_DATA_DIR": data])
        #expect(list.stdout.contains("Sam"))
    }

    @Test func aFullDiskIsReportedAndNothingIsLost() throws {
        guard geteuid() == 0 else {
            print("skipped: mounting a small disk needs root")
            return
        }
        let data = SteadyBinary.temporaryFolder().path
        // Room for the first chat's database and its write-ahead log (about 250 KB together
        // since the safety plan's table), so that only the filler fills the disk.
        guard try Self.shell("mount -t tmpfs -o size=512k tmpfs \"$0\"", data) == 0 else {
            print("skipped: cannot mount a small disk here")
            return
        }
        defer { _ = try? Self.shell("umount \"$0\"", data) }
        let first = try SteadyBinary.run(["chat", "--jsonl"], input: "/contacts add Sam 555 0100\ni really want a drink\n",
                                         environment: ["STEADY_DATA_DIR": data])
        #expect(first.status == 0)
        // Fill what is left of the disk.
        let filler = FileHandle(forWritingAtPath: data + "/filler") ?? {
            _ = FileManager.default.createFile(atPath: data + "/filler", contents: nil)
            return FileHandle(forWritingAtPath: data + "/filler")
        }()
        while (try? filler?.write(contentsOf: Data(count: 4096))) != nil {}
        try? filler?.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: Self.databasePath(data)))

        let result = try Self.chatStillWorks(data, saying: "is full")
        #expect(result.turns.count == 3)
        #expect(try Data(contentsOf: URL(fileURLWithPath: Self.databasePath(data))) == before)

        try FileManager.default.removeItem(atPath: data + "/filler")
        let after = try SteadyBinary.run(["chat", "--jsonl"], input: "", environment: ["STEADY_DATA_DIR": data])
        #expect((after.turns.first?["reply"] as? String)?.contains("Last time we were partway through") == true)
        let list = try SteadyBinary.run(["contacts", "list"], environment: ["STEADY_DATA_DIR": data])
        #expect(list.stdout.contains("Sam"))
    }
}
