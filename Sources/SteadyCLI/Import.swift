import ArgumentParser
import Foundation
import SteadyCore
import SteadyStore

extension Steady {
    /// Reads a Steady export back in.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Read a file written by `steady export`; nothing already here is duplicated or changed.")

        @OptionGroup var options: SharedOptions

        @Argument(help: ArgumentHelp("The export to read; - for standard input.", valueName: "file"))
        var file: String

        func run() throws {
            let data: Data
            if file == "-" {
                data = FileHandle.standardInput.readDataToEndOfFile()
            } else {
                guard let contents = FileManager.default.contents(atPath: file) else {
                    throw ValidationError("Steady can't read \(file): no such file, or it isn't readable.")
                }
                data = contents
            }
            let archive: Archive
            do {
                archive = try Archive.decode(data)
            } catch {
                printError(error.description)
                throw ExitCode.failure
            }
            let store = try options.openStore()
            do {
                printSafely(try store.importArchive(archive).description)
            } catch {
                throw commandError(error)
            }
        }
    }
}
