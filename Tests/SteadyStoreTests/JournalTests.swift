import Foundation
import SteadyCore
import SteadyTestSupport
import Testing

struct JournalTests {
    static let now = TestClock.date("2025-06-08 12:00")

    static let checkIns = [
        CheckIn(time: TestClock.date("2025-06-02 21:00"), topic: "craving", intensityBefore: 8, intensityAfter: 3,
                trigger: .stress, coping: "box-breathing", reachedOutTo: "Sam"),
        CheckIn(time: TestClock.date("2025-06-04 08:30"), topic: "stress", intensityBefore: 6, intensityAfter: 5,
                trigger: .stress, coping: "walk"),
        CheckIn(time: TestClock.date("2025-06-06 23:30"), topic: "loneliness", intensityBefore: 7,
                intensityAfter: 3, trigger: .loneliness, coping: "box-breathing", reachedOutTo: "Kim"),
        CheckIn(time: TestClock.date("2025-06-07 19:00"), topic: "lapse", intensityBefore: 10, trigger: .people,
                reachedOutTo: "Sam", lapse: true),
        CheckIn(time: TestClock.date("2025-04-01 19:00"), topic: "craving", intensityBefore: 9, intensityAfter: 0,
                trigger: .boredom, coping: "old habit"),
    ]

    static let journal = Journal(checkIns: checkIns, now: now, calendar: TestClock.calendar, weeks: 2)

    @Test func countsOnlyThePeriod() {
        #expect(Self.journal.count == 4)
        #expect(Self.journal.lapses == 1)
        #expect(Self.journal.recent.map(\.topic) == ["lapse", "loneliness", "stress", "craving"])
    }

    @Test func averageDropPerCopingStep() {
        #expect(Self.journal.copingDrops == [
            Journal.CopingDrop(coping: "box-breathing", averageDrop: 4.5, count: 2),
            Journal.CopingDrop(coping: "walk", averageDrop: 1, count: 1),
        ])
    }

    @Test func mostCommonTriggersTimesAndPeople() {
        #expect(Self.journal.triggers == [.init("stress", 2), .init("loneliness", 1), .init("people", 1)])
        #expect(Self.journal.timesOfDay == [.init("evening", 2), .init("morning", 1), .init("night", 1)])
        #expect(Self.journal.reachedOutTo == [.init("Sam", 2), .init("Kim", 1)])
    }

    @Test func sparklineHasOneMarkPerDay() {
        #expect(Self.journal.days.count == 14)
        #expect(Self.journal.sparkline == "·······▇·▅·▆█·")
    }

    @Test(arguments: [(0.0, "▁"), (5.0, "▅"), (10.0, "█"), (14.0, "█"), (-2.0, "▁")])
    func sparklineScale(value: Double, expected: String) {
        #expect(Sparkline.line([value]) == expected)
    }

    @Test(arguments: [(0, TimeOfDay.night), (5, .morning), (11, .morning), (12, .afternoon), (17, .evening),
                      (21, .evening), (22, .night)])
    func timesOfDay(hour: Int, expected: TimeOfDay) {
        #expect(TimeOfDay(hour: hour) == expected)
    }

    @Test func rendersPlainTextWithinEightyColumns() {
        var long = Self.checkIns
        long.append(CheckIn(time: TestClock.date("2025-06-08 09:00"), topic: String(repeating: "very long topic ", count: 8),
                            intensityBefore: 4, coping: String(repeating: "a long coping step ", count: 6)))
        let journal = Journal(checkIns: long, now: Self.now, calendar: TestClock.calendar, weeks: 2)
        let text = JournalText(calendar: TestClock.calendar).render(journal)
        for line in text.split(separator: "\n") { #expect(line.count <= 80, "too wide: \(line)") }
        #expect(!text.contains("\u{1B}"))
        #expect(text.contains("Your journal: 5 check-ins in the last 2 weeks."))
        #expect(text.contains("box-breathing"))
        #expect(text.contains("Sam 2"))
        #expect(text.contains("Lapses noted: 1."))
    }

    @Test func aNoteIsShownWholeUnderItsCheckInWithinEightyColumns() {
        let words = "Using: a break from it all after a long shift, the only time I feel I can breathe. "
            + "Stopping: my kids trusting me again, mornings without the fog, money for the holiday."
        let note = "Cost-benefit: drinking\n" + words
        let checkIn = CheckIn(time: TestClock.date("2025-06-08 10:00"), topic: "tools", coping: "cost-benefit", note: note)
        let journal = Journal(checkIns: Self.checkIns + [checkIn], now: Self.now, calendar: TestClock.calendar, weeks: 2)
        let text = JournalText(calendar: TestClock.calendar).render(journal)
        for line in text.split(separator: "\n") { #expect(line.count <= 80, "too wide: \(line)") }
        #expect(text.contains("    Cost-benefit: drinking"))
        let joined = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(joined.contains(words.trimmingCharacters(in: .whitespaces)))
    }

    @Test func aNoteSurvivesExportAndImport() throws {
        let checkIn = CheckIn(time: TestClock.date("2025-06-08 10:00"), topic: "tools", coping: "abc", note: "A: payday\nB: went out")
        let data = try JSONEncoder().encode(checkIn)
        #expect(try JSONDecoder().decode(CheckIn.self, from: data).note == "A: payday\nB: went out")
        let older = Data(#"{"id":"\#(UUID().uuidString)","time":0}"#.utf8)
        #expect(try JSONDecoder().decode(CheckIn.self, from: older).note == nil)
    }

    @Test func anEmptyJournalSaysSoKindly() {
        let journal = Journal(checkIns: [], now: Self.now, calendar: TestClock.calendar)
        let text = JournalText(calendar: TestClock.calendar).render(journal)
        #expect(text.hasPrefix("No check-ins in the last 4 weeks yet."))
        for line in text.split(separator: "\n") { #expect(line.count <= 80) }
    }
}

struct PracticeJournalTests {
    @Test func practiceSessionsShowHowTheyWentAndWhetherTheyReachedOut() throws {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        let sessions = [
            PracticeSession(time: TestClock.date("2025-05-01"), scenario: "scenario-long-silence", contact: "Sam",
                            response: "busy", reachedOut: true),
            PracticeSession(time: TestClock.date("2025-05-03"), scenario: "scenario-saying-no", reachedOut: false),
        ]
        let text = try #require(PracticeText(calendar: calendar).render(sessions))
        #expect(text.contains("Sat 3 May  saying-no; not sent yet"))
        #expect(text.contains("Thu 1 May  long-silence with Sam, they were busy; you reached out"))
        #expect(text.hasSuffix("2 practised, 1 sent for real."))
        #expect(PracticeText(calendar: calendar).render([]) == nil)
    }
}
