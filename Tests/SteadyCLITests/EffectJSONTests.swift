import Foundation
import Testing

/// The `--jsonl` form of every effect, written down from the code before effects were typed:
/// each is an object with its `type` and its parameters as the same strings.
struct EffectJSONTests {
    static let fixtures = SteadyBinary.packageRoot.appendingPathComponent("Tests/SteadyCLITests/Fixtures/effects")

    /// The `"effects":[...]` text of each turn.
    static func effects(_ stdout: String) -> [String] {
        stdout.split(separator: "\n").compactMap { line in
            line.range(of: "\"effects\":[").map { start in
                String(line[start.lowerBound...].prefix { $0 != "]" }) + "]"
            }
        }
    }

    @Test func everyEffectAScriptAsksForKeepsItsJSON() throws {
        let result = try SteadyBinary.run(["chat", "--jsonl", "--seed", "1", "--dialogues", Self.fixtures.path],
                                          input: "test every effect\n7\nyes\nsam\n/sos\ni want to kill myself\n")
        #expect(result.status == 0, "\(result.stderr)")
        let effects = Self.effects(result.stdout)
        try #require(effects.count == 7)
        #expect(effects[4] == "\"effects\":["
            + "{\"type\":\"exercise\",\"name\":\"paced-breathing\",\"rounds\":\"6\"},"
            + "{\"type\":\"exercise\",\"name\":\"urge-surfing\",\"seconds\":\"7\"},"
            + "{\"type\":\"exercise\"},"
            + "{\"type\":\"suggest_contact\",\"support\":\"practical\"},"
            + "{\"type\":\"suggest_contact\"},"
            + "{\"type\":\"record_checkin\",\"after\":\"sam\",\"before\":\"7\",\"coping\":\"a-step\",\"lapse\":\"yes\",\"reached_out\":\"yes\",\"trigger\":\"sam\"},"
            + "{\"type\":\"record_checkin\",\"after\":\"\",\"before\":\"3\",\"coping\":\"another\",\"lapse\":\"true\",\"reached_out\":\"true\"},"
            + "{\"type\":\"show_reasons\"},"
            + "{\"type\":\"show_contacts\"},"
            + "{\"type\":\"show_safety_plan\"},"
            + "{\"type\":\"show_crisis_lines\"},"
            + "{\"type\":\"offer_practice\",\"scenario\":\"saying-no\"},"
            + "{\"type\":\"add_reason\",\"from\":\"sam\"},"
            + "{\"type\":\"record_practice\",\"after\":\"7\",\"contact\":\"sam\",\"reached_out\":\"yes\",\"response\":\"warm\",\"scenario\":\"meet-up\"},"
            + "{\"type\":\"record_practice\",\"after\":\"sam\",\"reached_out\":\"false\",\"scenario\":\"apologising\"}]")
        #expect(effects[5] == "\"effects\":[{\"type\":\"show_safety_plan\"},{\"type\":\"crisis\",\"category\":\"sos\",\"region\":\"none\"}]")
        #expect(effects[6] == "\"effects\":[{\"type\":\"show_safety_plan\"},{\"type\":\"crisis\",\"category\":\"suicide\",\"region\":\"none\"}]")
    }

    @Test func practiceFeedbackKeepsItsJSON() throws {
        let result = try SteadyBinary.run(["practice", "1", "--jsonl", "--seed", "1"],
                                          input: "yes\nhey, could we talk this week?\n")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Self.effects(result.stdout).contains("\"effects\":[{\"type\":\"practice_feedback\",\"advice\":\"\","
            + "\"draft\":\"hey, could we talk this week?\",\"kind\":\"opener\","
            + "\"strengths\":\"says_need,asks_clearly,suggests_time,short\",\"variable\":\"opener\"}]"))
    }
}
