import Foundation
import Testing

struct ChatCommandTests {
    @Test func jsonlAnswersEachLineWithOneTurn() throws {
        let result = try SteadyBinary.run(["chat", "--jsonl", "--seed", "1"], input: "i really want a drink\n7\n")
        #expect(result.status == 0, "\(result.stderr)")
        let turns = result.turns
        #expect(turns.count == 3)
        #expect(turns.map { $0["turn"] as? Int } == [0, 1, 2])
        #expect(turns[1]["topic"] as? String == "craving")
        #expect(turns[1]["crisis"] as? Bool == false)
        for turn in turns {
            for key in ["turn", "reply", "topic", "dialogue", "node", "crisis", "options", "effects", "ended"] {
                #expect(turn.keys.contains(key), "turn lacks \(key)")
            }
            #expect((turn["reply"] as? String)?.contains("\u{1B}") == false)
        }
        #expect((turns[0]["reply"] as? String)?.contains("not a therapist or an emergency service") == true)
        #expect(turns[0]["topic"] is NSNull)
    }

    @Test func theSameSeedGivesTheSameTranscript() throws {
        let input = "i really want a drink\n9\nmy chest\ndone\n3\n"
        let first = try SteadyBinary.run(["chat", "--jsonl", "--seed", "42"], input: input)
        let second = try SteadyBinary.run(["chat", "--jsonl", "--seed", "42"], input: input)
        #expect(first.stdout == second.stdout)
        #expect(first.turns.count == 6)
    }

    @Test func crisisTurnsAreMarked() throws {
        let result = try SteadyBinary.run(["chat", "--jsonl", "--region", "UK"], input: "i want to kill myself\n")
        let turn = try #require(result.turns.last)
        #expect(turn["crisis"] as? Bool == true)
        #expect(turn["topic"] as? String == "crisis")
        #expect((turn["reply"] as? String)?.contains("116 123") == true)
    }

    @Test func theRegionComesFromTheLocale() throws {
        let result = try SteadyBinary.run(["chat", "--jsonl"], input: "/sos\n", environment: ["LANG": "en_AU.UTF-8", "LC_ALL": ""])
        #expect((result.turns.last?["reply"] as? String)?.contains("13 11 14") == true)
        let none = try SteadyBinary.run(["chat", "--jsonl"], input: "/sos\n", environment: ["LANG": "C", "LC_ALL": ""])
        #expect((none.turns.last?["reply"] as? String)?.contains("local emergency number") == true)
    }

    @Test func pipedInputGetsPlainTextWithoutPrompts() throws {
        let result = try SteadyBinary.run(["chat", "--seed", "1"], input: "hi there friend of mine\n")
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Hi, I'm Steady."))
        #expect(!result.stdout.contains("> "))
        #expect(!result.stdout.contains("\u{1B}["))
    }

    @Test func slashCommandsWork() throws {
        let result = try SteadyBinary.run(["chat", "--jsonl"], input: "/help\n/topics\n/frobnicate\n/quit\nnever read\n")
        let replies = result.turns.compactMap { $0["reply"] as? String }
        #expect(replies.count == 5)
        #expect(replies[1].contains("/restart"))
        #expect(replies[2].contains("I can help with"))
        #expect(replies[3].contains("I don't know the command /frobnicate"))
        #expect(replies[4].contains("Take care"))
        #expect(result.turns.last?["ended"] as? Bool == true)
    }

    @Test func restartLeavesTheDialogue() throws {
        let result = try SteadyBinary.run(["chat", "--jsonl"], input: "i really want a drink\n/restart\n5\n")
        #expect(result.turns[2]["ended"] as? Bool == true)
        #expect(result.turns[3]["dialogue"] as? String != "urge-surfing")
    }

    @Test func unknownOptionsAreUsageErrors() throws {
        let result = try SteadyBinary.run(["chat", "--frobnicate"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--frobnicate"))
        let missing = try SteadyBinary.run(["chat", "--dialogues", "/nonexistent/folder"])
        #expect(missing.status == 64)
        #expect(missing.stderr.contains("no such folder"))
    }

    @Test func aBrokenExtraScriptIsReportedAndTheRestStillWork() throws {
        let folder = SteadyBinary.temporaryFolder()
        try "id: broken\ntopic: craving\nnodes:\n  a:\n    say: hi\n    goto: nowhere\n"
            .write(to: folder.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
        try "id: extra\ntopic: smalltalk\ntriggers: [\"purple elephants\"]\nnodes:\n  a: { say: \"Elephants!\", end: true }\n"
            .write(to: folder.appendingPathComponent("extra.yaml"), atomically: true, encoding: .utf8)
        let result = try SteadyBinary.run(["chat", "--jsonl", "--dialogues", folder.path], input: "purple elephants\n")
        #expect(result.status == 0)
        #expect(result.stderr.contains("broken.yaml:6:5: error:"))
        #expect(result.turns.last?["reply"] as? String == "Elephants!")
    }

    @Test func withoutSafetyDataSteadyRefusesToStart() throws {
        let folder = SteadyBinary.temporaryFolder()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("safety"), withIntermediateDirectories: true)
        // The data folder does not exist yet; a start that fails leaves none behind.
        let data = SteadyBinary.temporaryFolder().appendingPathComponent("new/steady")
        let result = try SteadyBinary.run(["chat", "--jsonl"], input: "hi\n",
                                          environment: ["STEADY_SHIPPED_DIALOGUES": folder.path, "STEADY_DATA_DIR": data.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("safety"))
        #expect(result.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: data.deletingLastPathComponent().path))
    }

    @Test func aHugeOrBinaryLineGetsAnAnswer() throws {
        let huge = String(repeating: "craving ", count: 200_000)
        let result = try SteadyBinary.run(["chat", "--jsonl"], input: huge + "\n\u{0}\u{1}\u{FFFD}\n")
        #expect(result.status == 0)
        #expect(result.turns.count == 3)
    }
}

struct ChatContactCommandTests {
    @Test func addingAKnownContactFromAChatUpdatesHowToReachThemAndKeepsTheRest() throws {
        let data = SteadyBinary.temporaryFolder().path
        let environment = ["STEADY_DATA_DIR": data]
        #expect(try SteadyBinary.run(["contacts", "add", "Sam", "--supports", "emotional", "--reach", "call"],
                                     environment: environment).status == 0)
        let chat = try SteadyBinary.run(["chat"], input: "/contacts add Sam text 07700\n/contacts add Jo\n", environment: environment)
        #expect(chat.stdout.contains("Updated Sam."))
        #expect(chat.stdout.contains("Saved Jo."))
        let list = try SteadyBinary.run(["contacts", "list"], environment: environment)
        #expect(list.stdout.contains("reach: text 07700"))
        #expect(list.stdout.contains("gives: emotional support"))
        #expect(list.stdout.contains("Jo"))
    }
}
