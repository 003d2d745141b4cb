import SteadyAuthoring
import SteadyCore

/// Writes what the transcripts reached: a short summary, or every dialogue, step and trigger.
enum CoverageText {
    /// Three figures and the names of the dialogues never reached.
    static func summary(_ coverage: TranscriptCoverage) -> String {
        let dialogues = coverage.dialogues, nodes = coverage.nodes, triggers = coverage.triggers
        var lines = [headline(dialogues: dialogues, nodes: nodes, triggers: triggers)]
        let missed = dialogues.filter { !$0.reached }.map(\.name)
        let missedNodes = nodes.filter { !$0.reached }.count
        let missedTriggers = triggers.filter { !$0.reached }.count
        if missed.isEmpty && missedNodes == 0 && missedTriggers == 0 {
            lines.append("Every dialogue, step and trigger was reached.")
            return lines.joined(separator: "\n")
        }
        if !missed.isEmpty {
            let shown = missed.prefix(12).joined(separator: ", ")
            let rest = missed.count > 12 ? ", and \(missed.count - 12) more" : ""
            lines.append("Dialogues never reached: \(shown)\(rest).")
        }
        lines.append("Never reached: \(count(missed.count, "dialogue")), \(count(missedNodes, "step")), "
                     + "\(count(missedTriggers, "trigger")). Run steady test --coverage to list them all.")
        return lines.joined(separator: "\n")
    }

    /// Every dialogue, step and trigger with how often it was reached, then those never reached.
    static func full(_ coverage: TranscriptCoverage) -> String {
        let dialogues = coverage.dialogues, nodes = coverage.nodes, triggers = coverage.triggers
        var lines = [headline(dialogues: dialogues, nodes: nodes, triggers: triggers)]
        for (title, items) in [("Dialogues", dialogues), ("Steps", nodes), ("Triggers", triggers)] {
            lines.append("")
            lines.append("\(title) (\(items.filter(\.reached).count) of \(items.count) reached):")
            lines += items.map { item in
                let times = item.reached ? String(item.count) : "never"
                return "  " + String(repeating: " ", count: max(0, 5 - times.count)) + times + "  " + item.name
            }
        }
        for (title, items) in [("dialogues", dialogues), ("steps", nodes), ("triggers", triggers)] {
            let missed = items.filter { !$0.reached }
            guard !missed.isEmpty else { continue }
            lines.append("")
            lines.append("Never reached, \(missed.count) \(title):")
            lines += missed.map { "  " + $0.name }
        }
        return lines.joined(separator: "\n")
    }

    static func headline(dialogues: [TranscriptCoverage.Item], nodes: [TranscriptCoverage.Item],
                         triggers: [TranscriptCoverage.Item]) -> String {
        "Coverage: " + [(dialogues, "dialogues"), (nodes, "steps"), (triggers, "triggers")].map { items, word in
            let reached = items.filter(\.reached).count
            let percent = items.isEmpty ? 100 : reached * 100 / items.count
            return "\(reached) of \(items.count) \(word) (\(percent)%)"
        }.joined(separator: ", ") + "."
    }

    static func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
}
