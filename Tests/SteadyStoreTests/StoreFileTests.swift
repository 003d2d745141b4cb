import Foundation
import GRDB
import SteadyCore
import SteadyTestSupport
import SteadyStore
import Testing

struct StoreFileTests {
    static func mode(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return try #require(attributes[.posixPermissions] as? Int)
    }

    @Test func createsAPrivateFolderAndFile() throws {
        let root = TestClock.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let folder = DataFolder(path: root + "/data")
        let store = try Store(folder: folder)
        try store.addContact(SupportContact(name: "Sam"))
        #expect(try Self.mode(folder.path) == 0o700)
        #expect(try Self.mode(folder.databasePath) == 0o600)
        #expect(try Store(folder: folder).contacts().map(\.name) == ["Sam"])
    }

    @Test func usesAWriteAheadLog() throws {
        let root = TestClock.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let folder = DataFolder(path: root)
        let store = try Store(folder: folder)
        try store.addReason("to feel well")
        #expect(FileManager.default.fileExists(atPath: folder.databasePath + "-wal"))
        #expect(try Self.mode(folder.databasePath + "-wal") == 0o600)
    }

    @Test(arguments: [
        Data("this is not a database at all, just some words\n".utf8),
        Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) }),
        Data("SQLite format 3\u{0}".utf8) + Data(repeating: 0xAB, count: 8192),
    ])
    func aCorruptFileIsReportedAndLeftByteForByte(garbage: Data) throws {
        let root = TestClock.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let folder = DataFolder(path: root)
        try garbage.write(to: URL(fileURLWithPath: folder.databasePath))
        #expect {
            try Store(folder: folder)
        } throws: { error in
            guard case .corrupt(let path, _) = error as? StoreError else { return false }
            return path == folder.databasePath && (error as? StoreError)?.description.contains("has not changed it") == true
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.databasePath)) == garbage)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["steady.sqlite"])
    }

    @Test func aFileFromANewerSteadyIsLeftByteForByte() throws {
        let root = TestClock.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let folder = DataFolder(path: root)
        do {
            let store = try Store(folder: folder)
            try store.addContact(SupportContact(name: "Sam"))
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: folder.databasePath))
        do {
            let queue = try DatabaseQueue(path: folder.databasePath)
            try queue.write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-future')")
            }
            try queue.close()
        }
        let marked = try Data(contentsOf: URL(fileURLWithPath: folder.databasePath))
        #expect(marked != before)
        #expect {
            try Store(folder: folder)
        } throws: { error in
            guard case .newerVersion(_, let unknown) = error as? StoreError else { return false }
            return unknown == ["v99-future"]
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder.databasePath)) == marked)
    }

    @Test func aFolderWhereTheFileShouldBeIsReported() throws {
        let root = TestClock.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let folder = DataFolder(path: root)
        try FileManager.default.createDirectory(atPath: folder.databasePath, withIntermediateDirectories: true)
        #expect(throws: StoreError.unreadable(path: folder.databasePath, reason: "it is a folder, not a file")) {
            try Store(folder: folder)
        }
    }

    @Test func aDataFolderThatIsAFileIsReported() throws {
        let root = TestClock.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try Data("x".utf8).write(to: URL(fileURLWithPath: root + "/file"))
        #expect(throws: StoreError.folder(.notAFolder(root + "/file"))) {
            try Store(folder: DataFolder(path: root + "/file"))
        }
    }

    @Test func aFolderThatCannotBeMadeIsReportedInOneSentence() {
        do {
            try DataFolder(path: "/proc/steady-cannot-be-here/data").prepare()
            Issue.record("a folder was made under /proc")
        } catch {
            #expect(error.description.hasPrefix("Steady can't create its data folder /proc/steady-cannot-be-here/data: "))
            #expect(!error.description.hasSuffix("."), "the caller adds the full stop: \(error.description)")
        }
    }
}
