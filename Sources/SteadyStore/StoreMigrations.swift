import GRDB

/// The database schema, from the first version on; each step is applied once, in order.
///
/// Never change a shipped migration: add a new one.
enum StoreMigrations {
    /// Contacts, check-ins and reasons.
    static let v1 = "v1-contacts-checkins-reasons"
    /// Practice sessions, the saved conversation and settings.
    static let v2 = "v2-practice-state-settings"
    /// How the other person responded in a practice, and whether the person reached out after.
    static let v3 = "v3-practice-outcome"

    /// The safety plan.
    static let v4 = "v4-safety-plan"
    /// A note on a check-in: what the person wrote in a guided tool.
    static let v5 = "v5-checkin-note"

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration(v1) { db in
            try db.create(table: "contacts") { table in
                table.primaryKey("id", .text)
                table.column("name", .text).notNull().unique().collate(.nocase)
                table.column("reach", .text).notNull().defaults(to: "")
                table.column("relationship", .text)
                table.column("supports", .text).notNull().defaults(to: "")
                table.column("availability", .text).notNull().defaults(to: "")
                table.column("notes", .text).notNull().defaults(to: "")
                table.column("lastContacted", .datetime)
                table.column("created", .datetime).notNull()
            }
            try db.create(table: "checkins") { table in
                table.primaryKey("id", .text)
                table.column("time", .datetime).notNull().indexed()
                table.column("topic", .text)
                table.column("intensityBefore", .integer).check { $0 >= 0 && $0 <= 10 }
                table.column("intensityAfter", .integer).check { $0 >= 0 && $0 <= 10 }
                table.column("trigger", .text)
                table.column("coping", .text)
                table.column("reachedOut", .boolean).notNull().defaults(to: false)
                table.column("reachedOutTo", .text)
                table.column("lapse", .boolean).notNull().defaults(to: false)
            }
            try db.create(table: "reasons") { table in
                table.primaryKey("id", .text)
                table.column("text", .text).notNull()
                table.column("created", .datetime).notNull()
            }
        }
        migrator.registerMigration(v2) { db in
            try db.create(table: "practice_sessions") { table in
                table.primaryKey("id", .text)
                table.column("time", .datetime).notNull()
                table.column("scenario", .text).notNull()
                table.column("contact", .text)
                table.column("confidenceBefore", .integer).check { $0 >= 0 && $0 <= 10 }
                table.column("confidenceAfter", .integer).check { $0 >= 0 && $0 <= 10 }
            }
            try db.create(table: "conversation_state") { table in
                table.primaryKey("id", .integer).check { $0 == 1 }
                table.column("state", .blob).notNull()
                table.column("saved", .datetime).notNull()
            }
            try db.create(table: "settings") { table in
                table.primaryKey("key", .text)
                table.column("value", .text).notNull()
            }
        }
        migrator.registerMigration(v3) { db in
            try db.alter(table: "practice_sessions") { table in
                table.add(column: "response", .text)
                table.add(column: "reachedOut", .boolean)
            }
        }
        migrator.registerMigration(v4) { db in
            try db.create(table: "safety_plan") { table in
                table.primaryKey("id", .text)
                table.column("section", .text).notNull()
                table.column("position", .integer).notNull()
                table.column("text", .text).notNull()
                table.column("created", .datetime).notNull()
            }
            try db.create(index: "safety_plan_order", on: "safety_plan", columns: ["section", "position"])
        }
        migrator.registerMigration(v5) { db in
            try db.alter(table: "checkins") { table in table.add(column: "note", .text) }
        }
        return migrator
    }
}
