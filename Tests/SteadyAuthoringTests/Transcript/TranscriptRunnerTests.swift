import SteadyAuthoring
import SteadyCore
import SteadyTestSupport
import Testing

struct TranscriptRunnerTests {
    static func play(_ text: String) throws -> TranscriptRunner.Report {
        let transcript = try TranscriptParser.parse(text)
        return TranscriptRunner(library: try ShippedLibrary.library()).run(transcript) { $0.reply }
    }

    @Test func aTranscriptThatMatchesPasses() throws {
        let report = try Self.play("""
            < what's going on
            = ended true
            > i really want a drink
            = topic craving
            = dialogue urge-surfing
            = node urge-surfing/rate
            < HOW STRONG
            = crisis false
            = ended false
            > 9
            = var craving_before 9
            = node choose
            < you\u{2019}re still here
            """)
        #expect(report.passed, "\(report.failures.map(\.explanation))")
        #expect(report.turns.count == 3)
        #expect(report.turns[2].path == ["urge-surfing/delay", "urge-surfing/choose"])
    }

    @Test func aPracticeTranscriptOpensWithTheListOfScenarios() throws {
        let report = try Self.play("""
            start: practice
            < Which conversation would you like to practise?
            = topic practice
            = option 5 Saying no
            > no thanks, i'm not drinking tonight
            = topic practice
            = dialogue scenario-saying-no
            """)
        #expect(report.passed, "\(report.failures.map(\.explanation))")
        let chat = try Self.play("""
            start: chat
            = not Which conversation would you like to practise?
            < what's going on
            """)
        #expect(chat.passed, "\(chat.failures.map(\.explanation))")
    }

    @Test func everyDifferenceIsReportedWithItsLineAndWhatHappened() throws {
        let report = try Self.play("""
            > i really want a drink
            = topic stress
            < shopping list
            = option 1 breathe
            = effect exercise
            > 6
            = var craving_before 5
            = not watch it like a wave
            """)
        #expect(report.failures.map(\.line) == [2, 3, 4, 5, 7, 8])
        #expect(report.failures.map(\.actual) == [
            "the topic was craving", "the reply did not contain it", "there were no options",
            "the turn asked for no effects", "craving_before was 6", "the reply contained it",
        ])
        let first = try #require(report.failures.first)
        #expect(first.explanation.first == "expected the topic to be stress, but the topic was craving")
        #expect(first.explanation.dropFirst().first == "after \u{201C}> i really want a drink\u{201D} (turn 1):")
    }

    @Test func theShowClosureDecidesTheReplyThatIsChecked() throws {
        let transcript = try TranscriptParser.parse("> i really want a drink\n< performed\n")
        let report = TranscriptRunner(library: try ShippedLibrary.library()).run(transcript) { $0.reply + "\nperformed" }
        #expect(report.passed)
    }

    @Test func theSafetyNetIsCheckedLikeAnyOtherTurn() throws {
        let report = try Self.play("""
            region: US
            > i want to kill myself
            = crisis true
            = topic crisis
            = effect crisis
            """)
        #expect(report.passed, "\(report.failures.map(\.explanation))")
    }

    @Test func coverageCountsDialoguesStepsAndTriggers() throws {
        let library = try ShippedLibrary.library()
        let report = try Self.play("> i really want a drink\n> 9\n")
        var coverage = TranscriptCoverage(library: library)
        report.turns.forEach { coverage.record($0) }
        #expect(coverage.dialogueCounts == ["urge-surfing": 2])
        #expect(coverage.nodeCounts == ["urge-surfing/rate": 1, "urge-surfing/delay": 1, "urge-surfing/choose": 1])
        #expect(coverage.triggers.filter(\.reached).count == 1)
        #expect(coverage.nodes.count == library.dialogues.reduce(0) { $0 + $1.nodeOrder.count })
        #expect(coverage.dialogues.first { $0.name == "urge-surfing" }?.count == 2)
        #expect(coverage.dialogues.first { $0.name == "hello-about" }?.reached == false)
    }

    @Test func coverageCountsTheOptionsAndBranchesTaken() throws {
        let library = try ShippedLibrary.library()
        let report = try Self.play("> i really want a drink\n> 9\n")
        var coverage = TranscriptCoverage(library: library)
        report.turns.forEach { coverage.record($0) }
        let taken = coverage.branches.filter(\.reached).map(\.name)
        // 9 is strong: the branch from 'rate' to 'delay' was taken, and no other from 'rate'.
        #expect(taken.contains { $0.hasPrefix("urge-surfing/rate ") && $0.hasSuffix("-> delay") }, "\(taken)")
        #expect(!taken.contains { $0.hasPrefix("urge-surfing/rate ") && $0.hasSuffix("-> choose") }, "\(taken)")
        #expect(coverage.options.count == library.dialogues.reduce(0) { total, dialogue in
            total + dialogue.nodes.values.reduce(0) { $0 + $1.options.count }
        })
    }

    @Test func theShippedExamplesAndTranscriptsReachNineTenthsOfTheTriggers() throws {
        let library = try ShippedLibrary.library()
        var coverage = TranscriptCoverage(library: library)
        coverage.recordExamples()
        let triggers = coverage.triggers
        let reached = triggers.filter(\.reached).count
        #expect(reached * 10 >= triggers.count * 9, "only \(reached) of \(triggers.count) triggers are answered by an example")
    }
}
