import Foundation
import GRDB
import SteadyCore
import SteadyTestSupport
@testable import SteadyStore
import Testing

struct MigrationTests {
    static let tablesAfter: [(String, [String])] = [
        (StoreMigrations.v1, ["checkins", "contacts", "reasons"]),
        (StoreMigrations.v2, ["checkins", "contacts", "conversation_state", "practice_sessions", "reasons", "settings"]),
        (StoreMigrations.v3, ["checkins", "contacts", "conversation_state", "practice_sessions", "reasons", "settings"]),
        (StoreMigrations.v4, ["checkins", "contacts", "conversation_state", "practice_sessions", "reasons", "safety_plan", "settings"]),
        (StoreMigrations.v5, ["checkins", "contacts", "conversation_state", "practice_sessions", "reasons", "safety_plan", "settings"]),
    ]

    @Test func aVersion4CheckInKeepsItsDataAndCanCarryANote() throws {
        let queue = try DatabaseQueue()
        try StoreMigrations.migrator.migrate(queue, upTo: StoreMigrations.v4)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO checkins (id, time, topic, coping) VALUES (?, ?, 'craving', 'urge-surfing')",
                           arguments: [UUID().uuidString, TestClock.date("2025-05-01")])
        }
        let store = try Store(queue: queue, path: nil)
        let old = try #require(try store.checkIns().first)
        #expect(old.coping == "urge-surfing")
        #expect(old.note == nil)
        try store.record(CheckIn(time: TestClock.date("2025-05-02"), topic: "tools", coping: "cost-benefit",
                                 note: "Using: a break from it all\nStopping: my kids trust me"))
        #expect(try store.checkIns().contains { $0.note == "Using: a break from it all\nStopping: my kids trust me" })
    }

    @Test func aVersion2PracticeSessionKeepsItsDataAndGainsAnOutcome() throws {
        let queue = try DatabaseQueue()
        try StoreMigrations.migrator.migrate(queue, upTo: StoreMigrations.v2)
        let id = UUID()
        try queue.write { db in
            try db.execute(sql: "INSERT INTO practice_sessions (id, time, scenario) VALUES (?, ?, 'long-silence')",
                           arguments: [id.uuidString, TestClock.date("2025-05-01")])
        }
        let store = try Store(queue: queue, path: nil)
        #expect(try store.practiceSessions().map(\.scenario) == ["long-silence"])
        #expect(try store.practiceSessions().first?.reachedOut == nil)
        try store.record(PracticeSession(time: TestClock.date("2025-05-02"), scenario: "saying-no", response: "busy", reachedOut: true))
        #expect(try store.practiceSessions().last?.response == "busy")
        #expect(try store.practiceSessions().last?.reachedOut == true)
    }

    static func tables(_ queue: DatabaseQueue) throws -> [String] {
        try queue.read { db in
            try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                AND name != 'grdb_migrations' ORDER BY name
                """)
        }
    }

    @Test func everyMigrationIsTested() {
        #expect(StoreMigrations.migrator.migrations == Self.tablesAfter.map(\.0))
    }

    @Test(arguments: tablesAfter)
    func eachMigrationAppliesToAnEmptyDatabase(migration: String, tables: [String]) throws {
        let queue = try DatabaseQueue()
        try StoreMigrations.migrator.migrate(queue, upTo: migration)
        #expect(try Self.tables(queue) == tables)
        let applied = try queue.read { db in try StoreMigrations.migrator.appliedMigrations(db) }
        #expect(applied.last == migration)
    }

    @Test func aVersion1DatabaseIsUpgradedKeepingItsData() throws {
        let queue = try DatabaseQueue()
        try StoreMigrations.migrator.migrate(queue, upTo: StoreMigrations.v1)
        let id = UUID()
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO contacts (id, name, reach, supports, availability, created)
                VALUES (?, 'Sam', 'text', 'emotional', 'weekends', ?)
                """, arguments: [id.uuidString, TestClock.date("2025-05-01")])
            try db.execute(sql: "INSERT INTO reasons (id, text, created) VALUES (?, 'for my kids', ?)",
                           arguments: [UUID().uuidString, TestClock.date("2025-05-01")])
        }
        let store = try Store(queue: queue, path: nil)
        #expect(try store.appliedMigrations() == StoreMigrations.migrator.migrations)
        let contacts = try store.contacts()
        #expect(contacts.map(\.id) == [id])
        #expect(contacts.first?.supports == [.emotional])
        #expect(contacts.first?.availability.description == "weekends")
        #expect(try store.reasons().map(\.text) == ["for my kids"])
        try store.saveState(Data("{}".utf8))
        #expect(try store.loadState() == Data("{}".utf8))
    }

    @Test func reopeningAnUpToDateDatabaseChangesNothing() throws {
        let queue = try DatabaseQueue()
        _ = try Store(queue: queue, path: nil)
        _ = try Store(queue: queue, path: nil)
        let applied = try queue.read { db in try StoreMigrations.migrator.appliedMigrations(db) }
        #expect(applied == StoreMigrations.migrator.migrations)
    }

    @Test func aDatabaseFromANewerSteadyIsRefusedAndLeftAlone() throws {
        let queue = try DatabaseQueue()
        try StoreMigrations.migrator.migrate(queue, upTo: StoreMigrations.v1)
        try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-future')") }
        #expect(throws: StoreError.newerVersion(path: "(in memory)", unknownMigrations: ["v9-future"])) {
            try Store(queue: queue, path: nil)
        }
        #expect(try Self.tables(queue) == ["checkins", "contacts", "reasons"])
    }

    @Test func aDatabaseThatIsNotSteadysIsRefused() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in try db.execute(sql: "CREATE TABLE invoices (id INTEGER PRIMARY KEY)") }
        #expect(throws: StoreError.notSteady(path: "(in memory)")) { try Store(queue: queue, path: nil) }
        #expect(try Self.tables(queue) == ["invoices"])
    }
}

/// The time a conversation was saved is kept as GRDB keeps any date, though SQLite writes it.
struct SavedStateTimeTests {
    @Test func theSavedTimeReadsBackAsTheDateItWas() throws {
        let store = try Store.inMemory()
        let when = Date(timeIntervalSince1970: 1_795_000_000.25)
        try store.saveState(Data("{}".utf8), at: when)
        let (text, date) = try store.read { db in
            (try String.fetchOne(db, sql: "SELECT saved FROM conversation_state"),
             try Date.fetchOne(db, sql: "SELECT saved FROM conversation_state"))
        }
        #expect(text == "2026-11-18 11:06:40.250")
        #expect(text == when.databaseValue.storage.value as? String)
        #expect(date.map { abs($0.timeIntervalSince(when)) < 0.001 } == true)
    }

    @Test func timesAreWrittenExactlyAsGRDBWritesThem() {
        var random = SeededRandom(seed: 11)
        var differ: [String] = []
        for _ in 0..<5_000 {
            let when = Date(timeIntervalSince1970: Double(random.next() % 4_000_000_000_000) / 1000 + Double(random.next() % 1000) / 1e6)
            let ours = Store.utcText(when)
            let theirs = when.databaseValue.storage.value as? String
            if ours != theirs { differ.append("\(when.timeIntervalSince1970): \(ours) vs \(theirs ?? "nil")") }
        }
        #expect(differ.isEmpty, "\(differ.count) differ: \(differ.prefix(3))")
    }
}
