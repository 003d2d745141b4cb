import ArgumentParser
import Foundation
import SteadyCore
import SteadyStore

extension Steady {
    /// Talk something through with Steady.
    struct Chat: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "chat",
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
            let setup = try ChatSetup.prepare(options: options, jsonl: jsonl)
            var session = setup.session(engine: setup.engine(regionFlag: region), seed: options.resolvedSeed)
            guard setup.interactive else {
                var reader = PlainLineReader()
                session.open(saved: setup.savedConversation)
                session.run(reader: &reader)
                setup.leave()
            }
            var reader = Readline(historyPath: setup.historyPath)
            var firstMessage: String?
            if let store = setup.store, setup.settings["onboarded"] == nil {
                let onboarding = Onboarding<Readline>(
                    store: store, renderer: setup.renderer, detectedRegion: session.engine.region,
                    regions: setup.library.safety.lines.regions.keys.sorted(),
                    findsDanger: { [engine = session.engine] in engine.findsDanger(in: $0) }, write: ChatSetup.write)
                let outcome = onboarding.run(reader: &reader)
                if outcome == .inputEnded { return }
                if case .handOver(let message) = outcome { firstMessage = message }
                if let region = try? store.setting("region") { session.engine.region = region }
            }
            if let firstMessage {
                // An answer the safety net flagged is answered at once, as the first message.
                guard session.handle(firstMessage) else { setup.leave() }
            } else {
                session.open(saved: setup.savedConversation)
            }
            session.run(reader: &reader)
            setup.leave()
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
