import Foundation
import GRDB
import SteadyCore

extension Reason {
    /// A reason from a row of the `reasons` table.
    init(row: Row) throws {
        let idText: String = row["id"]
        guard let id = UUID(uuidString: idText) else {
            throw StoreError.database("a reason has an unreadable id (\(idText))")
        }
        self.init(id: id, text: row["text"], created: row["created"])
    }

    /// Inserts the reason unless its id is taken; true when it was inserted.
    @discardableResult
    func insert(in db: Database) throws -> Bool {
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO reasons (id, text, created) VALUES (?, ?, ?)")
            .execute(arguments: [id.uuidString, text, created])
        return db.changesCount > 0
    }
}
