import SteadyCore

/// What happened in one chat, for a short summary when the person leaves.
struct SessionSummary {
    /// Coping steps used, with the intensity before and after when known.
    private(set) var steps: [(coping: String, before: Int?, after: Int?)] = []
    private(set) var topics: [Topic] = []
    /// Items added to the safety plan this session.
    private(set) var planAdded = 0

    mutating func notePlan(added: Int) { planAdded += added }

    mutating func note(_ turn: Turn) {
        if let topic = turn.topic, topic != .fallback, topics.last != topic { topics.append(topic) }
        for case .recordCheckin(let record) in turn.effects {
            let coping = record.coping ?? "a coping step"
            steps.append((coping.replacingOccurrences(of: "-", with: " "), record.before?.value, record.after?.value))
        }
    }

    /// The goodbye, with what they did and who they might reach next.
    func goodbye(suggestion: String?) -> String {
        var lines: [String] = []
        if !steps.isEmpty {
            let done = steps.map { step -> String in
                if let before = step.before, let after = step.after {
                    return "\(step.coping) (\(before) \u{2192} \(after))"
                }
                return step.coping
            }
            lines.append("Before you go: today you used " + done.joined(separator: ", ") + ". That took effort.")
        } else if !topics.isEmpty {
            lines.append("Before you go: thank you for talking this through.")
        }
        if planAdded > 0 {
            lines.append("You added \(planAdded == 1 ? "one thing" : "\(planAdded) things") to your safety plan. It's saved; steady plan show prints it.")
        }
        if let suggestion, !lines.isEmpty { lines.append("Someone you might reach out to next: \(suggestion).") }
        lines.append("Take care. I'm here whenever you need me.")
        return "\n" + lines.joined(separator: "\n")
    }
}
