import Foundation
import GRDB
import SteadyCore

extension PracticeSession {
    /// A practice session from a row of the `practice_sessions` table.
    init(row: Row) throws {
        let idText: String = row["id"]
        guard let id = UUID(uuidString: idText) else {
            throw StoreError.database("a practice session has an unreadable id (\(idText))")
        }
        self.init(id: id, time: row["time"], scenario: row["scenario"], contact: row["contact"],
                  confidenceBefore: row["confidenceBefore"], confidenceAfter: row["confidenceAfter"],
                  response: row["response"], reachedOut: row["reachedOut"])
    }

    /// Inserts the session unless its id is taken; true when it was inserted.
    @discardableResult
    func insert(in db: Database) throws -> Bool {
        try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO practice_sessions
                (id, time, scenario, contact, confidenceBefore, confidenceAfter, response, reachedOut)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [id.uuidString, time, scenario, contact, confidenceBefore, confidenceAfter,
                                     response, reachedOut])
        return db.changesCount > 0
    }
}
