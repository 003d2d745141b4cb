import Foundation
import GRDB
import SteadyCore

extension Store {
    /// Keeps one of the person's reasons, in their words.
    @discardableResult
    public func addReason(_ text: String, at now: Date = Date()) throws(StoreError) -> Reason {
        let tidy = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !tidy.isEmpty else { throw .emptyReason }
        let reason = Reason(text: tidy, created: now)
        _ = try write { db in try reason.insert(in: db) }
        return reason
    }

    /// All reasons, oldest first.
    public func reasons() throws(StoreError) -> [Reason] {
        try read { db in try Row.fetchAll(db, sql: "SELECT * FROM reasons ORDER BY created, id").map(Reason.init(row:)) }
    }

    /// Removes a reason; true when there was one with that id.
    @discardableResult
    public func removeReason(id: UUID) throws(StoreError) -> Bool {
        try write { db in
            try db.execute(sql: "DELETE FROM reasons WHERE id = ?", arguments: [id.uuidString])
            return db.changesCount > 0
        }
    }
}
