import ArgumentParser
import Foundation
import SteadyCore
import SteadyStore

extension Steady {
    /// Rehearse reaching out, with Steady playing the other person.
    struct Practice: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rehearse a message or a conversation, with Steady playing the other person.",
            discussion: """
                Without a scenario, Steady lists them and you pick one by number (with input from \
                a pipe, the first line is the choice). Then it goes on like chat: you write your \
                message, get feedback on it, and practise what to say whichever way the other \
                person responds. At the end you get the message ready to copy.

                --jsonl prints one JSON object per turn, exactly as chat does; turn 0 is the \
                scenario's first step, or the list of scenarios.
                """)

        @OptionGroup var options: SharedOptions

        @Argument(help: ArgumentHelp("The scenario to practise, such as saying-no; leave it out to see the list.", valueName: "scenario"))
        var scenario: String?

        @Flag(help: "Print one JSON object per turn, for programs and tests.")
        var jsonl = false

        @Option(help: ArgumentHelp("Region for crisis lines, such as US, UK, IE, CA, AU, NZ or IN.", valueName: "code"))
        var region: String?

        func run() throws {
            Endings.install()
            let (library, diagnostics) = DialogueFiles.loadLibrary(extra: options.dialogues)
            guard let library else {
                printError("Steady can't start: its safety data or dialogues could not be loaded.")
                diagnostics.filter { $0.severity == .error }.forEach { printError($0.detailed) }
                throw ExitCode.failure
            }
            var chosen: Dialogue?
            if let scenario {
                guard let found = library.practiceScenario(named: scenario) else {
                    let names = library.practiceScenarios.map(Library.scenarioName).joined(separator: ", ")
                    throw ValidationError("There's no practice scenario called '\(scenario)'. Scenarios: \(names).")
                }
                chosen = found
            }
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
                printError("\(error.description)" + (folder.writeProblem.map { " " + $0 } ?? "") + " Steady will work, but nothing will be saved.")
            }
            // The region is worked out exactly as chat does it.
            let chat = try Chat.parse(region.map { ["--region", $0] } ?? [])
            let saved = (try? store?.settings())?["region"]
            let engine = Engine(library: library, region: chat.resolveRegion(library, saved: saved))
            let interactive = !jsonl && isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
            let renderer = Renderer(color: options.useColor && isatty(STDOUT_FILENO) == 1)
            let output: ChatSession.Output = jsonl ? .jsonl : .human(renderer, interactive: interactive)
            var session = ChatSession(engine: engine, seed: options.resolvedSeed, output: output, store: store) { text in
                try? FileHandle.standardOutput.write(contentsOf: (text + "\n").data(using: .utf8) ?? Data())
            }
            var state = session.state
            let opening = chosen.flatMap { engine.begin(dialogueID: $0.id, state: &state) }
                ?? engine.practiceMenu(state: &state)
            session.open(opening, state: state)
            if interactive {
                var reader = Readline(historyPath: historyPath)
                session.run(reader: &reader)
            } else {
                var reader = PlainLineReader()
                session.run(reader: &reader)
            }
        }
    }
}
