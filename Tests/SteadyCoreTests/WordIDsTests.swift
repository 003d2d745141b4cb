import SteadyCore
import SteadyTestSupport
import Testing

/// Word ids belong to the library that names them: what another library named, or what a
/// person typed, never changes how a message is read.
struct WordIDsTests {
    static let zanzibar = RouterTests.dialogue("zanzibar", priority: 0, ["zanzibar trip"])
    static let evening = RouterTests.dialogue("evening", priority: 0, ["quiet evening"])

    @Test func aMessageReadsTheSameWhicheverLibraryLoadedBefore() throws {
        let alone = try TestLibrary.make([Self.evening])
        _ = try TestLibrary.make([Self.zanzibar])
        let after = try TestLibrary.make([Self.evening])
        let text = "a quiet evening, then a zanzibar trip & a drink"
        #expect(alone.message(text).tokens == after.message(text).tokens)
        #expect(alone.message(text).ids == after.message(text).ids)
        #expect(alone.message(text).atomIDs == after.message(text).atomIDs)
    }

    @Test func twoLibrariesInOneProcessDoNotShareWords() throws {
        let first = try TestLibrary.make([Self.zanzibar])
        let second = try TestLibrary.make([Self.evening])
        #expect(first.ids.id(of: "zanzibar") != nil)
        #expect(second.ids.id(of: "zanzibar") == nil)
        #expect(second.message("zanzibar").ids == [WordIDs.unnamed])
        #expect(first.router.matches(first.message("zanzibar trip")).count == 1)
        #expect(second.router.matches(second.message("zanzibar trip")).isEmpty)
    }

    @Test func wordsPeopleTypeGetNoID() throws {
        let library = try ShippedLibrary.library()
        let message = library.message("zorblat7 i really want a drink")
        #expect(message.ids.first == WordIDs.unnamed)
        #expect(library.ids.id(of: "zorblat7") == nil)
        #expect(message.ids.dropFirst().allSatisfy { $0 != WordIDs.unnamed })
    }

    @Test func aStepsRepliesMatchTheirWords() throws {
        let asking = """
            id: asking
            topic: stress
            triggers: ["start asking"]
            start: q
            nodes:
              q:
                say: "Ready?"
                replies:
                  - { match: "zorp [now]", goto: done }
              done: { say: "Zorp heard.", end: true }
            """
        let library = try TestLibrary.make([asking])
        #expect(library.ids.id(of: "zorp") != nil)
        let turns = TestLibrary.play(library, ["start asking", "zorp now"])
        #expect(turns.last?.reply == "Zorp heard.")
    }

    @Test func aPatternTriedOnAMessageReadOnItsOwnSeesItsWords() throws {
        let pattern = try Pattern.parse("flibbertigibbet (now|later)")
        #expect(pattern.match(Message(reading: "ok flibbertigibbet later")) != nil)
        #expect(pattern.match(Message(reading: "ok flibbertigibbet soon")) == nil)
    }
}
