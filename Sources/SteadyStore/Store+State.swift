import Foundation
import GRDB

extension Store {
    /// Keeps the conversation state (the engine's JSON), replacing the last one.
    ///
    /// This runs after every turn. The time is written out here, in the format GRDB gives dates:
    /// GRDB's own formatter loads the system's calendar data on first use, which takes longer
    /// than the rest of a turn.
    public func saveState(_ data: Data, at now: Date = Date()) throws(StoreError) {
        try write { db in
            try db.execute(sql: """
                INSERT INTO conversation_state (id, state, saved) VALUES (1, ?, ?)
                ON CONFLICT(id) DO UPDATE SET state = excluded.state, saved = excluded.saved
                """, arguments: [data, Self.utcText(now)])
        }
    }

    /// A time as "yyyy-MM-dd HH:mm:ss.SSS" in UTC, the text GRDB stores a `Date` as, worked out
    /// with the C library rather than a formatter.
    static func utcText(_ date: Date) -> String {
        // To the nearest millisecond, as GRDB's formatter rounds.
        let total = Int64((date.timeIntervalSince1970 * 1000).rounded())
        let milliseconds = Int(((total % 1000) + 1000) % 1000)
        var seconds = time_t((total - Int64(milliseconds)) / 1000)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func padded(_ number: Int, _ width: Int) -> String {
            let digits = String(number)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return padded(Int(parts.tm_year) + 1900, 4) + "-" + padded(Int(parts.tm_mon) + 1, 2) + "-" + padded(Int(parts.tm_mday), 2)
            + " " + padded(Int(parts.tm_hour), 2) + ":" + padded(Int(parts.tm_min), 2) + ":" + padded(Int(parts.tm_sec), 2)
            + "." + padded(milliseconds, 3)
    }

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
