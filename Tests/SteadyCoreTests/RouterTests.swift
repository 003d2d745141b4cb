import SteadyCore
import SteadyTestSupport
import Testing

/// Which trigger wins when several match, and how few the index hands to the matcher.
struct RouterTests {
    static func dialogue(_ id: String, priority: Int, _ triggers: [String]) -> String {
        """
        id: \(id)
        topic: stress
        priority: \(priority)
        triggers: [\(triggers.map { "\"\($0)\"" }.joined(separator: ", "))]
        nodes:
          a: { say: "This is \(id).", end: true }
        """
    }

    @Test(arguments: [
        // (priorities of a and b, triggers of a and b, message, winner)
        (10, 20, "work", "work", "work is a lot", "b"),  // higher priority
        (20, 10, "work", "work", "work is a lot", "a"),
        (10, 10, "work", "work is", "work is a lot", "b"),  // more specific
        (10, 10, "work is", "work", "work is a lot", "a"),
        (10, 10, "work", "lot", "work is a lot", "a"),  // earlier in file order
        (-200_000, -100_000, "work", "work", "work is a lot", "b"),  // priorities far apart
        (-100_000, -200_000, "work", "lot", "work is a lot", "a"),
        (5, 5, "(work|job) is", "job", "my job is a lot", "a"),
    ])
    func theBestTriggerWins(_ pa: Int, _ pb: Int, _ ta: String, _ tb: String, _ text: String, _ winner: String) throws {
        let library = try TestLibrary.make([Self.dialogue("a", priority: pa, [ta]), Self.dialogue("b", priority: pb, [tb])])
        let message = library.message(text)
        let best = try #require(library.router.matches(message).first)
        #expect(library.dialogues[best.entry.dialogue].id == winner)
    }

    /// A trigger that needs no particular word matches a message of words no script knows, as
    /// the pattern says.
    @Test func aCatchAllTriggerMatchesAMessageOfUnknownWords() throws {
        let library = try TestLibrary.make([Self.dialogue("any", priority: 0, ["[hey] *"])])
        let message = library.message("xyzzy plonk")
        #expect(message.atomIDs.isEmpty)
        let matches = library.router.matches(message)
        #expect(matches.count == 1)
        #expect(matches.first.map { library.dialogues[$0.entry.dialogue].id } == "any")
    }

    @Test func aCommonWordDoesNotMakeEveryTriggerACandidate() throws {
        // Forty triggers start with "so"; each is filed under its rarer word.
        let triggers = (0..<40).map { "so word\($0)" }
        let library = try TestLibrary.make([Self.dialogue("many", priority: 0, triggers)])
        #expect(library.router.candidateCount(library.message("so tired")) == 0)
        #expect(library.router.candidateCount(library.message("so word7 today")) == 1)
        #expect(library.router.matches(library.message("so word7 today")).first?.entry.trigger == 7)
    }

    @Test func aTriggerFiledUnderTwoAlternativesIsACandidateOnce() throws {
        let library = try TestLibrary.make([Self.dialogue("either", priority: 0, ["(work|job) stress"])])
        #expect(library.router.candidateCount(library.message("work and job stress")) == 1)
        #expect(library.router.matches(library.message("work and job stress")).count == 1)
    }
}
