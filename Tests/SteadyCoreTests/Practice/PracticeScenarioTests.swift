import SteadyCore
import Testing

/// Transcripts of every practice scenario with every way the other person can respond.
struct PracticeScenarioTests {
    static let names = [
        "long-silence", "help-tonight", "telling-sober", "apologising", "saying-no", "meet-up", "quick-check-in",
        "video-call", "new-place", "professional-help", "practical-help",
    ]
    /// The other person's styles, in the order of the "How should they respond?" options.
    static let styles = ["warm", "busy", "awkward", "question", "silent"]

    func library() throws -> Library { try PracticeLibrary.shared.get() }

    /// Plays a scenario up to the other person's response: a name, an opener that apologises too
    /// much, the better version, then the chosen style.
    func playToResponse(_ name: String, style: Int, seed: UInt64 = 1) throws -> PracticeRun {
        var run = try PracticeRun(try library(), scenario: "scenario-" + name, seed: seed)
        #expect(run.last.topic == .practice)
        #expect(run.last.number == 0)
        if name == "saying-no" {
            #expect(run.last.node == "where")
            run.say("1")
            #expect(run.last.node == "write-party")
            run.say("sorry sorry i cant")
        } else {
            #expect(run.last.node == "who")
            run.say("Sam")
            #expect(run.last.node == "write")
            #expect(run.last.reply.contains("Sam"))
            run.say("sorry sorry i know youre probably busy but could we talk")
        }
        let feedback = run.last
        #expect(feedback.node == "choose", "\(feedback.reply)")
        #expect(feedback.reply.contains("What's good") && feedback.reply.contains("Here's a version"), "\(feedback.reply)")
        let effect = try #require(feedback.effects.first { $0.type == "practice_feedback" })
        #expect(effect.parameters["draft"] == run.variable("opener_better"))
        #expect(effect.parameters["advice"]?.contains("over_apologises") == true)
        #expect(run.variable("opener_better")?.lowercased().contains("sorry") == false)
        run.say("1")
        #expect(run.last.node == "respond")
        #expect(run.last.options.count == 6)
        run.say(String(style))
        return run
    }

    @Test(arguments: names, 1...5)
    func everyScenarioWithEveryResponse(_ name: String, _ style: Int) throws {
        var run = try playToResponse(name, style: style)
        let styleName = Self.styles[style - 1]
        #expect(run.variable("style") == styleName)
        let response = run.last
        #expect(response.topic == .practice)
        #expect(!response.crisis)
        if styleName == "warm" {
            #expect(response.node == "warm-back")
            run.say("so good to hear from you too")
            #expect(run.last.node == "finish", "\(run.last.reply)")
        } else {
            // A hard reply: how it lands, then help with the next line and feedback on it.
            #expect(response.dialogue == "practice-hard-reply")
            #expect(response.node == "land")
            run.say("2")
            #expect(run.last.reply.contains("It stings because this matters to you"))
            #expect(run.last.node == "line")
            let hint = try #require(run.variable("next_hint"))
            #expect(run.last.reply.contains(hint))
            run.say(name == "saying-no" ? "no thanks im good" : "no worries, could we talk tomorrow?")
            #expect(run.last.effects.contains { $0.type == "practice_feedback" && $0.parameters["variable"] == "next_line" })
            #expect(run.last.dialogue == "scenario-" + name, "returns to the scenario")
            #expect(run.last.node == "finish")
        }
        run.say("8")
        let ready = run.last
        let draft = try #require(run.variable("opener_better"))
        #expect(ready.node == "ready-new")
        #expect(ready.reply.contains("ready to"))
        #expect(ready.reply.contains("\n\n  " + draft + "\n\n"), "the draft stands alone, ready to copy")
        run.say("1")
        let end = run.last
        #expect(end.ended)
        let record = try #require(end.effects.first { $0.type == "record_practice" })
        #expect(record.parameters["scenario"] == name)
        #expect(record.parameters["response"] == styleName)
        #expect(record.parameters["after"] == "8")
        if name != "saying-no" {
            #expect(record.parameters["reached_out"] == "true")
            #expect(record.parameters["contact"] == "Sam")
        }
    }

