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
    /// The conversation left partway through last time, if any.
    let savedConversation: ConversationState?
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
        // The store opens on a thread of its own while the scripts load: neither needs the other.
        let folder = DataFolder(path: options.resolvedDataDir)
        let opening = Background { OpenedStore(folder) }
        let library: Library
        do {
            library = try loadLibraryOrExit(options)
        } catch {
            // Steady cannot start after all: nothing of its own is left behind.
            opening.wait().abandon(folder)
            throw error
        }
        let opened = opening.wait()
        if let problem = opened.problem { printError(problem) }
        let store = opened.store
        var historyPath = opened.folderReady ? folder.historyPath : nil
        let settings = opened.settings
        if settings["history"] == "off", let path = historyPath {
            Readline.eraseHistory(at: path)
            historyPath = nil
        }
        let renderer = Renderer(color: options.useColor && isatty(STDOUT_FILENO) == 1)
        return ChatSetup(
            library: library, store: store, historyPath: historyPath, settings: settings,
            savedConversation: opened.savedConversation, interactive: interactive,
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

/// The store opened and its settings read, or why it could not be.
private struct OpenedStore: Sendable {
    var store: Store?
    var settings: [String: String] = [:]
    var savedConversation: ConversationState?
    /// Whether the data folder exists and is Steady's, so that history can be kept there.
    var folderReady = false
    /// What to tell the person when nothing will be saved.
    var problem: String?

    /// The folders and database file that opening made, to be removed again if Steady cannot
    /// start after all.
    private var madeFolders: [String] = []
    private var madeDatabase = false

    init(_ folder: DataFolder) {
        var missing = folder.path
        while !missing.isEmpty, missing != "/", !FileManager.default.fileExists(atPath: missing) {
            madeFolders.append(missing)
            missing = (missing as NSString).deletingLastPathComponent
        }
        madeDatabase = !FileManager.default.fileExists(atPath: folder.databasePath)
        do {
            try folder.prepare()
            folderReady = true
            store = try Store(folder: folder)
            settings = (try? store?.settings()) ?? [:]
            if let data = try? store?.loadState() {
                savedConversation = try? JSONDecoder().decode(ConversationState.self, from: data)
            }
        } catch let error as DataFolder.Problem {
            problem = "\(error.description). Steady will work, but nothing will be saved."
        } catch let error as StoreError {
            problem = "\(error.description)" + (folder.writeProblem.map { " " + $0 } ?? "")
                + " Steady will work, but nothing will be saved."
        } catch {
            problem = "\(error). Steady will work, but nothing will be saved."
        }
    }
}

extension OpenedStore {
    /// Closes the store and removes the database and folders that opening it made.
    func abandon(_ folder: DataFolder) {
        store?.close()
        if madeDatabase {
            for suffix in ["", "-wal", "-shm"] { unlink(folder.databasePath + suffix) }
        }
        // Innermost first; a folder that is not empty stays.
        for made in madeFolders { rmdir(made) }
    }
}

/// Work started on a thread of its own at once, whose result is waited for when it is needed.
final class Background<Value: Sendable>: @unchecked Sendable {
    // Written once by the thread before `done` is signalled, read only after waiting for it.
    private var value: Value?
    private let done = DispatchSemaphore(value: 0)

    init(_ work: @escaping @Sendable () -> Value) {
        Thread.detachNewThread {
            self.value = work()
            self.done.signal()
        }
    }

    /// The result, once the work is over.
    func wait() -> Value {
        done.wait()
        done.signal()
        return value!
    }
}
