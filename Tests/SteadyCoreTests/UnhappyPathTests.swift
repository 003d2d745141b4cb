import Foundation
import SteadyCore
import SteadyTestSupport
import Testing

/// Conversations that survive unexpected replies: scale words confirmed, non-answers put
/// another way, a message for another topic offered as a switch, a rehearsal that stays one.
struct UnhappyPathTests {
    static let rehearse = """
        id: rehearse-no
        topic: practice
        triggers: ["rehearse saying no"]
        nodes:
          where:
            say: "Where will you be saying no?"
            options:
              - { label: "At a party", goto: line }
              - { label: "At work", goto: line }
          line:
            say: "I'm your host. What do you say?"
            ask: { kind: text, into: line }
            goto: done
          done:
            say: "Your line: {line}"
            end: true
        """

    func library() throws -> Library { try TestLibrary.make([EngineTests.craving, EngineTests.reach, Self.rehearse]) }

    @Test func aScaleAnsweredInWordsIsConfirmedBeforeItCounts() throws {
        let turns = TestLibrary.play(try library(), ["i have a craving", "dunno, high", "yes"])
        #expect(turns[1].route == .confirm)
        #expect(turns[1].reply == "Sounds like about an 8 \u{2014} is that close?")
        #expect(turns[1].node == "rate")
        #expect(turns[1].ended == false)
        #expect(turns[2].reply.contains("That's a strong one"))
        #expect(turns[2].node == "choose")
    }

    @Test func noToTheEstimateAsksForANumberAndANumberCounts() throws {
        let turns = TestLibrary.play(try library(), ["i have a craving", "pretty high", "no", "like 5 tbh"])
        #expect(turns[1].reply.contains("about a 7"))
        #expect(turns[2].reply == "Okay. What number would you give it, from 0 to 10?")
        #expect(turns[2].node == "rate")
        #expect(turns[3].reply.contains("a milder one"))
    }

    @Test func aNumberOrOtherWordsInsteadOfYesReplaceTheEstimate() throws {
        let byNumber = TestLibrary.play(try library(), ["i have a craving", "really bad", "more like a 9"])
        #expect(byNumber[2].reply.contains("That's a strong one"))
        let byWords = TestLibrary.play(try library(), ["i have a craving", "high", "no, medium", "yeah"])
        #expect(byWords[2].reply.contains("about a 5"))
        #expect(byWords[3].reply.contains("a milder one"))
        let higher = TestLibrary.play(try library(), ["i have a craving", "high", "higher", "spot on"])
        #expect(higher[2].reply.contains("about a 9"))
        #expect(higher[3].reply.contains("That's a strong one"))
        let lower = TestLibrary.play(try library(), ["i have a craving", "high", "yes but a bit lower", "yes"])
        #expect(lower[2].reply.contains("about a 7"))
        #expect(lower[3].reply.contains("a milder one"))
    }

    @Test(arguments: ["dunno", "idk", "not sure", "no idea"])
    func notKnowingGetsAGentleRephraseNotADeadEnd(_ reply: String) throws {
        let turns = TestLibrary.play(try library(), ["i have a craving", reply])
        #expect(turns[0].node == "rate")
        #expect(turns[1].route == .reask)
        #expect(!turns[1].reply.contains("didn't catch"))
        #expect(turns[1].reply.contains("A rough guess is fine"))
        #expect(turns[1].reply.contains("How strong is it"))
    }

    @Test func notUnderstandingGetsTheQuestionPutAnotherWay() throws {
        let turns = TestLibrary.play(try library(), ["i have a craving", "what do you mean"])
        #expect(turns[1].reply.contains("0 means not at all, and 10 means as much as it gets"))
    }

    @Test func whatDoYouMeanToAYesNoQuestionGetsAClearerAsk() throws {
        let turns = TestLibrary.play(try library(), ["nobody to talk to", "what do you mean"])
        #expect(turns[0].dialogue == "reach")
        #expect(turns[1].route == .reask)
        #expect(turns[1].node == "ask")
        #expect(turns[1].reply.contains("It's a yes-or-no question"))
        #expect(turns[1].reply.contains("Is there someone you could message?"))
    }

    @Test(arguments: ["idk", "not sure", "dunno", "hmm"])
    func notSureToAYesNoQuestionTakesTheCarefulNoBranch(_ reply: String) throws {
        let turns = TestLibrary.play(try library(), ["nobody to talk to", reply])
        #expect(turns[1].reply == "That's okay.", "\(reply) -> \(turns[1].reply)")
    }

    @Test func aMessageForAnotherTopicMidDialogueAsksBeforeSwitching() throws {
        let turns = TestLibrary.play(try library(), ["i have a craving", "3", "i have nobody to talk to"])
        #expect(turns[2].route == .confirm)
        #expect(turns[2].dialogue == "ride")
        #expect(turns[2].reply == "Sounds like you're feeling alone. Switch to that, or finish this first?")
        #expect(turns[2].options == ["Switch to that", "Finish this first"])
    }

    @Test(arguments: ["1", "switch to that", "switch", "yes"])
    func switchingStartsTheOtherDialogue(_ answer: String) throws {
        let turns = TestLibrary.play(try library(), ["i have a craving", "3", "i have nobody to talk to", answer])
        #expect(turns[3].dialogue == "reach", "\(answer)")
        #expect(turns[3].reply.contains("Is there someone you could message?"))
    }

