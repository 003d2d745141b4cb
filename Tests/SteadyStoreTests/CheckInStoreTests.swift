import Foundation
import SteadyCore
import SteadyTestSupport
import SteadyStore
import Testing

struct CheckInStoreTests {
    @Test func recordsCheckInsOnceEach() throws {
        let store = try Store.inMemory()
        let checkIn = CheckIn(time: TestClock.date("2025-06-02 21:00"), topic: "craving", intensityBefore: 8,
                              intensityAfter: 3, trigger: .stress, coping: "box-breathing", lapse: false)
        try store.record(checkIn)
        try store.record(checkIn)
        #expect(try store.checkIns() == [checkIn])
    }

    @Test(arguments: [11, -1])
    func intensityOutsideTheScaleIsRefusedWithNoChange(value: Int) throws {
        let store = try Store.inMemory()
        #expect(throws: StoreError.checkIn(.intensityOutOfRange(value))) {
            try store.record(CheckIn(time: TestClock.date("2025-06-02 21:00"), intensityBefore: value))
        }
        #expect(try store.checkIns().isEmpty)
    }

    @Test func reachingOutToAContactMovesTheirLastContactedDate() throws {
        let store = try Store.inMemory()
        try store.addContact(SupportContact(name: "Sam"))
        try store.record(CheckIn(time: TestClock.date("2025-06-02 21:00"), reachedOutTo: "sam"))
        #expect(try store.contact(named: "Sam")?.lastContacted == TestClock.date("2025-06-02 21:00"))
        #expect(try store.checkIns().first?.reachedOut == true)
    }

    @Test func aLapseIsRecordedLikeAnyOtherMoment() throws {
        let store = try Store.inMemory()
        try store.record(CheckIn(time: TestClock.date("2025-06-02 23:00"), topic: "lapse", lapse: true))
        #expect(try store.checkIns().map(\.lapse) == [true])
    }

    @Test(arguments: [
        (["before": "8", "after": "3", "trigger": "stressed", "coping": "walk", "reached_out": "yes", "lapse": "no"],
         CheckIn(time: TestClock.date("2025-06-02 21:00"), topic: "craving", intensityBefore: 8, intensityAfter: 3,
                 trigger: .stress, coping: "walk", reachedOut: true)),
        (["before": "12.4", "reached_out": "Sam", "trigger": "the weather", "lapse": "yes"],
         CheckIn(time: TestClock.date("2025-06-02 21:00"), topic: "craving", intensityBefore: 10,
                 trigger: .other, reachedOutTo: "Sam", lapse: true)),
        ([:], CheckIn(time: TestClock.date("2025-06-02 21:00"), topic: "craving")),
    ])
    func readsARecordCheckinEffect(parameters: [String: String], expected: CheckIn) throws {
        guard case .recordCheckin(let record) = try Effect(type: "record_checkin", parameters: parameters) else {
            Issue.record("not a check-in")
            return
        }
        var checkIn = CheckIn(record: record, time: TestClock.date("2025-06-02 21:00"), topic: "craving")
        checkIn.id = expected.id
        #expect(checkIn == expected)
    }

    @Test func reasonsAndStateAndSettingsAreKept() throws {
        let store = try Store.inMemory()
        try store.addReason("  for my kids ", at: TestClock.date("2025-06-01"))
        #expect(throws: StoreError.emptyReason) { try store.addReason("   ") }
        #expect(try store.reasons().map(\.text) == ["for my kids"])

        #expect(try store.loadState() == nil)
        try store.saveState(Data("{\"turn\":1}".utf8))
        try store.saveState(Data("{\"turn\":2}".utf8))
        #expect(try store.loadState() == Data("{\"turn\":2}".utf8))
        try store.clearState()
        #expect(try store.loadState() == nil)

        try store.setSetting("region", to: "IE")
        try store.setSetting("region", to: "UK")
        #expect(try store.setting("region") == "UK")
        try store.setSetting("region", to: nil)
        #expect(try store.settings().isEmpty)
    }
}
