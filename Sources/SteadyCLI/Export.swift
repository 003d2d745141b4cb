import ArgumentParser
import Foundation
import SteadyCore
import SteadyStore

extension Steady {
    /// Writes everything Steady keeps as JSON.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write all your data as JSON, to keep or to move to another computer.",
            discussion: "It holds personal things: keep the file somewhere private.")

        @OptionGroup var options: SharedOptions

        @Option(name: .shortAndLong, help: ArgumentHelp(
            "The file to write (default: standard output). It is readable by you alone.", valueName: "file"))
        var output: String?

        func validate() throws {
            if let output, output.isEmpty { throw ValidationError("--output needs a file name.") }
        }

        func run() throws {
            let folder = DataFolder(path: options.resolvedDataDir)
            if let output, Self.samePath(output, folder.databasePath) {
                throw ValidationError("\(output) is Steady's own data file; choose another file to export to.")
            }
            let store = try options.openStore()
            let data: Data
            do {
                data = try store.exportArchive().encoded()
            } catch {
                throw commandError(error)
            }
            guard let output else {
                do {
                    try FileHandle.standardOutput.write(contentsOf: data + Data("\n".utf8))
                } catch {
                    printError("Steady couldn't write your data out: \((error as NSError).localizedDescription)")
                    throw ExitCode.failure
                }
                return
            }
            do {
                try Self.writePrivately(data + Data("\n".utf8), to: output)
            } catch {
                printError("Steady couldn't write \(output): \((error as NSError).localizedDescription)")
                throw ExitCode.failure
            }
            printError("Wrote your data to \(output).")
        }

        static func samePath(_ first: String, _ second: String) -> Bool {
            func resolved(_ path: String) -> String {
                URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
            }
            return resolved(first) == resolved(second)
        }

        /// Writes the file whole or not at all, with mode 0600.
        static func writePrivately(_ data: Data, to path: String) throws {
            let url = URL(fileURLWithPath: path)
            let temporary = url.deletingLastPathComponent()
                .appendingPathComponent(".\(url.lastPathComponent).\(getpid()).partial")
            guard FileManager.default.createFile(atPath: temporary.path, contents: data,
                                                 attributes: [.posixPermissions: 0o600])
            else {
                throw CocoaError(.fileWriteUnknown)
            }
            chmod(temporary.path, 0o600)
            guard rename(temporary.path, url.path) == 0 else {
                let code = errno
                try? FileManager.default.removeItem(at: temporary)
                throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EIO)
            }
        }
    }
}
