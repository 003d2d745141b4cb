import Foundation
import SteadyCore
import Testing
@testable import SteadyCLI

/// `steady plan`, `/plan`, the printable pages, and the plan in the crisis response, run as the built binary.
struct PlanCommandTests {
    static let answers = [
        "not answering my phone, staying in bed",
        "a walk and <script>alert(1)</script> & \"cold\" water",
        "the library",
        "Sam",
        "yes",
        "my GP Dr Okafor",
        "Jo keeps my pills",
        "my daughter Ella",
    ]

    static func steady(_ arguments: [String], in data: String, input: String = "") throws -> SteadyBinary.Result {
        try SteadyBinary.run(arguments, input: input, environment: ["STEADY_DATA_DIR": data, "STEADY_REGION": "UK"])
    }

    /// A data folder with the plan made through `steady plan --jsonl`.
    static func folderWithPlan() throws -> String {
        let data = SteadyBinary.temporaryFolder().path
        let made = try steady(["plan", "--jsonl"], in: data, input: answers.joined(separator: "\n") + "\n")
        #expect(made.status == 0, "\(made.stderr)")
        return data
    }

    @Test func theGuidedPlanRunsTurnByTurnUnderJSONL() throws {
        let data = SteadyBinary.temporaryFolder().path
        let result = try Self.steady(["plan", "--jsonl"], in: data, input: Self.answers.joined(separator: "\n") + "\n")
        #expect(result.status == 0)
        let turns = result.turns
        #expect(turns.map { $0["turn"] as? Int } == Array(0...8))
        #expect(turns.map { $0["node"] as? String } == [
            "warning_signs", "coping", "distractions", "people", "people", "professionals", "safe_environment", "reasons", nil,
        ])
        #expect(turns.dropLast().allSatisfy { $0["dialogue"] as? String == "safety-plan" && $0["ended"] as? Bool == false })
        #expect(turns.last?["ended"] as? Bool == true)
        #expect(turns.allSatisfy { $0["crisis"] as? Bool == false })
        #expect(turns[4]["options"] as? [String] == ["Yes", "No"])
        #expect((turns[5]["reply"] as? String)?.contains("Samaritans") == true, "the region's lines are on the plan from the start")
        let contacts = try Self.steady(["contacts", "list"], in: data)
        #expect(contacts.stdout.contains("Sam"))
    }

    @Test func aPlanMadeWithSevenAnswersIsInEveryFormatTheExportAndTheNextCrisis() throws {
        let data = try Self.folderWithPlan()
        let text = try Self.steady(["plan", "show"], in: data)
        #expect(text.status == 0)
        for words in ["not answering my phone", "the library", "Sam", "my GP Dr Okafor", "Jo keeps my pills", "my daughter Ella",
                      "Samaritans", "Emergency: 999"] {
            #expect(text.stdout.contains(words), "text lacks \(words)")
        }
        let markdown = try Self.steady(["plan", "show", "--format", "markdown"], in: data)
        #expect(markdown.stdout.contains("- Jo keeps my pills"))
        #expect(markdown.stdout.contains("\\<script\\>"))
        let html = try Self.steady(["plan", "show", "--format", "html"], in: data)
        #expect(html.stdout.contains("Jo keeps my pills"))
        #expect(html.stdout.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.stdout.contains("<script"))
        let export = try Self.steady(["export"], in: data)
        #expect(export.stdout.contains("\"text\" : \"Jo keeps my pills\""))
        #expect(export.stdout.contains("\"section\" : \"safe_environment\""))

        let chat = try Self.steady(["chat", "--jsonl"], in: data, input: "i want to kill myself\n")
        let reply = try #require(chat.turns.last?["reply"] as? String)
        let plan = try #require(reply.range(of: "Your own safety plan"))
        let lines = try #require(reply.range(of: "Samaritans"))
        #expect(plan.lowerBound < lines.lowerBound)
        #expect(reply.contains("Things you can do now: a walk"))
        #expect(reply.contains("Keeping safe: Jo keeps my pills"))
        #expect(reply.contains("Your reasons: my daughter Ella"))
    }

    @Test func aPlanMadeWithAddShowsInTheCrisisResponseAndSOS() throws {
        let data = SteadyBinary.temporaryFolder().path
        #expect(try Self.steady(["contacts", "add", "Sam", "--reach", "555 0100"], in: data).status == 0)
        let added = try Self.steady(["plan", "add", "coping", "hold", "an", "ice", "cube"], in: data)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("hold an ice cube"))
        let person = try Self.steady(["plan", "add", "people", "Sam"], in: data)
        #expect(!person.stdout.contains("steady contacts add"), "Sam is a contact already")
        let stranger = try Self.steady(["plan", "add", "people", "Jo"], in: data)
        #expect(stranger.stdout.contains("steady contacts add \"Jo\""))
        let chat = try Self.steady(["chat", "--jsonl"], in: data, input: "i want to end my life\n/sos\n")
        for turn in chat.turns.dropFirst() {
            let reply = try #require(turn["reply"] as? String)
            let plan = try #require(reply.range(of: "hold an ice cube"))
            #expect(plan.lowerBound < (reply.range(of: "Samaritans")?.lowerBound ?? reply.startIndex))
            #expect(reply.contains("Sam (555 0100)"))
        }
    }

    @Test func withNoPlanTheCrisisSaysNothingOfOneAndOffersItOnceCalm() throws {
        let data = SteadyBinary.temporaryFolder().path
        let chat = try Self.steady(["chat", "--jsonl"], in: data, input: "i want to kill myself\nI'm safe now, carry on\n")
        let turns = chat.turns
        let crisis = try #require(turns[1]["reply"] as? String)
        #expect(!crisis.lowercased().contains("plan"))
        #expect((turns[1]["effects"] as? [[String: String]])?.contains { $0["type"] == "show_safety_plan" } == true)
        let calm = try #require(turns[2]["reply"] as? String)
        #expect(calm.contains("make a safety plan together"))
        #expect(calm.contains("/plan"))
    }

    @Test func slashPlanInAChatSavesEachAnswerAndDangerGoesToTheCrisisResponse() throws {
        let data = SteadyBinary.temporaryFolder().path
        let chat = try Self.steady(["chat", "--jsonl"], in: data, input: "/plan\nskip\na walk\ni want to kill myself\ncold water\n")
        let turns = chat.turns
        #expect(turns[1]["node"] as? String == "warning_signs")
        #expect(turns[2]["node"] as? String == "coping")
        #expect(turns[3]["node"] as? String == "distractions")
        #expect(turns[4]["crisis"] as? Bool == true)
        #expect((turns[4]["reply"] as? String)?.contains("Things you can do now: a walk") == true)
        #expect(turns[5]["dialogue"] as? String == "safety", "after a crisis the plan waits; the crisis response stays")
        let plan = try Self.steady(["plan", "show", "--format", "markdown"], in: data)
        #expect(plan.stdout.contains("- a walk"))
        #expect(!plan.stdout.contains("cold water"))
    }

    @Test func planWaitsWhileTheCrisisResponseIsOpenAndKeepsAChatPartwayThrough() throws {
        let data = SteadyBinary.temporaryFolder().path
        let chat = try Self.steady(["chat", "--jsonl"], in: data, input: "i want to kill myself\n/plan\n")
        #expect((chat.turns[2]["reply"] as? String)?.contains("once you feel safe") == true)
        #expect(chat.turns[2]["ended"] as? Bool == false, "the crisis response stays open")
        _ = try Self.steady(["chat", "--jsonl"], in: data, input: "I'm safe now, carry on\ni really want a drink\n")
        _ = try Self.steady(["plan", "--jsonl"], in: data, input: "a walk\nstop\n")
        let next = try Self.steady(["chat", "--jsonl"], in: data)
        #expect((next.turns.first?["reply"] as? String)?.contains("Last time we were partway through") == true)
    }

    @Test(arguments: [
        ["plan", "add", "friends", "Sam"],
        ["plan", "add", "coping"],
        ["plan", "add", "coping", "   "],
        ["plan", "remove", "coping", "0"],
        ["plan", "remove", "coping", "two"],
        ["plan", "remove", "coping", "3"],
        ["plan", "remove", "people", "1"],
        ["plan", "remove", "nowhere", "1"],
        ["plan", "show", "--format", "pdf"],
        ["plan", "show", "--output", ""],
        ["plan", "clear", "now"],
        ["journal", "--format", "svg"],
    ])
    func badInputIsAUsageErrorThatChangesNothing(_ arguments: [String]) throws {
        let data = SteadyBinary.temporaryFolder().path
        #expect(try Self.steady(["plan", "add", "coping", "a walk"], in: data).status == 0)
        #expect(try Self.steady(["plan", "add", "coping", "music"], in: data).status == 0)
        let before = try Self.steady(["plan", "show", "--format", "markdown"], in: data).stdout
        let result = try Self.steady(arguments, in: data)
        #expect(result.status == 64, "\(arguments): \(result.stderr)")
        #expect(!result.stderr.isEmpty)
        #expect(try Self.steady(["plan", "show", "--format", "markdown"], in: data).stdout == before)
    }

    @Test func removeAndClear() throws {
        let data = SteadyBinary.temporaryFolder().path
        _ = try Self.steady(["plan", "add", "coping", "a walk"], in: data)
        _ = try Self.steady(["plan", "add", "coping", "music"], in: data)
        let removed = try Self.steady(["plan", "remove", "coping", "1"], in: data)
        #expect(removed.status == 0)
        #expect(removed.stdout.contains("a walk"))
        #expect(try Self.steady(["plan", "show", "--format", "markdown"], in: data).stdout.contains("## 2. Things I can do on my own\n\n- music\n"))
        let cleared = try Self.steady(["plan", "clear"], in: data)
        #expect(cleared.stdout.contains("Cleared your plan (one item)"))
        #expect(try Self.steady(["plan", "show"], in: data).stdout.contains("You haven't made a safety plan yet"))
    }

    @Test func aKillWhileEditingLosesAtMostTheAnswerInFlight() throws {
        let data = SteadyBinary.temporaryFolder().path
        let child = try Spawn.Child(SteadyBinary.url.path, ["plan", "--jsonl", "--data-dir", data], input: .pipe,
                                    environment: SteadyBinary.environment(["STEADY_REGION": "UK"]))
        func turns() -> Int { String(decoding: child.output, as: UTF8.self).split(separator: "\n").count }
        func waitFor(_ count: Int) -> Bool {
            let deadline = Date().addingTimeInterval(20)
            while Date() < deadline {
                if turns() >= count { return true }
                Thread.sleep(forTimeInterval: 0.02)
            }
            return false
        }
        #expect(waitFor(1))
        try child.send(Data("no sleep\n".utf8))
        try child.send(Data("a walk, music\n".utf8))
        #expect(waitFor(3))
        try child.send(Data("the library\n".utf8))
        kill(child.pid, SIGKILL)
        #expect(child.wait() == .signal(SIGKILL))
        let plan = try Self.steady(["plan", "show", "--format", "markdown"], in: data).stdout
        #expect(plan.contains("- no sleep"))
        #expect(plan.contains("- a walk\n- music"))
    }

    // MARK: - Printable pages

    /// Whether every element that is opened is closed, in order (void elements apart).
    static func isWellFormed(_ html: String) -> Bool {
        let void: Set<String> = ["meta", "br", "hr", "img", "link", "input", "line", "circle", "rect", "path"]
        var stack: [String] = []
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            guard let close = rest[open...].firstIndex(of: ">") else { return false }
            let tag = rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: close)...]
            if tag.hasPrefix("!") { continue }
            if tag.contains("<") { return false }
            let selfClosing = tag.hasSuffix("/")
            let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
            if tag.hasPrefix("/") {
                guard stack.popLast() == name else { return false }
            } else if !selfClosing, !void.contains(name) {
                stack.append(name)
            }
        }
        return stack.isEmpty
    }

    @Test func thePlanPageIsPrivateSelfContainedAndHoldsTheCard() throws {
        let data = try Self.folderWithPlan()
        let file = data + "/plan.html"
        let result = try Self.steady(["plan", "show", "--format", "html", "--output", file], in: data)
        #expect(result.status == 0)
        #expect(result.stdout.isEmpty)
        let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let html = try String(contentsOfFile: file, encoding: .utf8)
        #expect(Self.isWellFormed(html))
        #expect(html.contains("@media print"))
        #expect(html.contains("class=\"card\""))
        #expect(html.contains("<li>my daughter Ella</li>"))
        #expect(html.contains("<li>a walk</li>"))
        #expect(html.contains("&lt;script&gt;"))
        for forbidden in ["<script", "src=", "href=", "http://", "https://", "@import", "url("] {
            #expect(!html.contains(forbidden), "the page holds \(forbidden)")
        }
    }

    @Test func theJournalPageChartsBeforeAndAfter() throws {
        let data = SteadyBinary.temporaryFolder().path
        let now = Date()
        let stamp = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
        let archive = """
            {"format": "steady-export", "version": 1, "checkIns": [
              {"id": "\(UUID())", "time": "\(now.addingTimeInterval(-86_400 * 3).formatted(stamp))", "intensityBefore": 8, "intensityAfter": 3, "coping": "cold-water"},
              {"id": "\(UUID())", "time": "\(now.addingTimeInterval(-86_400).formatted(stamp))", "intensityBefore": 6, "intensityAfter": 5, "coping": "walk"}],
             "practiceSessions": [{"id": "\(UUID())", "time": "\(now.addingTimeInterval(-3_600).formatted(stamp))", "scenario": "ask-for-help",
               "contact": "Sam <3", "confidenceAfter": 7, "response": "warm", "reachedOut": true}]}
            """
        let file = data + "/archive.json"
        try archive.write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try Self.steady(["import", file], in: data).status == 0)
        let page = data + "/journal.html"
        let result = try Self.steady(["journal", "--format", "html", "--output", page], in: data)
        #expect(result.status == 0, "\(result.stderr)")
        let mode = try FileManager.default.attributesOfItem(atPath: page)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(Self.isWellFormed(html))
        #expect(html.contains("<svg"))
        #expect(html.components(separatedBy: "<circle class=\"before\"").count == 3)
        #expect(html.components(separatedBy: "<circle class=\"after\"").count == 3)
        #expect(html.contains("<td>cold water</td><td>5.0 points</td>"))
        #expect(html.contains("<td>Sam &lt;3</td>"))
        #expect(!html.contains("<script"))
    }

    @Test func escapingIsDoneInOnePlace() {
        #expect(HTMLPage.escape("<a href='x'>\"Tom & Jerry\"</a>\u{7}") == "&lt;a href=&#39;x&#39;&gt;&quot;Tom &amp; Jerry&quot;&lt;/a&gt;")
    }

    @Test func theGoodbyeSaysWhenThePlanChanged() {
        var summary = SessionSummary()
        #expect(!summary.goodbye(suggestion: nil).contains("safety plan"))
        summary.notePlan(added: 3)
        #expect(summary.goodbye(suggestion: "Sam").contains("You added 3 things to your safety plan."))
    }
}
