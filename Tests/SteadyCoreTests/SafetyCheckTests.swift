import SteadyCore
import SteadyTestSupport
import Testing

/// The safety check and the crisis response per kind of danger, as a person meets them.
struct SafetyCheckTests {
    static func play(_ lines: [String], region: String = "UK") throws -> [Turn] {
        let engine = Engine(library: try ShippedLibrary.library(), region: region)
        var (_, state) = engine.start(seed: 1)
        return lines.map { engine.respond(to: $0, state: &state) }
    }

    @Test func aRiskCueGetsADirectQuestionWithThreeAnswers() throws {
        let turn = try Self.play(["whats the point of any of it"])[0]
        #expect(turn.safety == .check)
        #expect(!turn.crisis)
        #expect(turn.reply.contains("Are you thinking about ending your life, or about hurting yourself?"))
        #expect(turn.options == ["Yes", "No", "I'm not sure"])
    }

    @Test(arguments: ["1", "yes", "yeah kind of", "i am", "yep"])
    func yesOpensTheCrisisResponse(_ answer: String) throws {
        let turns = try Self.play(["whats the point of any of it", answer])
        #expect(turns[1].crisis && turns[1].safety == .crisis, "\(answer)")
        #expect(turns[1].reply.contains("116 123"), "\(answer)")
    }

    @Test(arguments: ["3", "not sure", "idk maybe", "i dont know"])
    func notSureShowsTheLinesAndOffersToStay(_ answer: String) throws {
        let turns = try Self.play(["whats the point of any of it", answer])
        #expect(turns[1].reply.contains("116 123"), "\(answer)")
        #expect(turns[1].reply.contains("stay and talk"), "\(answer)")
        #expect(turns[1].options.contains("Stay here and talk"))
    }

    @Test func noThanksThemAndAnswersWhatTheMessageWasAbout() throws {
        let turns = try Self.play(["so hungover i want to die, i really want a drink", "nah im fine"])
        #expect(turns[0].safety == .check)
        #expect(turns[1].reply.hasPrefix("Thank you for telling me."))
        #expect(turns[1].topic == .craving, "then routing, as it would have answered the first message")
        #expect(turns[1].safety == nil && !turns[1].crisis)
    }

    /// "i'm done" gets the direct question before anything else; after a No, routing answers it
    /// as before (a goodbye).
    @Test func imDoneIsAskedAboutBeforeTheGoodbye() throws {
        let turns = try Self.play(["i'm done", "no"])
        #expect(turns[0].safety == .check)
        #expect(turns[0].options == ["Yes", "No", "I'm not sure"])
        #expect(turns[1].reply.hasPrefix("Thank you for telling me."))
        #expect(turns[1].dialogue == "thanks-goodbye", "then routing, as it would have answered the first message")
    }

    @Test func aReplyThatIsNoAnswerIsAskedOnceMoreThenTakenAsNotSure() throws {
        let turns = try Self.play(["whats the point of any of it", "purple", "banana"])
        #expect(turns[1].reply.contains("Are you thinking about ending your life"))
        #expect(turns[1].options == ["Yes", "No", "I'm not sure"])
        #expect(turns[2].reply.contains("116 123"))
    }

    @Test func theSameKindOfCueIsAskedAboutOncePerConversation() throws {
        let turns = try Self.play(["whats the point of any of it", "no", "whats the point of any of it"])
        #expect(turns[0].safety == .check)
        #expect(turns[2].safety == nil, "asked once already")
    }

    @Test func aStrongerCueAfterACheckStillRaisesACrisis() throws {
        let turns = try Self.play(["whats the point of any of it", "no", "actually i want to kill myself"])
        #expect(turns[2].crisis)
    }

    @Test func aCrisisWhileTheQuestionIsOpenIsACrisis() throws {
        let turns = try Self.play(["whats the point of any of it", "i have the pills ready tonight"])
        #expect(turns[1].crisis)
    }

    @Test func suicideAsksWhetherTheyAreSafeAndAboutTheMeans() throws {
        let turn = try Self.play(["i want to kill myself"])[0]
        #expect(turn.reply.contains("Are you safe right now?"))
        #expect(turn.reply.contains("put some distance between you and anything you could use"))
        #expect(turn.reply.contains("Not drinking or using tonight"))
        #expect(turn.reply.contains("Samaritans") && turn.reply.contains("999"))
    }

    @Test func anOverdoseGivesTheEmergencyNumberFirstAndSaysNotToLeaveThem() throws {
        let turn = try Self.play(["my mate took a load of pills with vodka and now hes not breathing properly"])[0]
        #expect(turn.lines.first?.contains("call 999 now") == true)
        #expect(turn.reply.contains("don't leave them alone"))
        #expect(turn.reply.contains("naloxone"))
        #expect(turn.reply.contains("recovery position"))
    }

    @Test func withdrawalSaysADoctorToday() throws {
        let turn = try Self.play(["i quit xanax cold turkey yesterday and my hands wont stop shaking"])[0]
        #expect(turn.crisis)
        #expect(turn.reply.contains("can cause seizures"))
        #expect(turn.reply.contains("needs a doctor today"))
        #expect(!turn.effects.contains { if case .exercise = $0 { true } else { false } }, "never a breathing exercise instead")
        #expect(!turn.reply.contains("breathe with me") && !turn.reply.contains("box breathing"))
    }

    @Test func abuseOffersNoContactsWhenAPartnerIsNamedAndMentionsHistory() throws {
        let turn = try Self.play(["my boyfriend hit me again and says he will kill me if i leave"])[0]
        #expect(turn.route == .safety(.abuse))
        #expect(!turn.options.contains("Show my support contacts"))
        #expect(turn.reply.contains("/settings history off"))
        #expect(turn.reply.contains("National Domestic Abuse Helpline") || turn.reply.contains("Refuge"))
    }

    @Test func aChildAtRiskShowsTheChildrensLineFirst() throws {
        let turn = try Self.play(["my stepdad keeps hitting my little brother, hes 6"])[0]
        #expect(turn.route == .safety(.abuse))
        let lines = turn.lines.joined(separator: "\n")
        let child = try #require(lines.range(of: "Childline"))
        let abuse = try #require(lines.range(of: "Refuge"))
        #expect(child.lowerBound < abuse.lowerBound)
    }

    @Test func someoneElseAtRiskGetsHowToHelpAFriend() throws {
        let turn = try Self.play(["my friend just texted me that she wants to kill herself"])[0]
        #expect(turn.route == .safety(.someoneElse))
        #expect(turn.reply.contains("ask them directly"))
        #expect(turn.reply.contains("call a line together"))
    }

    @Test func aLongMessageIsReadWholeAndTheStrongestFindingWins() throws {
        let filler = String(repeating: "Work was long and the bus was late again, so I read my book. ", count: 90)
        let text = "honestly whats the point. " + filler + " I have the pills counted out and I'm taking them tonight."
        #expect(text.count > Engine.maximumMessageLength)
        let turn = try Self.play([text])[0]
        #expect(turn.crisis, "the crisis at the end wins over the check at the start")
    }
}
