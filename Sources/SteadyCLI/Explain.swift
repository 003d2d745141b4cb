import ArgumentParser
import Foundation
import SteadyCore

extension Steady {
    /// Show how Steady understands a message and why it answers as it does.
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "explain",
            abstract: "Show how a message is understood and why it goes where it goes.",
            discussion: """
                Prints the normalised words, the concepts found, the safety net's verdict, every \
                trigger that matched in rank order, the nearest examples, and the final route.
                """)

        @OptionGroup var options: SharedOptions

        @Argument(help: "The message to explain.")
        var text: String

        @Option(name: .customLong("why-not"), help: ArgumentHelp("Explain one dialogue's triggers against the message.", valueName: "dialogue"))
        var whyNot: String?

        func run() throws {
            let library = try loadLibraryOrExit(options)
            if let whyNot, library.dialogue(whyNot) == nil {
                throw ValidationError("There is no dialogue '\(whyNot)'. steady explain --help shows how to name one.")
            }
            let engine = Engine(library: library, region: nil)
            let (_, state) = engine.start(seed: options.seed ?? 1)
            printSafely(ExplanationText.render(engine.explain(text, state: state, whyNot: whyNot)))
        }
    }
}

/// Loads the shipped and extra scripts; prints why and exits 1 when Steady cannot run.
func loadLibraryOrExit(_ options: SharedOptions, quiet: Bool = false) throws -> Library {
    let (library, diagnostics) = DialogueFiles.loadLibrary(extra: options.dialogues)
    let errors = diagnostics.filter { $0.severity == .error }
    guard let library else {
        printError("Steady can't start: its safety data or dialogues could not be loaded.")
        errors.forEach { printError($0.detailed) }
        throw ExitCode.failure
    }
    if !errors.isEmpty, !quiet {
        printError("Some dialogue files have problems and were skipped (steady lint shows details):")
        errors.prefix(10).forEach { printError("  " + $0.description) }
    }
    return library
}

/// The text of an explanation, for a person.
enum ExplanationText {
    static func render(_ e: Explanation) -> String {
        var out: [String] = []
        out.append("Message:  \(Renderer.sanitize(e.text))")
        out.append("Words:    \(e.normalized.tokens.joined(separator: " "))")
        if !e.normalized.expansions.isEmpty {
            out.append("          expanded " + e.normalized.expansions.map { "\($0.from) -> \($0.to)" }.joined(separator: ", "))
        }
        if !e.normalized.corrections.isEmpty {
            out.append("          corrected " + e.normalized.corrections.map { "\($0.from) -> \($0.to)" }.joined(separator: ", "))
        }
        out.append("Concepts: " + (e.concepts.isEmpty ? "none" : e.concepts.map { "~\($0.name) (\($0.phrase))" }.joined(separator: ", ")))
        out.append("")
        out.append("1. Safety net")
        if e.safety.cues.isEmpty { out.append("   no cue found") }
        for cue in e.safety.cues {
            var line = "   \(cue.cue.rawValue): \"\(cue.words)\" from \"\(cue.pattern)\" \(cue.location)"
            if let cancelled = cue.cancelled { line += ", cancelled: \(cancelled)" }
            if cue.aboutSomeoneElse { line += ", about someone else" }
            if cue.hyperbolic { line += ", beside hyperbole" }
            out.append(line)
        }
        if let finding = e.safety.findings.first {
            out.append("   => \(finding.level == .crisis ? "CRISIS" : "CHECK") (\(finding.category.rawValue)): \(finding.reason)")
        } else {
            out.append("   => no danger found")
        }
        out.append("2. Current step")
        out.append("   " + (e.currentStep ?? "none (a fresh conversation)"))
        out.append("3. Triggers: \(e.candidatesConsidered) of \(e.triggerCount) looked at through the index, \(e.matches.count) matched")
        for (rank, match) in e.matches.prefix(8).enumerated() {
            out.append("   \(rank + 1). \(match.dialogue.id) (\(match.dialogue.topic.rawValue)) \"\(match.trigger.source)\" "
                + "priority \(match.entry.priority), specificity \(match.entry.specificity), \(match.trigger.location)")
        }
        if e.matches.count > 8 { out.append("   ... and \(e.matches.count - 8) more") }
        out.append("4. Nearest examples (a match needs \(String(format: "%.2f", ExampleIndex.threshold)))")
        if e.examples.isEmpty { out.append("   none share a word with the message") }
        for (dialogue, score) in e.examples {
            out.append("   \(String(format: "%.2f", score.similarity)) \(dialogue.id) (\(dialogue.topic.rawValue)): \"\(score.example)\"")
        }
        out += understandingLines(e.understanding)
        if let why = e.whyNot {
            out.append("")
            out.append("Why not \(why.dialogue.id)?")
            for (trigger, reason) in why.triggers {
                out.append("   \"\(trigger.source)\" \(trigger.location): " + (reason ?? "matches"))
            }
            if why.triggers.isEmpty { out.append("   it has no triggers") }
            if let outranked = why.outrankedBy { out.append("   it matched, but \(outranked) ranks higher") }
            out.append("   nearest example similarity: " + (why.exampleScore.map { String(format: "%.2f", $0) } ?? "none"))
        }
        out.append("")
        out.append("Route:    " + describe(e.turn))
        return out.joined(separator: "\n")
    }