    @Test(arguments: names)
    func theNoReplyPath(_ name: String) throws {
        var run = try playToResponse(name, style: 5)
        #expect(run.variable("style") == "silent")
        #expect(run.last.node == "land")
        // Free text about how it feels is heard, not misread.
        run.say("honestly i feel a bit stupid for trying")
        #expect(run.last.reply.contains("Whatever you feel about it is allowed"))
        #expect(run.last.node == "line")
        run.say(name == "saying-no" ? "I'll pass, thanks. I'll grab a water." : "Just checking this reached you, no pressure")
        #expect(run.last.node == "finish")
        run.say("3")
        #expect(run.last.reply.contains("Practising it already counts"))
        run.say(name == "saying-no" ? "1" : "2")
        let record = try #require(run.last.effects.first { $0.type == "record_practice" })
        if name != "saying-no" { #expect(record.parameters["reached_out"] == "false") }
        #expect(run.last.ended)
    }

    @Test(arguments: names)
    func theBrushOffPath(_ name: String) throws {
        var run = try playToResponse(name, style: 2)
        #expect(run.variable("style") == "busy")
        #expect(run.last.reply.contains("Their reply") || run.last.reply.contains("says") || name == "saying-no")
        run.say("3")
        #expect(run.last.reply.contains("You already did the brave part"))
        run.say(name == "saying-no" ? "no thanks, im good" : "no worries! how about tomorrow evening?")
        let feedback = try #require(run.last.effects.first { $0.type == "practice_feedback" })
        #expect(feedback.parameters["kind"] == (name == "saying-no" ? "refusal" : "opener"))
        #expect(run.last.node == "finish")
    }

    @Test(arguments: names)
    func aGoodOpenerIsKeptAsItIs(_ name: String) throws {
        var run = try PracticeRun(try library(), scenario: "scenario-" + name)
        let opener = name == "saying-no"
            ? "No thanks, I'm good with a soda."
            : "Hi Sam, I've missed you. Would you be up for a coffee this week?"
        run.say(name == "saying-no" ? "1" : "Sam")
        run.say(opener)
        #expect(run.last.reply.contains("I wouldn't change a thing"), "\(run.last.reply)")
        #expect(run.last.node == "keep")
        run.say("go with it")
        run.say("1")
        run.say("anything")
        run.say("9")
        #expect(run.last.node == "ready-mine")
        #expect(run.last.reply.contains("\n\n  " + opener + "\n\n"))
    }

    @Test(arguments: names)
    func theOtherPersonVariesAcrossRuns(_ name: String) throws {
        var replies: Set<String> = []
        for seed in UInt64(1)...12 {
            let run = try playToResponse(name, style: 1, seed: seed)
            replies.insert(run.last.reply)
        }
        #expect(replies.count >= 2)
    }

    @Test func surpriseMePicksDifferentResponsesBySeed() throws {
        var styles: Set<String> = []
        for seed in UInt64(1)...30 {
            let run = try playToResponse("long-silence", style: 6, seed: seed)
            let style = try #require(run.variable("style"))
            #expect(Self.styles.contains(style))
            #expect(run.last.reply.contains("I won't tell you which"))
            styles.insert(style)
        }
        #expect(styles.count >= 4)
        let first = try playToResponse("long-silence", style: 6, seed: 7)
        let again = try playToResponse("long-silence", style: 6, seed: 7)
        #expect(first.last.reply == again.last.reply)
    }

    @Test func rewritingGoesBackToTheMessage() throws {
        var run = try PracticeRun(try library(), scenario: "scenario-help-tonight")
        run.say("Alex")
        run.say("im such a mess sorry")
        #expect(run.last.reply.contains("I'm such a mess"))
        run.say("let me rewrite it")
        #expect(run.last.node == "write")
        run.say("Could you call me tonight? Cravings are strong.")
        #expect(run.last.node == "keep" || run.last.node == "choose")
    }

    @Test func theSafetyNetStillComesFirst() throws {
        var run = try PracticeRun(try library(), scenario: "scenario-long-silence")
        run.say("Sam")
        let turn = run.say("i want to kill myself")
        #expect(turn.crisis)
        #expect(turn.topic == .crisis)
    }

    @Test func everyScenarioIsListed() throws {
        let library = try library()
        #expect(library.practiceScenarios.map(Library.scenarioName) == Self.names)
        #expect(library.practiceScenario(named: "saying-no")?.id == "scenario-saying-no")
        #expect(library.practiceScenario(named: "5")?.id == "scenario-saying-no")
        #expect(library.practiceScenario(named: "Asking a doctor or counsellor for help")?.id == "scenario-professional-help")
        #expect(library.practiceScenario(named: "12") == nil)
        #expect(library.practiceScenario(named: "juggling") == nil)
        for scenario in library.practiceScenarios {
            #expect(scenario.topic == .practice)
            #expect(scenario.priority < 60, "below the practice entry dialogues")
        }
    }

    @Test func thePracticeMenuStartsAScenarioByNumber() throws {
        let engine = Engine(library: try library(), region: "US")
        var state = ConversationState(seed: 3)
        let menu = engine.practiceMenu(state: &state)
        #expect(menu.number == 0)
        #expect(menu.topic == .practice)
        #expect(menu.options.count == Self.names.count)
        #expect(menu.options[4] == "Saying no at a party or to a colleague")
        let picked = engine.respond(to: "5", state: &state)
        #expect(picked.number == 1)
        #expect(picked.dialogue == "scenario-saying-no")
    }

    @Test func beginningAnUnknownDialogueGivesNothing() throws {
        let engine = Engine(library: try library())
        var state = ConversationState(seed: 1)
        #expect(engine.begin(dialogueID: "scenario-juggling", state: &state) == nil)
        #expect(state.isIdle)
    }
}
