import Foundation
import GRDB

extension Store {
    /// Keeps the conversation state (the engine's JSON), replacing the last one.
    public func saveState(_ data: Data, at now: Date = Date()) throws(StoreError) {
        try write { db in
            try db.execute(sql: """
                INSERT INTO conversation_state (id, state, saved) VALUES (1, ?, ?)
                ON CONFLICT(id) DO UPDATE SET state = excluded.state, saved = excluded.saved
                """, arguments: [data, now])
        }
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
