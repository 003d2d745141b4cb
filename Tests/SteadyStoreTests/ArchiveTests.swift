import Foundation
import SteadyCore
import SteadyTestSupport
import SteadyStore
import Testing

struct ArchiveTests {
    static func filledStore() throws -> Store {
        let store = try Store.inMemory()
        try store.addContact(SupportContact(
            name: "Sam", reach: "555 0100", relationship: .sponsor, supports: [.emotional, .practical],
            availability: try Availability(parsing: "weekdays 18:00-22:00; weekends"), notes: "calls back"))
        try store.addContact(SupportContact(name: "Kim", supports: [.information]))
        try store.record(CheckIn(time: TestClock.date("2025-06-02 21:00"), topic: "craving", intensityBefore: 8,
                                 intensityAfter: 3, trigger: .stress, coping: "walk", reachedOutTo: "Sam"))
        try store.record(CheckIn(time: TestClock.date("2025-06-03 23:00"), topic: "lapse", lapse: true))
        try store.addReason("for my kids", at: TestClock.date("2025-06-01"))
        try store.record(PracticeSession(time: TestClock.date("2025-06-04 10:00"), scenario: "ask-for-help",
                                         contact: "Kim", confidenceBefore: 3, confidenceAfter: 6))
        try store.setSetting("region", to: "IE")
        try store.saveState(Data("{\"turn\":3}".utf8))
        return store
    }

    static func sameData(_ left: Archive, _ right: Archive) -> Bool {
        var left = left, right = right
        left.exported = right.exported
        return left == right
    }

    @Test func exportThenImportGivesTheSameData() throws {
        let original = try Self.filledStore().exportArchive(at: TestClock.date("2025-06-08"))
        let data = try original.encoded()
        let copy = try Store.inMemory()
        let summary = try copy.importArchive(try Archive.decode(data))
        #expect(summary.contactsAdded == 2)
        #expect(summary.checkInsAdded == 2)
        #expect(summary.reasonsAdded == 1)
        #expect(summary.practiceSessionsAdded == 1)
        #expect(summary.conversationRestored)
        #expect(Self.sameData(try copy.exportArchive(), original))
        #expect(try Archive.decode(data) == original)
    }

    @Test func importingTwiceAddsNothingTheSecondTime() throws {
        let archive = try Self.filledStore().exportArchive()
        let copy = try Store.inMemory()
        try copy.importArchive(archive)
        let second = try copy.importArchive(archive)
        #expect(second.contactsAdded + second.checkInsAdded + second.reasonsAdded + second.practiceSessionsAdded == 0)
        #expect(second.alreadyThere == 6)
        #expect(second.description.hasPrefix("Nothing new to import."))
        #expect(try copy.contacts().count == 2)
        #expect(try copy.checkIns().count == 2)
        #expect(Self.sameData(try copy.exportArchive(), archive))
    }

    @Test func importingIntoAnExistingStoreKeepsWhatIsThere() throws {
        let archive = try Self.filledStore().exportArchive()
        let store = try Store.inMemory()
        try store.addContact(SupportContact(name: "sam", reach: "mine"))
        try store.setSetting("region", to: "UK")
        try store.saveState(Data("{\"turn\":9}".utf8))
        let summary = try store.importArchive(archive)
        #expect(summary.contactsAdded == 1)
        #expect(try store.contact(named: "Sam")?.reach == "mine")
        #expect(try store.setting("region") == "UK")
        #expect(try store.loadState() == Data("{\"turn\":9}".utf8))
        #expect(try store.checkIns().count == 2)
    }

    @Test func aLaterLastContactedDateIsTakenOnImport() throws {
        let store = try Self.filledStore()
        var archive = try store.exportArchive()
        archive.contacts[1].lastContacted = TestClock.date("2025-07-01")
        try store.importArchive(archive)
        #expect(try store.contact(named: archive.contacts[1].name)?.lastContacted == TestClock.date("2025-07-01"))
    }

    @Test func aBadRecordImportsNothing() throws {
        var archive = try Self.filledStore().exportArchive()
        archive.checkIns[0].intensityAfter = 42
        let store = try Store.inMemory()
        #expect(throws: StoreError.checkIn(.intensityOutOfRange(42))) { try store.importArchive(archive) }
        #expect(try store.exportArchive().contacts.isEmpty)
    }

    @Test(arguments: [
        ("not json", StoreError.badArchive("it isn't JSON")),
        ("{\"format\": \"other\", \"version\": 1}", .badArchive("it has no \"format\": \"steady-export\"")),
        ("{\"format\": \"steady-export\", \"version\": 2}", .newerArchive(version: 2)),
    ])
    func unreadableArchivesAreRefused(text: String, expected: StoreError) {
        #expect(throws: expected) { try Archive.decode(Data(text.utf8)) }
    }

    @Test func aMalformedContactInAnArchiveIsNamed() {
        let text = """
            {"format": "steady-export", "version": 1,
             "contacts": [{"id": "00000000-0000-0000-0000-000000000001", "name": "Sam", "reach": "", "notes": "",
                           "supports": ["emotional"], "availability": "tomorrow"}]}
            """
        #expect {
            try Archive.decode(Data(text.utf8))
        } throws: { error in
            guard case .badArchive(let detail) = error as? StoreError else { return false }
            return detail.contains("contacts") && detail.contains("tomorrow")
        }
    }
}
