import Foundation
import GRDB
import SteadyCore

extension Store {
    /// All support contacts, by name.
    public func contacts() throws(StoreError) -> [SupportContact] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM contacts ORDER BY name COLLATE NOCASE").map(SupportContact.init(row:))
        }
    }

    /// The contact with this name, ignoring case; nil when there is none.
    public func contact(named name: String) throws(StoreError) -> SupportContact? {
        try read { db in try Self.contact(named: name, in: db) }
    }

    /// The contact tidied, or the reason it cannot be kept as a store error.
    static func validated(_ contact: SupportContact) throws(StoreError) -> SupportContact {
        do {
            return try contact.validated()
        } catch {
            throw .contact(error)
        }
    }

    /// Adds a new contact; their name must not be taken.
    @discardableResult
    public func addContact(_ contact: SupportContact, at now: Date = Date()) throws(StoreError) -> SupportContact {
        let valid = try Self.validated(contact)
        return try write { db in
            if let existing = try Self.contact(named: valid.name, in: db) {
                throw ContactError.alreadyExists(existing.name)
            }
            try Self.insert(valid, created: now, in: db)
            return valid
        }
    }

    /// Changes the contact called `name` in one step; nothing changes when `change` or validation throws.
    @discardableResult
    public func editContact(
        named name: String, _ change: (inout SupportContact) throws(ContactError) -> Void
    ) throws(StoreError) -> SupportContact {
        try write { db in
            guard var contact = try Self.contact(named: name, in: db) else { throw ContactError.notFound(name) }
            try change(&contact)
            contact = try contact.validated()
            if let other = try Self.contact(named: contact.name, in: db), other.id != contact.id {
                throw ContactError.alreadyExists(other.name)
            }
            try Self.update(contact, in: db)
            return contact
        }
    }

    /// Adds the contact, or replaces the one with the same name (as from a chat).
    @discardableResult
    public func saveContact(_ contact: SupportContact, at now: Date = Date()) throws(StoreError) -> SupportContact {
        let valid = try Self.validated(contact)
        return try write { db in
            if var existing = try Self.contact(named: valid.name, in: db) {
                let id = existing.id
                existing = valid
                existing.id = id
                try Self.update(existing, in: db)
                return existing
            }
            try Self.insert(valid, created: now, in: db)
            return valid
        }
    }

    /// Removes the contact called `name`, ignoring case, and returns it.
    @discardableResult
    public func removeContact(named name: String) throws(StoreError) -> SupportContact {
        try write { db in
            guard let contact = try Self.contact(named: name, in: db) else { throw ContactError.notFound(name) }
            try db.execute(sql: "DELETE FROM contacts WHERE id = ?", arguments: [contact.id.uuidString])
            return contact
        }
    }

    /// Notes that the person reached out to `name` at `date`; an earlier date never replaces a later one.
    public func markContacted(name: String, at date: Date) throws(StoreError) {
        try write { db in
            guard try Self.markContacted(name: name, at: date, in: db) else { throw ContactError.notFound(name) }
        }
    }

    /// Contacts for a moment of need, best first (see `SuggestionRanker`), at most `limit`.
    public func suggest(
        support: SupportKind?, now: Date, calendar: Calendar = .current, limit: Int = 2
    ) throws(StoreError) -> [SupportContact] {
        try suggestions(support: support, now: now, calendar: calendar, limit: limit).map(\.contact)
    }

    /// Like `suggest`, with whether each gives that support and is around now.
    public func suggestions(
        support: SupportKind?, now: Date, calendar: Calendar = .current, limit: Int = 2
    ) throws(StoreError) -> [SuggestionRanker.Suggestion] {
        let ranked = SuggestionRanker(calendar: calendar).rank(try contacts(), support: support, at: now)
        return Array(ranked.prefix(max(0, limit)))
    }

    static func contact(named name: String, in db: Database) throws -> SupportContact? {
        let tidy = name.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return try Row.fetchOne(db, sql: "SELECT * FROM contacts WHERE name = ? COLLATE NOCASE", arguments: [tidy])
            .map(SupportContact.init(row:))
    }

    static let contactColumns = ["id", "name", "reach", "relationship", "supports", "availability", "notes",
                                 "lastContacted"]

    /// Inserts the contact unless its id or name is taken; true when it was inserted.
    @discardableResult
    static func insert(_ contact: SupportContact, created: Date, orIgnore: Bool = false, in db: Database) throws -> Bool {
        let names = contactColumns + ["created"]
        let placeholders = Array(repeating: "?", count: names.count).joined(separator: ", ")
        let arguments = StatementArguments(contact.columnValues + [created])
        try db.execute(sql: """
            INSERT \(orIgnore ? "OR IGNORE " : "")INTO contacts (\(names.joined(separator: ", "))) VALUES (\(placeholders))
            """, arguments: arguments)
        return db.changesCount > 0
    }

    static func update(_ contact: SupportContact, in db: Database) throws {
        let assignments = contactColumns.dropFirst().map { "\($0) = ?" }.joined(separator: ", ")
        let arguments = StatementArguments(Array(contact.columnValues.dropFirst()) + [contact.id.uuidString])
        try db.execute(sql: "UPDATE contacts SET \(assignments) WHERE id = ?", arguments: arguments)
    }

    /// True when a contact of that name exists.
    static func markContacted(name: String, at date: Date, in db: Database) throws -> Bool {
        guard let contact = try contact(named: name, in: db) else { return false }
        try db.execute(sql: """
            UPDATE contacts SET lastContacted = ? WHERE id = ? AND (lastContacted IS NULL OR lastContacted < ?)
            """, arguments: [date, contact.id.uuidString, date])
        return true
    }
}
