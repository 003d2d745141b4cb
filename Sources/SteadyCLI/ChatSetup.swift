import ArgumentParser
import Foundation
import SteadyCore
import SteadyStore

/// What `chat` and `practice` both need before the first turn: signals, the scripts, the data
/// folder and store, the region and the way lines are read and shown.
struct ChatSetup {
    let library: Library
    let store: Store?
    /// The history file, or nil when none is kept.
    let historyPath: String?
    let settings: [String: String]
    let interactive: Bool
    let renderer: Renderer
    let output: ChatSession.Output
    let extraDialogues: [String]

    /// Prepares everything; prints why and exits 1 when Steady cannot run at all.
    static func prepare(options: SharedOptions, jsonl: Bool) throws -> ChatSetup {
        let interactive = !jsonl && isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
        // Before any database thread starts, so that Ctrl-C always reaches readline.
        if interactive { Interrupts.block() }
        Endings.install()
        let library = try loadLibraryOrExit(options)
        let folder = DataFolder(path: options.resolvedDataDir)
        var historyPath: String?
        var store: Store?
        do {
            try folder.prepare()
            historyPath = folder.historyPath
            store = try Store(folder: folder)
        } catch let error as DataFolder.Problem {
            printError("\(error.description). Steady will work, but nothing will be saved.")
        } catch let error as StoreError {
            printError("\(error.description)" + (folder.writeProblem.map { " " + $0 } ?? "")
                + " Steady will work, but nothing will be saved.")
        }
        let settings = (try? store?.settings()) ?? [:]
        if settings["history"] == "off", let path = historyPath {
            Readline.eraseHistory(at: path)
            historyPath = nil
        }
        let renderer = Renderer(color: options.useColor && isatty(STDOUT_FILENO) == 1)
        return ChatSetup(
            library: library, store: store, historyPath: historyPath, settings: settings, interactive: interactive,
            renderer: renderer, output: jsonl ? .jsonl : .human(renderer, interactive: interactive),
            extraDialogues: options.dialogues)
    }

    /// The engine, with the region from the flag, STEADY_REGION, the saved setting or the locale.
    func engine(regionFlag: String?) -> Engine {
        Engine(library: library, region: Self.resolveRegion(library, flag: regionFlag, saved: settings["region"]))
    }

    /// A session writing to standard output, able to reload the scripts.
    func session(engine: Engine, seed: UInt64) -> ChatSession {
        var session = ChatSession(engine: engine, seed: seed, output: output, store: store, write: Self.write)
        let extra = extraDialogues
        session.reload = { DialogueFiles.loadLibrary(extra: extra) }
        return session
    }

    /// Ends the process once the conversation is over: closes the store and leaves at once,
    /// without freeing the loaded scripts one object at a time, which takes longer than
    /// answering a message.
    func leave() -> Never {
        store?.close()
        fflush(nil)  // every output stream
        exit(0)
    }

    /// Writes one block of text and a newline to standard output, unbuffered.
    static func write(_ text: String) {
        try? FileHandle.standardOutput.write(contentsOf: (text + "\n").data(using: .utf8) ?? Data())
    }

    /// The flag, else STEADY_REGION, else the saved setting, else the locale (LC_ALL, LC_MESSAGES, LANG).
    static func resolveRegion(_ library: Library, flag: String?, saved: String?) -> String? {
        let environment = ProcessInfo.processInfo.environment
        let lines = library.safety.lines
        for candidate in [flag, environment["STEADY_REGION"], saved].compactMap({ $0?.uppercased() }) where !candidate.isEmpty {
            if lines.regions[candidate] != nil { return candidate }
            if candidate == "GB" { return "UK" }
        }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let locale = environment[key], !locale.isEmpty {
                return lines.region(forLocale: locale)
            }
        }
        return nil
    }
}
