import Foundation
import Testing

struct ExploreCommandTests {
    static let fixtures = SteadyBinary.packageRoot.appendingPathComponent("Tests/SteadyCLITests/Fixtures/explore")

    @Test func theShippedLibraryExploresWithoutFindings() throws {
        let result = try SteadyBinary.run(["test", "--explore", "500", "--seed", "1"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("Explored 500 conversations (seed 1)"))
        #expect(result.stdout.contains("No findings."))
    }

    @Test func aDeadEndANeverWaitingLoopAndAnUnfilledVariableAreEachFound() throws {
        // Enough conversations to reach all three fixtures among the shipped dialogues, which the explorer
        // also plays (200 stopped reaching the unfilled variable when the shipped examples grew).
        let result = try SteadyBinary.run(["test", "--explore", "400", "--seed", "1", "--dialogues", Self.fixtures.path])
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        let out = result.stdout
        #expect(out.contains("dead-end.yaml:12:3: error: the step 'explore-dead-end/trap' was answered"), "\(out)")
        #expect(out.contains("[explore: cannot be left]"))
        #expect(out.contains("loop.yaml:12:3: error: the steps 'explore-loop/round' -> 'explore-loop-helper/hello' went round"))
        #expect(out.contains("[explore: loop without waiting]"))
        #expect(out.contains("unfilled.yaml:21:3: error: the step 'explore-unfilled/done' said \"{level}\" but nothing had set 'level'"))
        #expect(out.contains("\n    conversation "))
        #expect(out.contains("3 findings."))
    }

    @Test func exploreWithoutACountPlaysTheDefaultNumber() throws {
        let result = try SteadyBinary.run(["test", "--explore", "--seed", "2"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("Explored 200 conversations (seed 2)"))
        #expect(result.stdout.contains("Paths no transcript takes ("))
    }

    @Test func coverageReportsTriggersStepsOptionsAndBranches() throws {
        let result = try SteadyBinary.run(["test", "--coverage"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let headline = try #require(result.stdout.split(separator: "\n").first { $0.hasPrefix("Coverage: ") })
        for word in [" dialogues (", " steps (", " triggers (transcripts or examples) (", " options (", " branches ("] {
            #expect(headline.contains(word), "\(headline)")
        }
        let triggers = try #require(headline.split(separator: ",").first { $0.contains("triggers") })
        let figures = triggers.split(separator: " ").compactMap { Int($0) }
        #expect(figures.count == 2 && figures[0] * 10 >= figures[1] * 9, "\(triggers)")
        #expect(result.stdout.contains("Options ("))
        #expect(result.stdout.contains("Branches ("))
        #expect(result.stdout.contains("  ex "))
    }
}
