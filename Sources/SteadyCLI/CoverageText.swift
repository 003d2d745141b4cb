import SteadyAuthoring
import SteadyCore

/// Writes what the transcripts (and, for triggers, the dialogues' examples) reached: a short
/// summary, or every dialogue, step, trigger, option and branch.
enum CoverageText {
    /// The figures and the names of the dialogues never reached.
    static func summary(_ coverage: TranscriptCoverage) -> String {
        let dialogues = coverage.dialogues, nodes = coverage.nodes, triggers = coverage.triggers
        var lines = [headline(coverage)]
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

    /// Every dialogue, step, trigger, option and branch with how often it was reached, then
    /// those never reached. A trigger reached only by examples shows "ex N".
    static func full(_ coverage: TranscriptCoverage) -> String {
        let groups = [("dialogues", coverage.dialogues), ("steps", coverage.nodes), ("triggers", coverage.triggers),
                      ("options", coverage.options), ("branches", coverage.branches)]
        var lines = [headline(coverage)]
        for (title, items) in groups {
            lines.append("")
            lines.append("\(title.prefix(1).uppercased() + title.dropFirst()) (\(items.filter(\.reached).count) of \(items.count) reached):")
            lines += items.map { item in
                let times = item.count > 0 ? String(item.count) : item.examples > 0 ? "ex \(item.examples)" : "never"
                return "  " + String(repeating: " ", count: max(0, 5 - times.count)) + times + "  " + item.name
            }
        }
        for (title, items) in groups {
            let missed = items.filter { !$0.reached }
            guard !missed.isEmpty else { continue }
            lines.append("")
            lines.append("Never reached, \(missed.count) \(title):")
            lines += missed.map { "  " + $0.name }
        }
        return lines.joined(separator: "\n")
    }

    static func headline(_ coverage: TranscriptCoverage) -> String {
        let groups = [(coverage.dialogues, "dialogues"), (coverage.nodes, "steps"),
                      (coverage.triggers, "triggers (transcripts or examples)"), (coverage.options, "options"),
                      (coverage.branches, "branches")]
        return "Coverage: " + groups.map { items, word in
            let reached = items.filter(\.reached).count
            let percent = items.isEmpty ? 100 : reached * 100 / items.count
            return "\(reached) of \(items.count) \(word) (\(percent)%)"
        }.joined(separator: ", ") + "."
    }

    static func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
}