    @Test(arguments: ["2", "finish this first", "finish", "no"])
    func finishingFirstRepeatsTheStepsQuestion(_ answer: String) throws {
        let turns = TestLibrary.play(try library(), ["i have a craving", "3", "i have nobody to talk to", answer, "1"])
        #expect(turns[3].dialogue == "ride", "\(answer)")
        #expect(turns[3].reply.contains("let's finish this first"))
        #expect(turns[3].reply.contains("What would help?"))
        #expect(turns[3].options == ["Breathe with me", "Talk to someone"])
        #expect(turns[4].effects.map(\.type) == ["exercise"])
    }

    @Test func answeringTheStepInsteadOfTheSwitchQuestionAnswersTheStep() throws {
        let turns = TestLibrary.play(try library(), ["i have a craving", "3", "i have nobody to talk to", "breathe with me"])
        #expect(turns[3].effects.map(\.type) == ["exercise"])
    }

    @Test func stopStillStopsWhileAQuestionIsPending() throws {
        let turns = TestLibrary.play(try library(), ["i have a craving", "high", "stop", "yes"])
        #expect(turns[2].route == .command("stop"))
        #expect(turns[3].dialogue == nil)
    }

    @Test func aRehearsalLineNeverStartsAnotherDialogue() throws {
        let turns = TestLibrary.play(try library(), ["rehearse saying no", "no thanks, i have nobody to talk to about it", "1", "no thanks"])
        #expect(turns[1].dialogue == "rehearse-no")
        #expect(turns[1].node == "where")
        #expect(turns[1].reply.contains("you'll get to say your piece in a moment"))
        #expect(turns[2].node == "line")
        #expect(turns[3].reply.contains("Your line: no thanks"))
    }

    @Test func theSafetyNetStillReadsEveryLineOfARehearsal() throws {
        let turns = TestLibrary.play(try library(), ["rehearse saying no", "i want to kill myself"])
        #expect(turns[1].crisis)
    }

    @Test func aPendingQuestionSurvivesSavingAndIsDroppedOnResume() throws {
        let engine = Engine(library: try library(), region: "US")
        var (_, state) = engine.start(seed: 1)
        _ = engine.respond(to: "i have a craving", state: &state)
        _ = engine.respond(to: "high", state: &state)
        let saved = try JSONDecoder().decode(ConversationState.self, from: JSONEncoder().encode(state))
        #expect(saved.pending == .estimate(value: 8))
        let (turn, resumed) = engine.resume(saved, turn: 2)
        #expect(resumed.pending == nil)
        #expect(turn.reply.contains("How strong is it"))
    }
}

/// `steady practice`'s menu: free text picks the closest scenario, or asks again, and never
/// leaves practice.
struct PracticeMenuTests {
    static func menuTurn(_ line: String) throws -> Turn {
        let engine = Engine(library: try ShippedLibrary.library(), region: "US")
        var state = ConversationState(seed: 1)
        _ = engine.practiceMenu(state: &state)
        return engine.respond(to: line, state: &state)
    }

    static let freeText = [
        "no thanks, im not drinking tonight", "hey long time no see", "i want to tell my mum i quit", "im sorry about last year",
        "can you help me tonight", "fancy a coffee after class?", "just checking in", "can we video call", "my boss",
        "asdfgh", "i really want a drink", "i feel so alone", "hello", "what", "dunno", "the one about saying no",
        "I've been thinking about money and rent all week", "my mate keeps pushing drinks on me", "help me with my sister",
        "i relapsed last night", "ok", "2nd one", "apology", "work", "idk what to say to my dad",
    ]

    @Test(arguments: freeText)
    func anyFreeTextAtTheMenuStaysInPractice(_ line: String) throws {
        let turn = try Self.menuTurn(line)
        #expect(turn.topic == .practice, "\(line) -> \(String(describing: turn.topic)) \(turn.reply)")
        #expect(turn.dialogue == nil || turn.dialogue?.hasPrefix(Library.scenarioPrefix) == true, "\(line) -> \(turn.dialogue ?? "-")")
    }

    @Test(arguments: [
        ("no thanks, im not drinking tonight", "scenario-saying-no"), ("hey long time no see", "scenario-long-silence"),
        ("i want to tell my mum i quit drinking", "scenario-telling-sober"), ("can we do a video call this weekend", "scenario-video-call"),
        ("fancy a coffee after class?", "scenario-meet-up"), ("i need to talk to my gp about my drinking", "scenario-professional-help"),
        ("the apology one", "scenario-apologising"),
    ])
    func freeTextStartsTheClosestScenarioAndSaysWhich(_ line: String, _ scenario: String) throws {
        let turn = try Self.menuTurn(line)
        #expect(turn.dialogue == scenario, "\(line) -> \(turn.dialogue ?? "-")")
        #expect(turn.reply.contains("Let's practise"))
    }

    @Test func freeTextCloseToNothingAsksAgainWithinPractice() throws {
        let turn = try Self.menuTurn("asdfgh")
        #expect(turn.dialogue == nil)
        #expect(turn.route == .reask)
        #expect(turn.reply.contains("I'm not sure which of these fits"))
        #expect(turn.options.count == (try ShippedLibrary.library()).practiceScenarios.count)
    }

    @Test func theSafetyNetStillReadsTheMenuLine() throws {
        let turn = try Self.menuTurn("i want to kill myself")
        #expect(turn.crisis)
    }
}
