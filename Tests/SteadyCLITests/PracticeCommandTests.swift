import Foundation
import Testing

/// `steady practice`, run as a person or a program would.
struct PracticeCommandTests {
    static let keys = ["turn", "reply", "topic", "dialogue", "node", "crisis", "options", "effects", "ended"]

    @Test func aNamedScenarioFollowsTheChatContract() throws {
        let input = "1\nsorry sorry i cant\n1\n2\n2\nno thanks im good\n8\n1\n"
        let result = try SteadyBinary.run(["practice", "saying-no", "--jsonl", "--seed", "3"], input: input)
        #expect(result.status == 0, "\(result.stderr)")
        let turns = result.turns
        #expect(turns.count == 9)
        #expect(turns.map { $0["turn"] as? Int } == Array(0...8).map { Optional($0) })
        for turn in turns {
            for key in Self.keys { #expect(turn.keys.contains(key), "turn lacks \(key)") }
            #expect(turn["topic"] as? String == "practice")
            #expect(turn["crisis"] as? Bool == false)
        }
        #expect(turns[0]["dialogue"] as? String == "scenario-saying-no")
        let feedback = (turns[2]["effects"] as? [[String: Any]])?.first
        #expect(feedback?["type"] as? String == "practice_feedback")
        #expect(feedback?["draft"] as? String == "I can't. I'll have a soda, thanks.")
        #expect((turns[7]["reply"] as? String)?.contains("\n\n  I can't. I'll have a soda, thanks.\n\n") == true)
        let record = (turns[8]["effects"] as? [[String: Any]])?.first
        #expect(record?["type"] as? String == "record_practice")
        #expect(record?["scenario"] as? String == "saying-no")
        #expect(turns[8]["ended"] as? Bool == true)
    }

    @Test func withoutAScenarioTheFirstLineChooses() throws {
        let result = try SteadyBinary.run(["practice", "--jsonl", "--seed", "1"], input: "5\n")
        #expect(result.status == 0, "\(result.stderr)")
        let turns = result.turns
        #expect(turns.count == 2)
        #expect(turns[0]["topic"] as? String == "practice")
        #expect((turns[0]["options"] as? [String])?.count == 11)
        #expect(turns[1]["dialogue"] as? String == "scenario-saying-no")
    }

    @Test(arguments: [
        "no thanks, im not drinking tonight", "i really want a drink", "asdfgh", "my mum", "what do you mean",
        "honestly i just feel so alone tonight", "can i have the one about work", "hey stranger, long time",
    ])
    func anyFreeTextAtTheMenuStaysInPractice(_ line: String) throws {
        let result = try SteadyBinary.run(["practice", "--jsonl", "--seed", "1"], input: line + "\n")
        #expect(result.status == 0, "\(result.stderr)")
        let turns = result.turns
        #expect(turns.count == 2)
        #expect(turns.last?["topic"] as? String == "practice", "\(line) -> \(turns.last?["reply"] ?? "")")
        let dialogue = turns.last?["dialogue"] as? String
        #expect(dialogue == nil || dialogue?.hasPrefix("scenario-") == true, "\(line) -> \(dialogue ?? "")")
    }

    @Test func pipedTextListsScenariosByNumber() throws {
        let result = try SteadyBinary.run(["practice", "--seed", "1"], input: "1\n")
        #expect(result.status == 0)
        #expect(result.stdout.contains("1. Texting a friend after a long silence"))
        #expect(result.stdout.contains("10. Asking a doctor or counsellor for help"))
        #expect(result.stdout.contains("Who's the friend?"))
        #expect(!result.stdout.contains("\u{1B}["))
    }

    @Test func anUnknownScenarioIsAUsageError() throws {
        let result = try SteadyBinary.run(["practice", "juggling"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("saying-no"))
    }
}
