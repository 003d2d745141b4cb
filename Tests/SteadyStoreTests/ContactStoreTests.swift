import Foundation
import SteadyCore
import SteadyTestSupport
import SteadyStore
import Testing

struct ContactStoreTests {
    static func storeWithSam() throws -> Store {
        let store = try Store.inMemory()
        try store.addContact(SupportContact(
            name: "Sam", reach: "555 0100", relationship: .sponsor, supports: [.emotional, .practical],
            availability: try Availability(parsing: "weekdays 18:00-22:00"), notes: "calls back"))
        return store
    }

    @Test func addsListsEditsAndRemoves() throws {
        let store = try Self.storeWithSam()
        try store.addContact(SupportContact(name: "  Alex   Doe ", supports: [.information]))
        #expect(try store.contacts().map(\.name) == ["Alex Doe", "Sam"])

        let sam = try #require(try store.contact(named: "sam"))
        #expect(sam.reach == "555 0100")
        #expect(sam.relationship == .sponsor)
        #expect(sam.availability.description == "weekdays 18:00-22:00")

        let edited = try store.editContact(named: "SAM") { contact in
            contact.reach = "text"
            contact.name = "Samantha"
        }
        #expect(edited.id == sam.id)
        #expect(try store.contact(named: "Samantha")?.reach == "text")
        #expect(try store.contact(named: "Sam") == nil)

        try store.removeContact(named: "alex doe")
        #expect(try store.contacts().map(\.name) == ["Samantha"])
    }

    @Test(arguments: [
        ("", ContactError.emptyName),
        ("   ", ContactError.emptyName),
        (String(repeating: "x", count: 81), ContactError.nameTooLong(80)),
        ("sam", ContactError.alreadyExists("Sam")),
    ])
    func badNamesAreRefusedWithNoChange(name: String, expected: ContactError) throws {
        let store = try Self.storeWithSam()
        let before = try store.contacts()
        #expect(throws: StoreError.contact(expected)) { try store.addContact(SupportContact(name: name)) }
        #expect(try store.contacts() == before)
        #expect(!expected.description.isEmpty)
    }

    @Test(arguments: [
        ("hugs", ContactError.unknownSupport("hugs")),
        ("emotional,moral", ContactError.unknownSupport("moral")),
        ("", ContactError.unknownSupport("")),
    ])
    func unknownKindsOfSupportAreRefused(text: String, expected: ContactError) {
        #expect(throws: expected) { try SupportKind.parseList(text) }
    }

    @Test func aFailedEditChangesNothing() throws {
        let store = try Self.storeWithSam()
        try store.addContact(SupportContact(name: "Pat"))
        let before = try store.contacts()
        #expect(throws: StoreError.contact(.availability(.unknownWord("tomorrow")))) {
            try store.editContact(named: "Sam") { contact throws(ContactError) in
                contact.reach = "changed"
                do throws(Availability.ParseError) {
                    contact.availability = try Availability(parsing: "tomorrow")
                } catch {
                    throw .availability(error)
                }
            }
        }
        #expect(throws: StoreError.contact(.emptyName)) {
            try store.editContact(named: "Sam") { $0.name = " " }
        }
        #expect(throws: StoreError.contact(.alreadyExists("Pat"))) {
            try store.editContact(named: "Sam") { $0.name = "pat" }
        }
        #expect(throws: StoreError.contact(.notFound("Nobody"))) {
            try store.editContact(named: "Nobody") { $0.reach = "x" }
        }
        #expect(throws: StoreError.contact(.notFound("Nobody"))) { try store.removeContact(named: "Nobody") }
        #expect(try store.contacts() == before)
    }

    @Test func markContactedKeepsTheLatestDate() throws {
        let store = try Self.storeWithSam()
        try store.markContacted(name: "Sam", at: TestClock.date("2025-06-02 10:00"))
        try store.markContacted(name: "sam", at: TestClock.date("2025-05-01 10:00"))
        #expect(try store.contact(named: "Sam")?.lastContacted == TestClock.date("2025-06-02 10:00"))
        #expect(throws: StoreError.contact(.notFound("Kim"))) {
            try store.markContacted(name: "Kim", at: TestClock.date("2025-06-02 10:00"))
        }
    }

    @Test func saveContactAddsOrReplacesByName() throws {
        let store = try Self.storeWithSam()
        let id = try #require(try store.contact(named: "Sam")?.id)
        try store.saveContact(SupportContact(name: "sam", reach: "call"))
        try store.saveContact(SupportContact(name: "Kim"))
        #expect(try store.contacts().map(\.name) == ["Kim", "sam"])
        #expect(try store.contact(named: "Sam")?.id == id)
        #expect(try store.contact(named: "Sam")?.reach == "call")
    }

    @Test(arguments: [
        ("2025-06-02 19:00", SupportKind.emotional, ["Sam", "Lee"]),
        ("2025-06-03 03:00", SupportKind.emotional, ["Lee", "Sam"]),
        ("2025-06-03 03:00", SupportKind.practical, ["Pat", "Sam"]),
    ])
    func suggestsUpToTheLimit(moment: String, kind: SupportKind, expected: [String]) throws {
        let store = try Self.storeWithSam()
        try store.addContact(SupportContact(name: "Lee", supports: [.emotional], availability: .anyTime))
        try store.addContact(SupportContact(name: "Pat", supports: [.practical], availability: .anyTime))
        try store.markContacted(name: "Lee", at: TestClock.date("2025-06-01 10:00"))
        let names = try store.suggest(support: kind, now: TestClock.date(moment), calendar: TestClock.calendar, limit: 2)
            .map(\.name)
        #expect(names == expected)
    }

    @Test func noContactsMeansNoSuggestions() throws {
        let store = try Store.inMemory()
        #expect(try store.suggest(support: .emotional, now: TestClock.date("2025-06-02 19:00")).isEmpty)
    }
}
