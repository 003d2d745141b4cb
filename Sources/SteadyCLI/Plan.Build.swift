import ArgumentParser
import Foundation
import SteadyCore

extension Steady.Plan {
    /// Builds or reviews the plan in a short guided conversation.
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "build",
            abstract: "Build or look over your plan together, one section at a time (the default).",
            discussion: """
                Steady asks about each of the seven sections in turn, with why it matters and an \
                example. Give several things at once with commas or "and"; "skip" moves on, \
                "stop" finishes for now. Each answer is saved as soon as you give it.

                --jsonl prints one JSON object per turn, exactly as chat does; turn 0 is the \
                first question. The safety net reads every answer first.
                """)

        @OptionGroup var options: SharedOptions

        @Flag(help: "Print one JSON object per turn, for programs and tests.")
        var jsonl = false

        @Option(help: ArgumentHelp("Region for crisis lines, such as US, UK, IE, CA, AU, NZ or IN.", valueName: "code"))
        var region: String?

        func run() throws {
            let setup = try ChatSetup.prepare(options: options, jsonl: jsonl)
            let engine = setup.engine(regionFlag: region)
            var session = setup.session(engine: engine, seed: options.resolvedSeed)
            session.endAfterPlan = true
            session.startPlan(opening: true)
            guard session.planInterview != nil else { setup.leave() }
            if setup.interactive {
                var reader = Readline(historyPath: setup.historyPath)
                session.run(reader: &reader)
            } else {
                var reader = PlainLineReader()
                session.run(reader: &reader)
            }
            setup.leave()
        }
    }
}
