import ArgumentParser
import Foundation
import SteadyCore
import SteadyStore

extension Steady {
    /// Rehearse reaching out, with Steady playing the other person.
    struct Practice: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "practice",
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
            let setup = try ChatSetup.prepare(options: options, jsonl: jsonl)
            let library = setup.library
            var chosen: Dialogue?
            if let scenario {
                guard let found = library.practiceScenario(named: scenario) else {
                    let names = library.practiceScenarios.map(Library.scenarioName).joined(separator: ", ")
                    throw ValidationError("There's no practice scenario called '\(scenario)'. Scenarios: \(names).")
                }
                chosen = found
            }
            let engine = setup.engine(regionFlag: region)
            var session = setup.session(engine: engine, seed: options.resolvedSeed)
            var state = session.state
            let opening = chosen.flatMap { engine.begin(dialogueID: $0.id, state: &state) }
                ?? engine.practiceMenu(state: &state)
            session.open(opening, state: state)
            if setup.interactive {
                var reader = Readline(historyPath: setup.historyPath)
                session.run(reader: &reader)
            } else {
                var reader = PlainLineReader()
                session.run(reader: &reader)
            }
        }
    }
}
