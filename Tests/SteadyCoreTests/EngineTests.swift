import SteadyCore
import SteadyTestSupport
import Testing

struct EngineTests {
    static let craving = """
        id: ride
        topic: craving
        triggers: ["~craving"]
        nodes:
          rate:
            say: "How strong is it, 0 to 10?"
            ask: { kind: scale, min: 0, max: 10, into: before }
            next:
              - { when: "before >= 8", goto: strong }
              - { goto: mild }
          strong:
            say: "That's a strong one."
            goto: choose
          mild:
            say: "Okay, a milder one."
            goto: choose
          choose:
            say: "What would help?"
            options:
              - { label: "Breathe with me", goto: breathe }
              - { label: "Talk to someone", call: reach }
          breathe:
            say: ["Breathe in for four.", "Slow breath in, four counts.", "In through the nose, four counts."]
            do: { exercise: box-breathing, rounds: 4 }
            end: true
        """

    static let reach = """
        id: reach
        topic: loneliness
        triggers: ["nobody to talk to"]
        nodes:
          ask:
            say: "Is there someone you could message?"
            ask: { kind: yesno, into: has_someone }
            next:
              - { when: "has_someone", goto: good }
              - { goto: gently }
          good:
            say: "Lovely. Send it now."
            end: true
          gently:
            say: "That's okay."
            end: true
        """

    func library() throws -> Library { try TestLibrary.make([Self.craving, Self.reach]) }

    @Test(arguments: [(nil, "Hi, I'm Steady. I'm a program"), ("", "Hi, I'm Steady. I'm a program"),
                      ("Alex", "Hi Alex, it's Steady. I'm a program"), (" Sam ", "Hi Sam, it's Steady. I'm a program")])
    func theGreetingUsesTheNameItIsGiven(_ name: String?, _ opening: String) throws {
        let engine = Engine(library: try TestLibrary.make([Self.craving, Self.reach]))
        let (turn, _) = engine.start(seed: 1, name: name)
        #expect(turn.reply.hasPrefix(opening), "\(turn.reply)")
        #expect(turn.number == 0)
    }

    @Test(arguments: [("9", "strong"), ("nine", "strong"), ("8/10", "strong"), ("3", "mild"), ("about a 2 i guess", "mild")])
    func conditionsChooseTheBranch(_ answer: String, _ expected: String) throws {
        let turns = TestLibrary.play(try library(), ["i have a craving", answer])
        #expect(turns[0].dialogue == "ride")
        #expect(turns[0].node == "rate")
        #expect(turns[0].topic == .craving)
        #expect(turns[1].reply.contains(expected == "strong" ? "strong one" : "milder one"))
        #expect(turns[1].node == "choose")
        #expect(turns[1].options == ["Breathe with me", "Talk to someone"])
    }

    @Test(arguments: ["2", "talk to someone", "the second one", "talk"])
    func optionsUnderstandNumbersLabelsAndOrdinals(_ answer: String) throws {
        let turns = TestLibrary.play(try library(), ["urge", "5", answer])
        #expect(turns[2].dialogue == "reach", "\(answer) -> \(turns[2].reply)")
    }

    @Test func callReturnsToTheCallingStep() throws {
        let turns = TestLibrary.play(try library(), ["urge", "5", "2", "yes"])
        #expect(turns[2].dialogue == "reach")
        #expect(turns[3].reply.contains("Send it now"))
        #expect(turns[3].reply.contains("go back to where we were"))
        #expect(turns[3].dialogue == "ride")
        #expect(turns[3].node == "choose")
        #expect(turns[3].options == ["Breathe with me", "Talk to someone"])
        #expect(turns[3].ended == false)
    }

    @Test func anUnusableAnswerIsReaskedTwiceThenTheStepMovesOn() throws {
        let turns = TestLibrary.play(try library(), ["urge", "purple", "banana", "who knows"])
        #expect(turns[1].route == .reask)
        #expect(turns[1].reply.contains("number from 0 to 10"))
        #expect(turns[1].reply.contains("How strong is it"))
        #expect(turns[2].route == .reask)
        #expect(turns[3].route == .movedOn)
        #expect(turns[3].reply.contains("let's keep going"))
        #expect(turns[3].node == "choose")
    }

    @Test func endingADialogueEndsTheTurn() throws {
        let turns = TestLibrary.play(try library(), ["urge", "2", "1"])
        #expect(turns[2].effects == [.exercise(Effect.Exercise(name: .value(.boxBreathing), rounds: .value(4)))])
        #expect(turns[2].ended)
        #expect(turns[1].ended == false)
    }

