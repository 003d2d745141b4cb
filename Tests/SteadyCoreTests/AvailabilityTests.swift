import Foundation
import SteadyCore
import SteadyTestSupport
import Testing

struct AvailabilityTests {
    @Test(arguments: [
        ("any time", "any time"),
        ("Anytime", "any time"),
        ("24/7", "any time"),
        ("weekdays 18:00-22:00", "weekdays 18:00-22:00"),
        ("weekends", "weekends"),
        ("mon,wed 09:00-17:00", "mon,wed daytime"),
        ("Mon, Wed 10:00-12:30", "mon,wed 10:00-12:30"),
        ("evenings", "evenings"),
        ("mon-fri", "weekdays"),
        ("sat-sun 6pm-10pm", "weekends 18:00-22:00"),
        ("tues to thurs mornings", "tue,wed,thu mornings"),
        ("every day 7-9", "07:00-09:00"),
        ("fri 9-5", "fri daytime"),
        ("fri 22:00-02:00", "fri 22:00-02:00"),
        ("weekdays 18:00-22:00; weekends", "weekdays 18:00-22:00; weekends"),
        ("", ""),
    ])
    func readsAndWritesBack(text: String, expected: String) throws {
        let availability = try Availability(parsing: text)
        #expect(availability.description == expected)
        #expect(try Availability(parsing: availability.description) == availability)
    }

    @Test(arguments: [
        ("tomorrow", Availability.ParseError.unknownWord("tomorrow")),
        ("weekdays 25:00-26:00", .badTime("25:00-26:00")),
        ("weekdays 18:00-", .badTime("18:00-")),
        ("mon 9:75-10", .badTime("9:75-10")),
        ("18:00-18:00", .emptyRange("18:00-18:00")),
        ("mon 09:00-10:00 14:00-15:00", .twoTimes("mon 09:00-10:00 14:00-15:00")),
        (" ; ", .empty),
    ])
    func rejectsMalformedWindowsClearly(text: String, expected: Availability.ParseError) {
        #expect(throws: expected) { try Availability(parsing: text) }
        #expect(!expected.description.isEmpty)
    }

    @Test(arguments: [
        ("weekdays 18:00-22:00", "2025-06-02 18:30", true),
        ("weekdays 18:00-22:00", "2025-06-02 22:00", false),
        ("weekdays 18:00-22:00", "2025-06-07 19:00", false),
        ("weekends", "2025-06-08 03:00", true),
        ("fri 22:00-02:00", "2025-06-06 23:00", true),
        ("fri 22:00-02:00", "2025-06-07 01:30", true),
        ("fri 22:00-02:00", "2025-06-05 01:30", false),
        ("any time", "2025-06-04 04:00", true),
        ("mon,wed 09:00-17:00", "2025-06-04 09:00", true),
        ("mon,wed 09:00-17:00", "2025-06-03 10:00", false),
    ])
    func knowsWhoIsAround(text: String, moment: String, expected: Bool) throws {
        let availability = try Availability(parsing: text)
        #expect(availability.isAvailable(at: TestClock.date(moment), calendar: TestClock.calendar) == expected)
    }

    @Test func unstatedIsUnknownRatherThanUnavailable() {
        #expect(Availability.unstated.isAvailable(at: TestClock.date("2025-06-02 12:00"),
                                                  calendar: TestClock.calendar) == nil)
    }
}
