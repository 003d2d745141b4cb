import Foundation
import Testing

struct TestCommandTests {
    static let transcripts = SteadyBinary.packageRoot.appendingPathComponent("Tests/Transcripts")
    static let wrong = SteadyBinary.packageRoot.appendingPathComponent("Tests/SteadyCLITests/Fixtures/wrong.transcript")

    @Test func shippedTranscriptsPassWithACoverageSummary() throws {
        let result = try SteadyBinary.run(["test", Self.transcripts.path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(!result.stdout.contains("FAIL"), "\(result.stdout)")
        #expect(result.stdout.contains("PASS "))
        #expect(result.stdout.contains("urge-surfing-main.transcript ("))
        #expect(result.stdout.contains(" passed, 0 failed ("))
        let coverage = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("Coverage: ") })
        #expect(coverage.contains(" dialogues (") && coverage.contains(" steps (") && coverage.contains(" triggers ("))
    }

    @Test func theWrongTranscriptFailsNamingTheLineAndTheReply() throws {
        let result = try SteadyBinary.run(["test", Self.wrong.path])
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains(
            "Fixtures/wrong.transcript:9: expected the reply to contain \u{201C}shopping list\u{201D}, but the reply did not contain it\n"
                + "    after \u{201C}> 6\u{201D} (turn 2):\n"
                + "      | We'll surf the urge: notice it, describe it, and watch it like a wave instead of fighting it."), "\(result.stdout)")
        #expect(result.stdout.hasPrefix("FAIL "))
        #expect(result.stdout.contains("topic craving, dialogue urge-surfing, step choose"))
        #expect(result.stdout.contains("(1 more difference after this one)"))
        #expect(result.stdout.contains("0 passed, 1 failed (1 transcript)."))
    }

    @Test func aMalformedTranscriptExits64WithThePlace() throws {
        let folder = SteadyBinary.temporaryFolder()
        let file = folder.appendingPathComponent("typo.transcript")
        try "> hello\n= topik smalltalk\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try SteadyBinary.run(["test", folder.path])
        #expect(result.status == 64, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains(
            "\(file.path):2:3: error: there is no check 'topik'. Did you mean topic?\n"
                + "    = topik smalltalk\n"
                + "      ^"), "\(result.stdout)")
    }

    @Test func fixtureContactsAppearWhereADialogueSuggestsSomeone() throws {
        let folder = SteadyBinary.temporaryFolder()
        try """
            contact: Robin | call 555 0100 | sponsor | emotional | any time
            > i really want a drink
            > 6
            > short version
            > in my chest
            > tight
            > done
            > 3
            > 1
            < Robin (call 555 0100), usually around now
            = effect suggest_contact
            = ended true
            """.write(to: folder.appendingPathComponent("contacts.transcript"), atomically: true, encoding: .utf8)
        let result = try SteadyBinary.run(["test", folder.path])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
    }

    @Test func coverageListsEveryStepWithItsCount() throws {
        let result = try SteadyBinary.run(["test", "--coverage", Self.wrong.path])
        #expect(result.stdout.contains("Steps ("), "\(result.stdout)")
        #expect(result.stdout.contains("      1  urge-surfing/rate\n"))
        #expect(result.stdout.contains("  never  urge-surfing/close\n"))
        #expect(result.stdout.contains("Never reached, "))
    }

    @Test func noTranscriptsIsAUsageError() throws {
        let result = try SteadyBinary.run(["test", SteadyBinary.temporaryFolder().path])
        #expect(result.status == 64)
        #expect(result.stderr.contains("there are no .transcript files"))
    }
}