    /// The candidates weighed, why each won or lost, the confidence and the words said back.
    static func understandingLines(_ u: Understanding) -> [String] {
        var out = ["5. Weighing (\(u.sentences) sentence\(u.sentences == 1 ? "" : "s")): confidence \(u.confidence.rawValue)"
            + (u.outOfScope ? ", out of scope" : "")]
        for c in u.candidates.prefix(6) {
            let evidence = c.evidence.prefix(4).map { item -> String in
                switch item {
                case .trigger(let source, let sentence): "trigger \"\(source)\"" + (sentence.map { " in sentence \($0)" } ?? "")
                case .example(let text, let similarity, let sentence):
                    "example \"\(text)\" \(String(format: "%.2f", similarity))" + (sentence.map { " in sentence \($0)" } ?? "")
                case .model(let probability, let words):
                    String(format: "the topic model %.0f%%", probability * 100)
                        + (words.isEmpty ? "" : " (words: " + words.map { "\"\($0)\"" }.joined(separator: ", ") + ")")
                }
            }
            out.append("   \(c.topic.rawValue): \(c.verdict); " + evidence.joined(separator: ", "))
        }
        if u.candidates.isEmpty { out.append("   no candidate") }
        let r = u.reflected
        let heard = [("stressor", r.stressor), ("person", r.person), ("when", r.when), ("feeling", r.feeling)]
            .compactMap { name, value in value.map { "\(name) \"\($0)\"" } }
        out.append("   reflected: " + (heard.isEmpty ? "nothing" : heard.joined(separator: ", ")))
        return out
    }

    static func describe(_ turn: Turn) -> String {
        let target = turn.dialogue.map { "\($0) (\(turn.topic?.rawValue ?? "-"))" } ?? (turn.topic?.rawValue ?? "none")
        switch turn.route {
        case .safety(let category): return "the crisis response (\(category.rawValue))"
        case .safetyCheck(let category): return "the safety check (\(category.rawValue))"
        case .trigger(let source): return "\(target), by the trigger \"\(source)\""
        case .example(let text, let score): return "\(target), by the example \"\(text)\" (\(String(format: "%.2f", score)))"
        case .model(let probability): return "\(target), by the topic model (\(String(format: "%.0f%%", probability * 100)))"
        case .fallback: return "the fallback: not sure enough to start a dialogue"
        case .outOfScope: return "out of scope: an honest line about what Steady is for"
        case .reply(let source): return "\(target), by the step's reply \"\(source)\""
        case .answer: return "\(target), as an answer to the current step"
        default: return target
        }
    }
}
