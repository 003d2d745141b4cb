import Foundation

/// The folder where Steady keeps a person's data, readable by them alone (mode 0700).
public struct DataFolder: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    /// Why the data folder cannot be used.
    public enum Problem: Error, Equatable, CustomStringConvertible {
        case cannotCreate(String, String)
        case notAFolder(String)

        public var description: String {
            switch self {
            // The reason is the system's sentence; its full stop is left to the caller's.
            case .cannotCreate(let path, let reason):
                "Steady can't create its data folder \(path): \(reason.hasSuffix(".") ? String(reason.dropLast()) : reason)"
            case .notAFolder(let path): "\(path) is a file, not a folder"
            }
        }
    }

    /// Creates the folder if needed and makes it private.
    public func prepare() throws(Problem) {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        if fileManager.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw .notAFolder(path) }
        } else {
            do {
                try fileManager.createDirectory(atPath: path, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
            } catch {
                throw .cannotCreate(path, (error as NSError).localizedDescription)
            }
        }
        chmod(path, 0o700)
    }

    /// Why nothing can be written in the folder just now (read-only, or the disk is full), or nil.
    public var writeProblem: String? {
        if access(path, W_OK) != 0 {
            return errno == EROFS ? "The data folder \(path) is on a read-only disk." : "Steady isn't allowed to write in \(path)."
        }
        var stats = statvfs()
        if statvfs(path, &stats) == 0, stats.f_bavail == 0 {
            return "The disk that holds \(path) is full."
        }
        return nil
    }

    /// The readline history file.
    public var historyPath: String { (path as NSString).appendingPathComponent("history") }
    /// The SQLite database.
    public var databasePath: String { (path as NSString).appendingPathComponent("steady.sqlite") }
}
