import Foundation
import SteadyCore
import SteadyTestSupport
import Testing

struct SuggestionRankerTests {
    /// Sam: emotional, weekday evenings. Pat: practical, any time. Kim: emotional and
    /// information, weekends. Lee: emotional, any time, but contacted yesterday.
    static func contacts() throws -> [SupportContact] {
        [
            SupportContact(name: "Sam", supports: [.emotional],
                           availability: try Availability(parsing: "weekdays 18:00-22:00"),
                           lastContacted: TestClock.date("2025-05-01 10:00")),
            SupportContact(name: "Pat", supports: [.practical], availability: .anyTime),
            SupportContact(name: "Kim", supports: [.emotional, .information],
                           availability: try Availability(parsing: "weekends")),
            SupportContact(name: "Lee", supports: [.emotional], availability: .anyTime,
                           lastContacted: TestClock.date("2025-06-01 10:00")),
        ]
    }

    @Test(arguments: [
        (SupportKind.emotional, "2025-06-02 19:00", ["Sam", "Lee", "Kim", "Pat"]),
        (.emotional, "2025-06-07 19:00", ["Kim", "Lee", "Sam", "Pat"]),
        (.emotional, "2025-06-03 03:00", ["Lee", "Kim", "Sam", "Pat"]),
        (.practical, "2025-06-03 03:00", ["Pat", "Lee", "Kim", "Sam"]),
        (.information, "2025-06-03 03:00", ["Kim", "Pat", "Lee", "Sam"]),
        (.information, "2025-06-08 11:00", ["Kim", "Pat", "Lee", "Sam"]),
    ])
    func ranksBySupportThenAvailabilityThenLongestSince(kind: SupportKind, moment: String, expected: [String]) throws {
        let ranked = SuggestionRanker(calendar: TestClock.calendar)
            .rank(try Self.contacts(), support: kind, at: TestClock.date(moment))
        #expect(ranked.map(\.contact.name) == expected)
    }

    @Test func neverContactedComesBeforeRecentlyContacted() {
        let contacts = [
            SupportContact(name: "Recent", lastContacted: TestClock.date("2025-06-01 10:00")),
            SupportContact(name: "Older", lastContacted: TestClock.date("2025-01-01 10:00")),
            SupportContact(name: "Never"),
        ]
        let ranked = SuggestionRanker(calendar: TestClock.calendar)
            .rank(contacts, support: nil, at: TestClock.date("2025-06-02 10:00"))
        #expect(ranked.map(\.contact.name) == ["Never", "Older", "Recent"])
    }

    @Test func suggestionSaysWhetherTheyAreAround() throws {
        let ranked = SuggestionRanker(calendar: TestClock.calendar)
            .rank(try Self.contacts(), support: .emotional, at: TestClock.date("2025-06-02 19:00"))
        #expect(ranked.first?.availableNow == true)
        #expect(ranked.first?.givesSupport == true)
        #expect(ranked.last?.givesSupport == false)
    }
}
