import SteadyCore

extension EffectPerformer {
    /// Performs every effect of a turn and returns its reply with the results placed where they belong.
    mutating func performAll(_ turn: Turn) -> String {
        let results = turn.effects.map { perform($0, topic: turn.topic) }
        guard results.contains(where: { $0 != nil }) else { return turn.reply }
        return turn.lines.isEmpty
            ? ([turn.reply] + results.compactMap { $0 }).filter { !$0.isEmpty }.joined(separator: "\n")
            : turn.reply(inserting: results)
    }
}
