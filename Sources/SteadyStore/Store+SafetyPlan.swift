import Foundation
import GRDB
import SteadyCore

extension Store {
    /// The person's safety plan.
    public func safetyPlan() throws(StoreError) -> SafetyPlan {
        try read { db in
            SafetyPlan(items: try Row.fetchAll(db, sql: "SELECT * FROM safety_plan ORDER BY position, created, id").compactMap(Self.planItem))
        }
    }

    /// Adds items to the end of a section, all at once; items already there (same words, any
    /// case) are left out. Returns what was added.
    @discardableResult
    public func addToSafetyPlan(_ texts: [String], section: SafetyPlan.Section, at now: Date = Date()) throws(StoreError) -> [SafetyPlan.Item] {
        let tidy = texts.map { String($0.trimmingCharacters(in: .whitespacesAndNewlines).prefix(SafetyPlan.maximumItemLength)) }
        guard !tidy.isEmpty, !tidy.contains(where: \.isEmpty) else { throw .emptyPlanItem }
        return try write { db in
            let existing = try String.fetchAll(db, sql: "SELECT text FROM safety_plan WHERE section = ?", arguments: [section.rawValue])
            var seen = Set(existing.map { $0.lowercased() })
            var position = try Int.fetchOne(db, sql: "SELECT MAX(position) FROM safety_plan WHERE section = ?",
                                            arguments: [section.rawValue]) ?? 0
            var added: [SafetyPlan.Item] = []
            for text in tidy where seen.insert(text.lowercased()).inserted && existing.count + added.count < SafetyPlan.maximumItemsPerSection {
                position += 1
                let item = SafetyPlan.Item(section: section, text: text, position: position, created: now)
                try Self.insertPlanItem(item, in: db)
                added.append(item)
            }
            return added
        }
    }

    /// Removes the item numbered `number` (from 1) in a section.
    @discardableResult
    public func removeFromSafetyPlan(section: SafetyPlan.Section, number: Int) throws(StoreError) -> SafetyPlan.Item {
        try write { db in
            let items = try Row.fetchAll(db, sql: "SELECT * FROM safety_plan WHERE section = ? ORDER BY position, created, id",
                                         arguments: [section.rawValue]).compactMap(Self.planItem)
            guard number >= 1, number <= items.count else {
                throw StoreError.noPlanItem(section: section.rawValue, number: number, count: items.count)
            }
            let item = items[number - 1]
            try db.execute(sql: "DELETE FROM safety_plan WHERE id = ?", arguments: [item.id.uuidString])
            return item
        }
    }

    /// Empties the safety plan; returns how many items there were.
    @discardableResult
    public func clearSafetyPlan() throws(StoreError) -> Int {
        try write { db in
            try db.execute(sql: "DELETE FROM safety_plan")
            return db.changesCount
        }
    }

    /// Inserts an item unless its id is taken; true when it was inserted.
    @discardableResult
    static func insertPlanItem(_ item: SafetyPlan.Item, in db: Database) throws -> Bool {
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO safety_plan (id, section, position, text, created) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [item.id.uuidString, item.section.rawValue, item.position, item.text, item.created])
        return db.changesCount > 0
    }

    /// An item from a row; nil for a row this version cannot read (an unknown section), which is kept.
    static func planItem(_ row: Row) -> SafetyPlan.Item? {
        guard let id = UUID(uuidString: row["id"]), let section = SafetyPlan.Section(rawValue: row["section"]) else { return nil }
        return SafetyPlan.Item(id: id, section: section, text: row["text"], position: row["position"], created: row["created"])
    }
}
