import Foundation
import SteadyCore
import SteadyTestSupport
import Testing

/// What a person writes in a recovery tool reaches their journal whole, in their own words.
struct ToolNoteTests {
    static func notes(_ lines: [String]) throws -> [String] {
        let library = try ShippedLibrary.library()
        let turns = TestLibrary.play(library, lines)
        return turns.flatMap(\.effects).compactMap { effect -> String? in
            guard case .recordCheckin(let record) = effect else { return nil }
            return CheckIn(record: record, time: Date(timeIntervalSince1970: 0), topic: "tools").note
        }
    }

    @Test func theABCOfATriggerIsKeptInThePersonsWords() throws {
        let notes = try Self.notes(["help me work out my triggers", "payday friday, on my own", "i deserve it",
                                    "felt awful saturday", "1", "wages to savings first"])
        #expect(notes == ["ABC of a trigger\nA, before: payday friday, on my own\nB, thought and did: i deserve it\n"
            + "C, after: felt awful saturday\nNext time: wages to savings first"])
    }

    @Test func aValuesCompassIsKeptAndItsTopValueSavedAsAReason() throws {
        let library = try ShippedLibrary.library()
        let turns = TestLibrary.play(library, ["i want to do a values exercise", "faith, family", "family",
                                               "they never gave up on me", "sunday dinner"])
        let effects = turns.flatMap(\.effects)
        #expect(effects.contains(.addReason(text: "family: they never gave up on me")))
        let notes = effects.compactMap { effect -> String? in
            if case .recordCheckin(let record) = effect { return record.note }
            return nil
        }
        #expect(notes == ["What matters: faith, family\nMost of all: family, because they never gave up on me\nThis week: sunday dinner"])
    }

    @Test func aCheckInWithoutANoteHasNone() throws {
        let record = Effect.CheckInRecord(coping: "walk")
        #expect(CheckIn(record: record, time: Date(timeIntervalSince1970: 0), topic: nil).note == nil)
        let empty = Effect.CheckInRecord(coping: "walk", note: "")
        #expect(CheckIn(record: empty, time: Date(timeIntervalSince1970: 0), topic: nil).note == nil)
    }
}
