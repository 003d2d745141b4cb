import Foundation
import GRDB
import SteadyCore

extension SupportContact {
    /// A contact from a row of the `contacts` table.
    init(row: Row) throws {
        let idText: String = row["id"]
        guard let id = UUID(uuidString: idText) else {
            throw StoreError.database("a contact has an unreadable id (\(idText))")
        }
        let relationship: String? = row["relationship"]
        let supports: String = row["supports"]
        let availability: String = row["availability"]
        self.init(
            id: id, name: row["name"], reach: row["reach"],
            relationship: relationship.flatMap(Relationship.init(rawValue:)),
            supports: Set(supports.split(separator: ",").compactMap { SupportKind(rawValue: String($0)) }),
            availability: (try? Availability(parsing: availability)) ?? .unstated,
            notes: row["notes"], lastContacted: row["lastContacted"])
    }

    /// The values for `Store.contactColumns`, in that order.
    var columnValues: [(any DatabaseValueConvertible)?] {
        [
            id.uuidString, name, reach, relationship?.rawValue,
            supports.sorted().map(\.rawValue).joined(separator: ","),
            availability.description, notes, lastContacted,
        ]
    }
}
