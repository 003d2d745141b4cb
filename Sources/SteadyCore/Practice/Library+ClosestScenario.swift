import Foundation

/// Finding the practice scenario that words typed at the practice menu are closest to: what
/// the person would say ("no thanks, I'm not drinking tonight") or who they'd say it to.
extension Library {
    /// The scenario a message is closest to, among those offered:
    /// 1. one whose trigger the message matches;
    /// 2. a line that says no ("no thanks", "I'm not drinking"): the one scenario that rehearses
    ///    saying no (a step sets `feedback_kind: refusal`);
    /// 3. the one whose own words it shares most: its title and examples count double, then what
    ///    Steady and the other person say in it; words and concepts few scenarios use weigh most.
    /// Nil when none comes clearly closest.
    public func closestScenario(to message: Message, among scenarios: [Dialogue]) -> Dialogue? {
        let ids = Set(scenarios.map(\.id))
        if let matched = router.matches(message).first(where: { ids.contains(dialogues[$0.entry.dialogue].id) }) {
            return dialogues[matched.entry.dialogue]
        }
        if Self.saysNo(message) {
            let refusals = scenarios.filter(Self.rehearsesSayingNo)
            if refusals.count == 1 { return refusals[0] }
        }
        let bags = scenarios.map(scenarioTerms)
        let asked = Self.terms(of: message)
        guard !asked.isEmpty, bags.count > 1 else { return nil }
        let count = Double(bags.count)
        let scores = bags.map { bag in
            asked.reduce(0.0) { sum, term in
                guard let weight = bag[term] else { return sum }
                let spread = Double(bags.count { $0[term] != nil })
                return sum + weight * log(count / spread)
            }
        }
        let ranked = scores.indices.sorted { scores[$0] > scores[$1] }
        guard let best = ranked.first, scores[best] >= Self.closenessNeeded else { return nil }
        if ranked.count > 1, scores[ranked[1]] * 1.25 >= scores[best] { return nil }
        return scenarios[best]
    }

    /// The least score that counts as close: about one title word only two scenarios use.
    static let closenessNeeded = 2.5

    /// Whether a message reads as saying no to an offer.
    static func saysNo(_ message: Message) -> Bool {
        if message.concepts.contains("refuse") { return true }
        guard let first = message.tokens.first else { return false }
        return ["no", "nah", "nope"].contains(first) && message.tokens.count >= 2
    }

    /// Whether a scenario rehearses saying no: one of its steps sets `feedback_kind: refusal`.
    static func rehearsesSayingNo(_ scenario: Dialogue) -> Bool {
        scenario.nodes.values.contains { $0.sets["feedback_kind"] == .text("refusal") }
    }

    /// A message's terms: the stems of its words that carry meaning, and its concepts.
    static func terms(of message: Message) -> Set<String> {
        Set(message.tokens.filter { !ExampleIndex.stopWords.contains($0) }.map(AnswerParser.stem) + message.concepts.map { "~" + $0 })
    }

    /// A scenario's terms, each with its weight: 2 in its title or examples, else 1.
    func scenarioTerms(_ scenario: Dialogue) -> [String: Double] {
        var weights: [String: Double] = [:]
        for text in [scenario.title] + scenario.examples.map(\.value) {
            for term in Self.terms(of: message(text)) { weights[term] = 2 }
        }
        var texts: [String] = []
        for node in scenario.nodes.values {
            texts += node.say + node.options.map(\.label)
            texts += node.sets.values.compactMap { if case .text(let text) = $0 { text } else { nil } }
        }
        for text in texts {
            for term in Self.terms(of: message(text)) where weights[term] == nil { weights[term] = 1 }
        }
        return weights
    }
}
