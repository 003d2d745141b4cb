import Foundation
import GRDB
import SteadyCore

extension CheckIn {
    /// A check-in from a row of the `checkins` table.
    init(row: Row) throws {
        let idText: String = row["id"]
        guard let id = UUID(uuidString: idText) else {
            throw StoreError.database("a check-in has an unreadable id (\(idText))")
        }
        let trigger: String? = row["trigger"]
        self.init(
            id: id, time: row["time"], topic: row["topic"], intensityBefore: row["intensityBefore"],
            intensityAfter: row["intensityAfter"], trigger: trigger.map(Trigger.init(lenient:)),
            coping: row["coping"], reachedOut: row["reachedOut"], reachedOutTo: row["reachedOutTo"],
            lapse: row["lapse"], note: row["note"])
    }

    /// Inserts the check-in unless its id is taken; true when it was inserted.
    @discardableResult
    func insert(in db: Database) throws -> Bool {
        try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO checkins
                (id, time, topic, intensityBefore, intensityAfter, trigger, coping, reachedOut, reachedOutTo, lapse, note)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [
                id.uuidString, time, topic, intensityBefore, intensityAfter, trigger?.rawValue, coping,
                reachedOut, reachedOutTo, lapse, note,
            ])
        return db.changesCount > 0
    }
}
