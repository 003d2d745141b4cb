import ArgumentParser
import Foundation

/// Options every command shares.
struct SharedOptions: ParsableArguments {
    @Option(name: .customLong("data-dir"), help: ArgumentHelp(
        "Where Steady keeps your data (default: $STEADY_DATA_DIR, else the XDG data folder).", valueName: "dir"))
    var dataDir: String?

    @Option(name: .customLong("dialogues"), help: ArgumentHelp(
        "A folder of extra dialogue scripts, added to the shipped ones. Repeatable.", valueName: "dir"))
    var dialogues: [String] = []

    @Option(help: ArgumentHelp("A number that makes the conversation repeat exactly.", valueName: "n"))
    var seed: UInt64?

    @Flag(name: .customLong("no-color"), help: "Never use colour (NO_COLOR is honoured too).")
    var noColor = false

    func validate() throws {
        for folder in dialogues {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw ValidationError("--dialogues \(folder): no such folder.")
            }
        }
        if let dataDir, dataDir.isEmpty { throw ValidationError("--data-dir needs a folder.") }
    }

    /// The data folder: --data-dir, else STEADY_DATA_DIR, else $XDG_DATA_HOME/steady, else ~/.local/share/steady.
    var resolvedDataDir: String {
        let environment = ProcessInfo.processInfo.environment
        if let dataDir { return dataDir }
        if let fromEnvironment = environment["STEADY_DATA_DIR"], !fromEnvironment.isEmpty { return fromEnvironment }
        if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/steady" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.local/share/steady"
    }

    var useColor: Bool {
        !noColor && ProcessInfo.processInfo.environment["NO_COLOR"].map(\.isEmpty) ?? true
    }

    var resolvedSeed: UInt64 { seed ?? UInt64.random(in: 1...UInt64.max) }
}
