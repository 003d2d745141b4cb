import SteadyCore
import SteadyTestSupport
import Testing

/// What must hold of the safety-critical dialogues, whatever words a person uses: withdrawal
/// never meets a breathing exercise first, using after a break always brings the tolerance
/// warning, and hopelessness always gets the direct question.
struct SafeDialogueTests {
    static func play(_ lines: [String], region: String = "UK") throws -> [Turn] {
        let engine = Engine(library: try ShippedLibrary.library(), region: region)
        var (_, state) = engine.start(seed: 1)
        return lines.map { engine.respond(to: $0, state: &state) }
    }

    @Test(arguments: [
        "day two off the booze and im shaking and sweating", "my hands wont stop trembling since i quit drinking",
        "came off the methadone and im sweating buckets", "rattling bad, no gear since friday",
        "stopped my diazepam last week and i feel terrible", "quit the drink monday, heart pounding and no sleep",
        "withdrawals are awful tonight", "48 hours without a drink and i feel like death", "is it normal to feel this rough after stopping",
    ])
    func withdrawalSignsNeverMeetABreathingExerciseFirst(_ message: String) throws {
        let turn = try Self.play([message])[0]
        #expect(!turn.effects.contains { $0.kind == .exercise }, "\(message)")
        let askedAboutStopping = turn.dialogue == "paced-breathing" && turn.node == "stopped"
        #expect(turn.safety != nil || turn.topic == .withdrawal || askedAboutStopping,
                "\(message) -> \(turn.dialogue ?? "none")/\(turn.node ?? "none")")
    }

    @Test func breathingAsksAboutStoppingAndYesGoesToTheWithdrawalCheck() throws {
        let turns = try Self.play(["my heart is pounding and im all shaky", "yes"])
        #expect(turns[0].dialogue == "paced-breathing" && turns[0].node == "stopped")
        #expect(!turns[0].reply.contains("always passes"))
        #expect(turns[1].dialogue == "withdrawal-signs")
        #expect(!turns[1].effects.contains { $0.kind == .exercise })
    }

    @Test(arguments: [
        "used for the first time in months", "relapsed after a year clean", "picked up again after getting out of rehab",
        "had a drink for the first time in two years", "smoked some gear first time since prison",
        "took a xan for the first time in ages", "got drunk for the first time in a while",
        "gonna use tonight for the first time in weeks",
    ])
    func usingAfterABreakAlwaysBringsTheToleranceWarning(_ message: String) throws {
        let turn = try Self.play([message])[0]
        #expect(turn.crisis || turn.reply.contains("tolerance"), "\(message) -> \(turn.dialogue ?? "none")")
        #expect(turn.topic != .progress, "\(message)")
    }

    @Test(arguments: [
        "i feel hopeless", "im so depressed", "i hate myself", "everything feels pointless", "i feel worthless",
        "things will never get better", "i feel so empty and numb", "im such a failure", "i cant get out of bed anymore",
    ])
    func hopelessnessAlwaysGetsTheDirectQuestion(_ message: String) throws {
        let turn = try Self.play([message])[0]
        #expect(turn.crisis || turn.reply.contains("Are you thinking about ending your life, or about hurting yourself?"),
                "\(message) -> \(turn.dialogue ?? "none")")
    }

    @Test func noToTheDialoguesQuestionCarriesOnAndItIsNeverAskedTwice() throws {
        let turns = try Self.play(["im so depressed", "no", "empty or numb"])
        #expect(turns[0].topic == .lowMood)
        #expect(turns[0].effects.contains(.safetyCheck))
        #expect(turns[1].topic == .lowMood && turns[1].reply.hasPrefix("Thank you for telling me. I'm glad."))
        let again = try Self.play(["i feel hopeless", "no"])
        #expect(again[1].topic == .lowMood)
        #expect(!again[1].reply.contains("Are you thinking about ending your life"))
        #expect(!again[1].effects.contains(.safetyCheck))
    }

    @Test func yesToTheDialoguesQuestionOpensTheCrisisResponse() throws {
        let turns = try Self.play(["im so depressed", "yes", "I'm safe now, carry on"])
        #expect(turns[1].crisis && turns[1].reply.contains("116 123"))
        #expect(turns[2].dialogue == "low-mood-small-step" && turns[2].node == "which")
    }

    @Test(arguments: ["i binged and purged again", "i keep making myself sick after meals", "havent eaten in days on purpose"])
    func eatingProblemsGetTheirOwnDialogueWithTheRegionsLine(_ message: String) throws {
        let turns = try Self.play([message, "no", "4", "1"])
        #expect(turns[0].topic == .eating, "\(message)")
        #expect(!turns.map(\.reply).joined().lowercased().contains("weight"))
        #expect(turns[3].reply.contains("Beat Helpline"))
    }
}
