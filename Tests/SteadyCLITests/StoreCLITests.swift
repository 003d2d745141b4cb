import Foundation
import SteadyStore
import Testing

/// `steady contacts`, `journal`, `export` and `import`, run as the built binary.
struct StoreCLITests {
    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    static func temporaryFolder() -> String {
        let path = NSTemporaryDirectory() + "steady-cli-tests-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static let environment = SteadyBinary.environment(["TZ": "UTC"])

    static func launch(_ arguments: [String], input: Spawn.Child.Input = .null) throws -> Spawn.Child {
        try Spawn.Child(SteadyBinary.url.path, arguments, input: input, environment: environment)
    }

    static func steady(_ arguments: String..., dataDir: String) throws -> Run {
        let result = try Spawn.run(SteadyBinary.url.path, arguments + ["--data-dir", dataDir], environment: environment)
        return Run(status: result.status, output: String(decoding: result.stdout, as: UTF8.self),
                   errors: String(decoding: result.stderr, as: UTF8.self))
    }

    @Test func contactsEndToEnd() throws {
        let data = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: data) }

        let empty = try Self.steady("contacts", "list", dataDir: data)
        #expect(empty.status == 0)
        #expect(empty.output.contains("You haven't added any support contacts yet."))

        let added = try Self.steady("contacts", "add", "Sam", "--reach", "555 0100", "--relationship", "sponsor",
                                    "--supports", "emotional,practical", "--available", "weekdays 18:00-22:00",
                                    "--note", "calls back", dataDir: data)
        #expect(added.status == 0, "\(added.errors)")
        #expect(added.output.contains("Added Sam."))

        let list = try Self.steady("contacts", "list", dataDir: data)
        #expect(list.output.contains("Sam (sponsor)"))
        #expect(list.output.contains("reach: 555 0100"))
        #expect(list.output.contains("gives: emotional, practical support"))
        #expect(list.output.contains("around: weekdays 18:00-22:00"))

        let edited = try Self.steady("contacts", "edit", "sam", "--available", "any time", "--rename", "Samantha",
                                     dataDir: data)
        #expect(edited.status == 0, "\(edited.errors)")
        let afterEdit = try Self.steady("contacts", "list", dataDir: data)
        #expect(afterEdit.output.contains("Samantha (sponsor)"))
        #expect(afterEdit.output.contains("around: any time"))

        let removed = try Self.steady("contacts", "remove", "SAMANTHA", dataDir: data)
        #expect(removed.status == 0)
        #expect(try Self.steady("contacts", "list", dataDir: data).output.contains("You haven't added"))

