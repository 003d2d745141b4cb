import ArgumentParser
import Foundation
import SteadyCore
import SteadyStore

extension Steady {
    /// Talk something through with Steady.
    struct Chat: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Talk something through (the default command).",
            discussion: """
                On a terminal, type at the prompt; Ctrl-C clears the line and Ctrl-D ends the chat. \
                With input from a pipe, Steady reads one message per line and prints no prompts.

                --jsonl prints one JSON object per turn: turn, reply, topic, dialogue, node, crisis, \
                options, effects and ended. Turn 0 is the opening. See README.md for the contract.
                """)

        @OptionGroup var options: SharedOptions

        @Flag(help: "Print one JSON object per turn, for programs and tests.")
        var jsonl = false

        @Option(help: ArgumentHelp("Region for crisis lines, such as US, UK, IE, CA, AU, NZ or IN (default: from STEADY_REGION or the locale).", valueName: "code"))
        var region: String?

        func run() throws {
            let interactive = !jsonl && isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
            // Before any database thread starts, so that Ctrl-C always reaches readline.
            if interactive { Interrupts.block() }
            Endings.install()
            let (library, diagnostics) = DialogueFiles.loadLibrary(extra: options.dialogues)
            let errors = diagnostics.filter { $0.severity == .error }
            guard let library else {
                printError("Steady can't start: its safety data or dialogues could not be loaded.")
                errors.forEach { printError($0.detailed) }
                throw ExitCode.failure
            }
            if !errors.isEmpty {
                printError("Some dialogue files have problems and were skipped (steady lint shows details):")
                errors.prefix(10).forEach { printError("  " + $0.description) }
            }
            let folder = DataFolder(path: options.resolvedDataDir)
            var historyPath: String? = nil
            var store: Store? = nil
            do {
                try folder.prepare()
                historyPath = folder.historyPath
                store = try Store(folder: folder)
            } catch let error as DataFolder.Problem {
                printError("\(error.description). Steady will work, but nothing will be saved.")
            } catch let error as StoreError {
                printError("\(error.description)" + (folder.writeProblem.map { " " + $0 } ?? "") + " Steady will work, but nothing will be saved.")
            }
            let settings = (try? store?.settings()) ?? [:]
            let engine = Engine(library: library, region: resolveRegion(library, saved: settings["region"]))
            let renderer = Renderer(color: options.useColor && isatty(STDOUT_FILENO) == 1)
            let output: ChatSession.Output = jsonl ? .jsonl : .human(renderer, interactive: interactive)
            let write: (String) -> Void = { text in
                try? FileHandle.standardOutput.write(contentsOf: (text + "\n").data(using: .utf8) ?? Data())
            }
            var session = ChatSession(engine: engine, seed: options.resolvedSeed, output: output, store: store, write: write)
            let extra = options.dialogues
            session.reload = { DialogueFiles.loadLibrary(extra: extra) }
            if interactive {
                let keepHistory = settings["history"] != "off"
                if !keepHistory, let historyPath { Readline.eraseHistory(at: historyPath) }
                var reader = Readline(historyPath: keepHistory ? historyPath : nil)
                if let store, settings["onboarded"] == nil {
                    let onboarding = Onboarding<Readline>(
                        store: store, renderer: renderer, detectedRegion: engine.region,
                        regions: library.safety.lines.regions.keys.sorted(), write: write)
                    guard onboarding.run(reader: &reader) else { return }
                    if let region = try? store.setting("region") { session.engine.region = region }
                }
                session.open()
                session.run(reader: &reader)
            } else {
                var reader = PlainLineReader()
                session.open()
                session.run(reader: &reader)
            }
        }

        /// --region, else STEADY_REGION, else the saved setting, else the locale (LC_ALL, LC_MESSAGES, LANG).
        func resolveRegion(_ library: Library, saved: String?) -> String? {
            let environment = ProcessInfo.processInfo.environment
            let lines = library.safety.lines
            for candidate in [region, environment["STEADY_REGION"], saved].compactMap({ $0?.uppercased() }) where !candidate.isEmpty {
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
}

/// Prints text of several lines for a person, with control characters and escape sequences made harmless.
func printSafely(_ text: String, terminator: String = "\n") {
    print(Renderer.sanitizeLines(text), terminator: terminator)
}

/// Prints a message to standard error, with control characters and escape sequences made harmless.
func printError(_ text: String) {
    try? FileHandle.standardError.write(contentsOf: (Renderer.sanitizeLines(text) + "\n").data(using: .utf8) ?? Data())
}
