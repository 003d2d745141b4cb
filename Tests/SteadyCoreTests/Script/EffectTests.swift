import SteadyCore
import SteadyTestSupport
import Testing

/// Effects are decoded when a script loads: a wrong one is a diagnostic with its place, and a
/// `{variable}` is read when the step runs.
struct EffectTests {
    static func dialogue(doing effect: String) -> String {
        "id: x\ntopic: craving\nnodes:\n  a:\n    say: hi\n    do: { \(effect) }\n    end: true\n"
    }

    static let wrong: [(effect: String, code: DiagnosticCode, column: Int, message: String, hint: String)] = [
        ("excercise: box-breathing", .unknownEffect, 11, "unknown effect 'excercise'", "did you mean 'exercise'?"),
        ("exercise: box-breathing, rouns: 4", .badEffectParameter, 36, "'exercise' does not take 'rouns'", "did you mean 'rounds'?"),
        ("show_reasons: true, support: x", .badEffectParameter, 31, "'show_reasons' does not take 'support'", "it takes no parameters"),
        ("exercise: box-breathing, rounds: four", .badEffectParameter, 44,
         "'rounds' of 'exercise' should be a whole number, not 'four'", "a value from a variable can be written as {name}"),
        ("suggest_contact: emotionl", .badEffectParameter, 28,
         "'support' of 'suggest_contact' should be one of emotional, practical, information, not 'emotionl'",
         "did you mean 'emotional'?"),
        ("exercise: box-breathin", .badEffectParameter, 21,
         "'name' of 'exercise' should be one of box-breathing, paced-breathing, urge-surfing, not 'box-breathin'",
         "did you mean 'box-breathing'?"),
        ("record_checkin: walk, lapse: perhaps", .badEffectParameter, 40, "'lapse' of 'record_checkin' should be yes or no, not 'perhaps'",
         "a value from a variable can be written as {name}"),
        ("pick_response: style", .badEffectParameter, 11, "'pick_response' needs 'from'", "as in pick_response: style, from: \"warm|busy\""),
        ("feedback: true, into: x", .badEffectParameter, 11, "'feedback' needs the name of a variable", "as in feedback: opener"),
        ("record_practice: maybe", .badEffectParameter, 28, "'record_practice' takes no value of its own, not 'maybe'",
         "write 'record_practice: true'"),
        ("show_crisis_lines: drug", .badEffectParameter, 30,
         "'kind' of 'show_crisis_lines' should be one of suicide, drugs, abuse, children, poison, eating, not 'drug'",
         "did you mean 'drugs'?"),
    ]

    @Test(arguments: wrong)
    func aWrongEffectIsAnErrorAtItsPlace(_ effect: String, _ code: DiagnosticCode, _ column: Int, _ message: String, _ hint: String) throws {
        let (dialogue, diagnostics) = ScriptLoader.loadDialogue(ScriptSource(path: "t.yaml", text: Self.dialogue(doing: effect)))
        #expect(dialogue == nil)
        let error = try #require(diagnostics.first { $0.severity == .error })
        #expect(error.code == code)
        #expect(error.location == SourceLocation(file: "t.yaml", line: 6, column: column))
        #expect(error.message.hasPrefix(message), "\(error.message)")
        #expect(error.hint == hint)
    }

    @Test func aRightEffectLoadsAsItsCase() throws {
        let (dialogue, diagnostics) = ScriptLoader.loadDialogue(ScriptSource(
            path: "t.yaml", text: Self.dialogue(doing: "record_checkin: walk, before: 8, after: \"{after}\", reached_out: Sam, lapse: no")))
        #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
        let effects = try #require(dialogue?.nodes["a"]?.effects)
        #expect(effects == [.recordCheckin(Effect.CheckInRecord(coping: "walk", before: .value(8), after: .template("{after}"),
                                                                reachedOut: .value(.to("Sam")), lapse: .value(false)))])
    }

    static let scored = """
        id: scored
        topic: craving
        triggers: ["score me"]
        nodes:
          rate:
            say: "How strong, 0 to 10?"
            ask: { kind: text, into: level }
            goto: done
          done:
            say: "Noted."
            do: { record_checkin: walk, before: "{level}", reached_out: "{level}" }
            end: true
        """

    /// The record_checkin a conversation asks for after answering `answer`.
    static func record(answering answer: String) throws -> Effect.CheckInRecord {
        let turns = TestLibrary.play(try TestLibrary.make([Self.scored]), ["score me", answer])
        guard case .recordCheckin(let record)? = turns.last?.effects.first else {
            Issue.record("no check-in in \(turns.last?.effects ?? [])")
            return Effect.CheckInRecord()
        }
        return record
    }

    @Test func aVariableIsReadAsANumberWhenTheStepRuns() throws {
        let record = try Self.record(answering: "7")
        #expect(record.before == .filled("7", 7))
        #expect(CheckIn(record: record, time: .distantPast, topic: nil).intensityBefore == 7)
    }

    @Test func aVariableThatIsNotANumberIsShownAsItIsAndLeftOutOfTheCheckIn() throws {
        let record = try Self.record(answering: "pretty bad")
        #expect(record.before == .filled("pretty bad", nil))
        #expect(Effect.recordCheckin(record).parameters["before"] == "pretty bad")
        let checkIn = CheckIn(record: record, time: .distantPast, topic: nil)
        #expect(checkIn.intensityBefore == nil)
        // reached_out takes yes, no or a name; any other text is the name of who they reached.
        #expect(checkIn.reachedOutTo == "pretty bad")
    }

    @Test(arguments: [("yes", true), ("true", true), ("Y", true), ("1", true), (" on ", true),
                      ("no", false), ("false", false), ("n", false), ("0", false), ("off", false)])
    func yesAndNoReadTheSameWayEverywhere(_ text: String, _ expected: Bool) {
        #expect(Bool(effectText: text) == expected)
    }

    @Test func everyTypeAScriptMayUseDecodesAndKeepsItsName() throws {
        for kind in Effect.Kind.allCases where kind.isWrittenInScripts {
            var parameters: [String: String] = [:]
            if kind == .feedback || kind == .pickResponse { parameters["value"] = "v" }
            if kind == .pickResponse || kind == .addReason { parameters["from"] = "a|b" }
            let effect = try Effect(type: kind.rawValue, parameters: parameters)
            #expect(effect.type == kind.rawValue)
            #expect(effect.parameters == parameters)
        }
    }
}