        let missing = try Self.steady("contacts", "remove", "Nobody", dataDir: data)
        #expect(missing.status == 1)
        #expect(missing.errors.contains("There's no contact called Nobody."))
    }

    @Test(arguments: [
        (["contacts", "add", ""], "A contact needs a name"),
        (["contacts", "add", "Kim", "--supports", "hugs"], "\"hugs\" isn't a kind of support I know"),
        (["contacts", "add", "Kim", "--available", "weekdays 25:00-26:00"], "isn't a time range I can read"),
        (["contacts", "add", "Kim", "--relationship", "boss"], "\"boss\" isn't a relationship I know"),
        (["contacts", "edit", "Sam", "--available", "someday"], "I couldn't read \"someday\""),
        (["contacts", "edit", "Sam"], "Say what to change"),
    ])
    func badInputIsAUsageErrorAndChangesNothing(arguments: [String], message: String) throws {
        let data = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: data) }
        #expect(try Self.steady("contacts", "add", "Sam", "--supports", "emotional", dataDir: data).status == 0)
        let before = try Self.steady("export", dataDir: data).output

        let child = try Self.launch(arguments + ["--data-dir", data])
        #expect(child.wait() == .exit(64))
        let errorText = String(decoding: child.errors, as: UTF8.self)
        #expect(errorText.contains(message), "\(errorText)")

        let after = try Self.steady("export", dataDir: data).output
        #expect(Self.withoutExportTime(after) == Self.withoutExportTime(before))
    }

    static func withoutExportTime(_ json: String) -> String {
        json.split(separator: "\n").filter { !$0.contains("\"exported\"") }.joined(separator: "\n")
    }

    @Test func exportThenImportRoundTrips() throws {
        let first = Self.temporaryFolder(), second = Self.temporaryFolder()
        defer {
            try? FileManager.default.removeItem(atPath: first)
            try? FileManager.default.removeItem(atPath: second)
        }
        #expect(try Self.steady("contacts", "add", "Sam", "--supports", "emotional", dataDir: first).status == 0)
        #expect(try Self.steady("contacts", "add", "Kim", "--available", "weekends", dataDir: first).status == 0)
        let file = first + "/export.json"
        let exported = try Self.steady("export", "--output", file, dataDir: first)
        #expect(exported.status == 0, "\(exported.errors)")
        let attributes = try FileManager.default.attributesOfItem(atPath: file)
        #expect(attributes[.posixPermissions] as? Int == 0o600)

        let imported = try Self.steady("import", file, dataDir: second)
        #expect(imported.status == 0, "\(imported.errors)")
        #expect(imported.output.contains("Imported 2 contacts."))
        let again = try Self.steady("import", file, dataDir: second)
        #expect(again.output.contains("Nothing new to import."))

        let original = try Self.steady("export", dataDir: first).output
        let copy = try Self.steady("export", dataDir: second).output
        #expect(Self.withoutExportTime(copy) == Self.withoutExportTime(original))

        let refused = try Self.steady("export", "--output", first + "/steady.sqlite", dataDir: first)
        #expect(refused.status == 64)
        let notAnExport = try Self.steady("import", first + "/steady.sqlite", dataDir: second)
        #expect(notAnExport.status == 1)
        #expect(notAnExport.errors.contains("isn't a Steady export"))
    }

    @Test func journalPrintsPlainTextWithinEightyColumns() throws {
        let data = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let store = try Store(folder: DataFolder(path: data))
        try store.record(.init(time: Date().addingTimeInterval(-3600), topic: "craving", intensityBefore: 8,
                               intensityAfter: 3, trigger: .stress, coping: "box-breathing", reachedOutTo: "Sam"))
        let run = try Self.steady("journal", dataDir: data)
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.output.contains("Your journal: 1 check-in in the last 4 weeks."))
        #expect(!run.output.contains("\u{1B}"))
        for line in run.output.split(separator: "\n") { #expect(line.count <= 80) }
        #expect(try Self.steady("journal", "--weeks", "0", dataDir: data).status == 64)
    }

    @Test func aCorruptDatabaseIsReportedAndLeftAlone() throws {
        let data = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: data) }
        let path = data + "/steady.sqlite"
        let garbage = Data((0..<2048).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 11) })
        try garbage.write(to: URL(fileURLWithPath: path))
        let run = try Self.steady("contacts", "add", "Sam", dataDir: data)
        #expect(run.status == 1)
        #expect(run.errors.contains("looks damaged"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == garbage)
    }

    /// An import killed part way leaves all of it or none of it, and the database opens cleanly.
    @Test(arguments: [0.1, 0.5, 0.9])
    func aKilledImportLosesNothingElse(delay: Double) throws {
        let data = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: data) }
        #expect(try Self.steady("contacts", "add", "Sam", "--supports", "emotional", dataDir: data).status == 0)
        let file = data + "/big.json"
        try CheckInFixture.bigArchive.write(to: URL(fileURLWithPath: file))

        let child = try Self.launch(["import", file, "--data-dir", data])
        Thread.sleep(forTimeInterval: delay)
        kill(child.pid, SIGKILL)
        child.wait()

        let store = try Store(folder: DataFolder(path: data))
        let count = try store.checkIns().count
        #expect(count == 0 || count == CheckInFixture.count, "killed after \(delay)s: \(count) check-ins")
        #expect(try store.contacts().map(\.name) == ["Sam"])
    }

    /// A chat killed mid-conversation leaves a database that opens cleanly with everything in it.
    @Test func aKilledChatLeavesTheDatabaseWhole() throws {
        let data = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: data) }
        #expect(try Self.steady("contacts", "add", "Sam", "--supports", "emotional", dataDir: data).status == 0)
        let child = try Self.launch(["chat", "--jsonl", "--seed", "7", "--data-dir", data], input: .pipe)
        try child.send(Data("i really want a drink right now\n".utf8))
        let deadline = Date().addingTimeInterval(60)
        while child.output.split(separator: UInt8(ascii: "\n")).count < 2, Date() < deadline {
            Thread.sleep(forTimeInterval: 0.02)
        }
        kill(child.pid, SIGKILL)
        #expect(child.wait() == .signal(SIGKILL))

        let list = try Self.steady("contacts", "list", dataDir: data)
        #expect(list.status == 0, "\(list.errors)")
        #expect(list.output.contains("Sam"))

        // The turn before the kill was saved: the next start offers to carry on from it.
        let again = try SteadyBinary.run(["chat", "--jsonl", "--data-dir", data], input: "carry on\n")
        let turns = again.turns
        #expect((turns.first?["reply"] as? String)?.contains("Would you like to carry on where we left off?") == true)
        #expect(turns.first?["options"] as? [String] == ["Carry on", "Start afresh"])
        #expect(turns.last?["dialogue"] as? String == "urge-surfing")
        #expect((turns.last?["reply"] as? String)?.contains("0 to 10") == true)
    }
}

/// Many generated check-ins as one export, for killing an import part way.
enum CheckInFixture {
    static let count = 20_000

    static let bigArchive: Data = {
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        let style = Date.ISO8601FormatStyle()
        let items = (0..<count).map { index in
            let digits = String(index)
            let id = "00000000-0000-4000-8000-" + String(repeating: "0", count: 12 - digits.count) + digits
            let time = start.addingTimeInterval(Double(index) * 60).formatted(style)
            return "{\"id\":\"\(id)\",\"time\":\"\(time)\",\"topic\":\"craving\",\"intensityBefore\":\(index % 11)}"
        }
        let text = "{\"format\": \"steady-export\", \"version\": 1, \"checkIns\": [" + items.joined(separator: ",") + "]}"
        return Data(text.utf8)
    }()
}
