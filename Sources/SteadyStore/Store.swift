import Foundation
import GRDB
import SteadyCore

/// The person's own data in one SQLite file: support contacts, check-ins, reasons, practice
/// sessions, the saved conversation and settings.
///
/// Every change is its own transaction in a write-ahead log, so a crash or a kill loses at
/// most the change in flight. A damaged file, or one from a newer Steady, is reported and
/// never changed.
public final class Store: Sendable {
    let queue: DatabaseQueue
    /// The database file; nil in memory.
    public let path: String?

    /// Closes the database, folding the write-ahead log back into the file, as happens when
    /// the store is freed. For a process that ends without freeing everything.
    public func close() {
        try? queue.close()
    }

    /// How long to wait for another Steady process that is writing.
    public static let busyTimeout: TimeInterval = 5

    /// Opens (or creates) the database in the data folder, making the folder private first.
    public convenience init(folder: DataFolder) throws(StoreError) {
        do {
            try folder.prepare()
        } catch {
            throw .folder(error)
        }
        try self.init(path: folder.databasePath)
    }

    /// Opens (or creates) the database file at `path`, readable by its owner alone.
    public convenience init(path: String) throws(StoreError) {
        let known = Set(StoreMigrations.migrator.migrations)
        try DatabaseFileCheck.inspect(path: path, knownMigrations: known)
        if !FileManager.default.fileExists(atPath: path) {
            let descriptor = open(path, O_CREAT | O_EXCL | O_WRONLY, 0o600)
            if descriptor >= 0 { Glibc.close(descriptor) }
        }
        var configuration = Configuration()
        configuration.journalMode = .wal
        configuration.busyMode = .timeout(Self.busyTimeout)
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
        } catch {
            throw StoreError(error, path: path)
        }
        try self.init(queue: queue, path: path)
        for file in [path, path + "-wal", path + "-shm"] where FileManager.default.fileExists(atPath: file) {
            chmod(file, 0o600)
        }
    }

    /// A database that lives in memory only, with the real migrations; for tests and trials.
    public static func inMemory() throws(StoreError) -> Store {
        do {
            return try Store(queue: DatabaseQueue(), path: nil)
        } catch {
            throw StoreError(error, path: nil)
        }
    }

    /// Checks the database and brings its schema up to date.
    init(queue: DatabaseQueue, path: String?) throws(StoreError) {
        self.queue = queue
        self.path = path
        let migrator = StoreMigrations.migrator
        let known = Set(migrator.migrations)
        do {
            try queue.read { db in
                try DatabaseFileCheck.check(db, path: path ?? "(in memory)", knownMigrations: known, full: false)
            }
            try migrator.migrate(queue)
        } catch {
            throw StoreError(error, path: path)
        }
    }

    /// The migrations applied, oldest first.
    public func appliedMigrations() throws(StoreError) -> [String] {
        try read { db in try StoreMigrations.migrator.appliedMigrations(db) }
    }

    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try queue.read(body)
        } catch {
            throw StoreError(error, path: path)
        }
    }

    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try queue.write(body)
        } catch {
            throw StoreError(error, path: path)
        }
    }
}
