import Foundation
import GRDB

extension Store {
    /// Keeps the conversation state (the engine's JSON), replacing the last one.
    ///
    /// This runs after every turn. SQLite writes the time, in the format GRDB gives dates:
    /// GRDB's own formatter loads the system's calendar data on first use, which takes longer
    /// than the rest of a turn.
    public func saveState(_ data: Data, at now: Date = Date()) throws(StoreError) {
        try write { db in
            try db.execute(sql: """
                INSERT INTO conversation_state (id, state, saved) VALUES (1, ?, \(Self.utcTimestamp))
                ON CONFLICT(id) DO UPDATE SET state = excluded.state, saved = excluded.saved
                """, arguments: [data, now.timeIntervalSince1970])
        }
    }

    /// SQL for a time given as seconds since 1970, as "yyyy-MM-dd HH:mm:ss.SSS" in UTC: the
    /// text GRDB stores a `Date` as.
    static let utcTimestamp = "strftime('%Y-%m-%d %H:%M:%f', ?, 'unixepoch')"

    /// The conversation state saved last; nil when there is none.
    public func loadState() throws(StoreError) -> Data? {
        try read { db in try Data.fetchOne(db, sql: "SELECT state FROM conversation_state WHERE id = 1") }
    }

    /// Forgets the saved conversation state, as when a conversation ends.
    public func clearState() throws(StoreError) {
        try write { db in try db.execute(sql: "DELETE FROM conversation_state") }
    }

    /// The value of a setting; nil when it is not set.
    public func setting(_ key: String) throws(StoreError) -> String? {
        try read { db in try String.fetchOne(db, sql: "SELECT value FROM settings WHERE key = ?", arguments: [key]) }
    }

    /// Sets a setting, or removes it when `value` is nil.
    public func setSetting(_ key: String, to value: String?) throws(StoreError) {
        try write { db in
            if let value {
                try db.execute(sql: """
                    INSERT INTO settings (key, value) VALUES (?, ?)
                    ON CONFLICT(key) DO UPDATE SET value = excluded.value
                    """, arguments: [key, value])
            } else {
                try db.execute(sql: "DELETE FROM settings WHERE key = ?", arguments: [key])
            }
        }
    }

    /// All settings.
    public func settings() throws(StoreError) -> [String: String] {
        try read { db in
            Dictionary(try Row.fetchAll(db, sql: "SELECT key, value FROM settings").map { ($0["key"], $0["value"]) },
                       uniquingKeysWith: { first, _ in first })
        }
    }
}
