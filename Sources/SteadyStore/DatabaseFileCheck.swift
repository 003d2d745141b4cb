import Foundation
import GRDB

/// Looks at an existing data file without changing it, before Steady opens it for writing.
enum DatabaseFileCheck {
    static let sqliteHeader = Data("SQLite format 3\u{0}".utf8)

    /// Throws when the file is damaged, unreadable, not Steady's, or from a newer Steady.
    ///
    /// A missing or empty file passes: it becomes a new database.
    static func inspect(path: String, knownMigrations: Set<String>) throws(StoreError) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return }
        guard !isDirectory.boolValue else {
            throw .unreadable(path: path, reason: "it is a folder, not a file")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .unreadable(path: path, reason: "Steady isn't allowed to read it")
        }
        let header: Data
        do {
            header = try handle.read(upToCount: sqliteHeader.count) ?? Data()
            try handle.close()
        } catch {
            throw .unreadable(path: path, reason: (error as NSError).localizedDescription)
        }
        if header.isEmpty { return }
        guard header == sqliteHeader else {
            throw .corrupt(path: path, detail: "it doesn't start like a SQLite database")
        }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(5)
        let probe: DatabaseQueue
        do {
            probe = try DatabaseQueue(path: path, configuration: configuration)
        } catch let error as DatabaseError where [.SQLITE_CORRUPT, .SQLITE_NOTADB].contains(error.resultCode) {
            throw .corrupt(path: path, detail: error.message ?? "\(error.resultCode)")
        } catch {
            // A read-only look is not always possible (say, a write-ahead log left by a
            // killed process); opening for writing checks the same things.
            return
        }
        do {
            try probe.read { db in try check(db, path: path, knownMigrations: knownMigrations, full: true) }
        } catch {
            throw StoreError(error, path: path)
        }
    }

    /// Throws when the open database is damaged, not Steady's, or has migrations this Steady doesn't know.
    static func check(_ db: Database, path: String, knownMigrations: Set<String>, full: Bool) throws {
        if full {
            let findings = try String.fetchAll(db, sql: "PRAGMA quick_check")
            guard findings == ["ok"] else {
                throw StoreError.corrupt(path: path, detail: findings.prefix(2).joined(separator: "; "))
            }
        }
        guard try db.tableExists("grdb_migrations") else {
            let tables = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                """) ?? 0
            if tables > 0 { throw StoreError.notSteady(path: path) }
            return
        }
        let applied = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
        let unknown = applied.filter { !knownMigrations.contains($0) }
        if !unknown.isEmpty { throw StoreError.newerVersion(path: path, unknownMigrations: unknown) }
    }
}