    @Test func theSameSeedGivesTheSameConversationAndVariantsVary() throws {
        let lib = try library()
        var replies = Set<String>()
        for seed in UInt64(1)...8 {
            let first = TestLibrary.play(lib, ["urge", "2", "1"], seed: seed)
            let again = TestLibrary.play(lib, ["urge", "2", "1"], seed: seed)
            #expect(first.map(\.reply) == again.map(\.reply))
            replies.insert(first[2].reply)
        }
        #expect(replies.count > 1, "variants should differ across seeds")
    }

    @Test func aVariantIsNeverRepeatedTwiceInARow() throws {
        let lib = try library()
        let turns = TestLibrary.play(lib, ["urge", "2", "1", "urge", "2", "1", "urge", "2", "1"])
        let said = [turns[2].reply, turns[5].reply, turns[8].reply]
        #expect(said[0] != said[1] && said[1] != said[2])
    }

    @Test func unmatchedTextGetsAKindFallbackWithAMenu() throws {
        let turns = TestLibrary.play(try library(), ["the weather is odd today"])
        #expect(turns[0].topic == .fallback)
        #expect(turns[0].route == .fallback)
        #expect(turns[0].reply.contains("Here's what I can help with"))
        #expect(turns[0].options.contains("Riding out a craving"))
    }

    @Test func aMenuNumberStartsThatDialogue() throws {
        let turns = TestLibrary.play(try library(), ["the weather is odd today", "1"])
        #expect(turns[1].dialogue == "ride")
    }

    @Test func crisisComesFirstInEveryStep() throws {
        let lib = try library()
        for prefix in [[String](), ["urge"], ["urge", "5"], ["urge", "5", "2"]] {
            let turns = TestLibrary.play(lib, prefix + ["i want to kill myself"])
            let last = try #require(turns.last)
            #expect(last.crisis, "after \(prefix)")
            #expect(last.topic == .crisis)
            #expect(last.reply.contains("Test Line: call 000-TEST"))
            #expect(last.reply.contains("I'm a program"))
        }
    }

    @Test func theCrisisResponseStaysUntilThePersonChoosesToGoOn() throws {
        let turns = TestLibrary.play(try library(), ["urge", "i want to kill myself", "5", "3", "5"])
        #expect(turns[2].topic == .crisis, "a number is not an answer to the old question while the crisis response is open")
        #expect(turns[2].crisis == false)
        #expect(turns[3].reply.contains("go back to where we were"))
        #expect(turns[3].node == "rate")
        #expect(turns[4].node == "choose")
    }

    @Test func idiomsAndNegationDoNotTriggerTheSafetyNet() throws {
        let turns = TestLibrary.play(try library(), ["this homework is killing me", "i would never kill myself"])
        #expect(turns.allSatisfy { !$0.crisis })
    }

    @Test func overdoseTellsThemToCallEmergencyServicesNow() throws {
        let turns = TestLibrary.play(try library(), ["i think my friend took an overdose"])
        #expect(turns[0].crisis)
        #expect(turns[0].reply.contains("call 911 now"))
    }

    @Test func stopLeavesTheDialogue() throws {
        let turns = TestLibrary.play(try library(), ["urge", "stop"])
        #expect(turns[1].ended)
        #expect(turns[1].route == .command("stop"))
    }

    @Test func emptyInputChangesNothing() throws {
        let turns = TestLibrary.play(try library(), ["urge", "   ", "9"])
        #expect(turns[1].route == .empty)
        #expect(turns[1].node == "rate")
        #expect(turns[2].reply.contains("strong one"))
    }
}

struct InterpolationTests {
    static let dialogue = """
        id: echo
        topic: practice
        triggers: ["rehearse"]
        nodes:
          who:
            say: "Who should I play?"
            ask: { kind: text, into: person }
            goto: play
          play:
            say: "I'll be {~person}. {person} is who you said."
            end: true
        """

    @Test func aValueIsTurnedTowardThePersonAndCapitalisedAtTheStartOfASentence() throws {
        let turns = TestLibrary.play(try TestLibrary.make([Self.dialogue]), ["rehearse", "my mate at the pub"])
        #expect(turns[1].reply == "I'll be your mate at the pub. My mate at the pub is who you said.")
    }
}
