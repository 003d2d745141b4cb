import Foundation
import GRDB
import SteadyCore

/// Why Steady could not read or keep the person's data.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The data folder could not be made or used.
    case folder(DataFolder.Problem)
    /// The data file is damaged or is not a database; it is left as it is.
    case corrupt(path: String, detail: String)
    /// A database, but not one Steady made; it is left as it is.
    case notSteady(path: String)
    /// The data file cannot be read or opened.
    case unreadable(path: String, reason: String)
    /// The data file was written by a newer Steady; it is left as it is.
    case newerVersion(path: String, unknownMigrations: [String])
    /// Another program held the data file for too long.
    case busy(path: String)
    case contact(ContactError)
    case checkIn(CheckInError)
    case emptyReason
    /// A safety plan item with no words.
    case emptyPlanItem
    /// No item with that number in a section of the safety plan.
    case noPlanItem(section: String, number: Int, count: Int)
    /// The text given to import is not a Steady export.
    case badArchive(String)
    /// The export came from a newer Steady.
    case newerArchive(version: Int)
    /// Any other database failure.
    case database(String)

    static let leftAlone = "Steady has not changed it."
    static let moveAside = "To start afresh, move it somewhere safe (or rename it) and run Steady again; " +
        "your other files are untouched."

    public var description: String {
        switch self {
        case .folder(let problem):
            "\(problem)."
        case .corrupt(let path, let detail):
            "Steady's data file \(path) looks damaged (\(detail)). \(Self.leftAlone) \(Self.moveAside)"
        case .notSteady(let path):
            "\(path) is a database, but not one Steady made. \(Self.leftAlone) Point --data-dir at another folder."
        case .unreadable(let path, let reason):
            "Steady can't open its data file \(path): \(reason). \(Self.leftAlone)"
        case .newerVersion(let path, let unknown):
            "Steady's data file \(path) was written by a newer version of Steady (it has \(unknown.joined(separator: ", "))). "
                + "\(Self.leftAlone) Please update Steady to use it."
        case .busy(let path):
            "Steady's data file \(path) is busy in another Steady window. Please try again in a moment."
        case .contact(let problem):
            problem.description
        case .checkIn(let problem):
            problem.description
        case .emptyReason:
            "A reason needs a few words, such as \"for my kids\" or \"to feel well again\"."
        case .emptyPlanItem:
            "Write a few words for it, such as \"a walk round the block\"."
        case .noPlanItem(let section, let number, let count):
            count == 0
                ? "There is nothing in \(section) yet, so there is no item \(number) to remove. Nothing was changed."
                : "\(section) has \(count == 1 ? "one item" : "\(count) items"), so there is no item \(number). Nothing was changed."
        case .badArchive(let detail):
            "That file isn't a Steady export I can read (\(detail)). Nothing was imported."
        case .newerArchive(let version):
            "That export is from a newer version of Steady (format \(version)); please update Steady to import it. "
                + "Nothing was imported."
        case .database(let detail):
            "Steady couldn't save or read your data: \(detail)"
        }
    }

    /// The error as a StoreError, worded for the file at `path`.
    init(_ error: any Error, path: String?) {
        let path = path ?? "(in memory)"
        switch error {
        case let error as StoreError:
            self = error
        case let error as ContactError:
            self = .contact(error)
        case let error as CheckInError:
            self = .checkIn(error)
        case let error as DatabaseError:
            let detail = error.message ?? "\(error.resultCode)"
            switch error.resultCode {
            case .SQLITE_CORRUPT, .SQLITE_NOTADB:
                self = .corrupt(path: path, detail: detail)
            case .SQLITE_BUSY, .SQLITE_LOCKED:
                self = .busy(path: path)
            case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH, .SQLITE_READONLY, .SQLITE_IOERR:
                self = .unreadable(path: path, reason: detail)
            default:
                self = .database(detail)
            }
        default:
            self = .database(String(describing: error))
        }
    }
}
