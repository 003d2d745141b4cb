extension Engine {
    /// Explains how a message would be answered in the given state (without changing it).
    public func explain(_ text: String, state: ConversationState, whyNot dialogueID: String? = nil) -> Explanation {
        let message = library.message(text)
        var concepts: [(String, String)] = []
        var seen = Set<String>()
        for (position, hits) in message.conceptHits.enumerated() {
            for hit in hits where seen.insert(hit.concept).inserted {
                concepts.append((hit.concept, message.tokens[position..<(position + hit.length)].joined(separator: " ")))
            }
        }
        var currentStep: String?
        if let frame = state.stack.last, let node = library.dialogue(frame.dialogue)?.nodes[frame.node], node.waitsForInput {
            var parts: [String] = []
            if let ask = node.ask { parts.append("an answer (\(ask.kind))") }
            if !node.options.isEmpty { parts.append("one of \(node.options.count) options") }
            if !node.replies.isEmpty { parts.append("replies: " + node.replies.map { "\"\($0.source)\"" }.joined(separator: ", ")) }
            currentStep = "\(frame.dialogue)/\(frame.node) expects " + parts.joined(separator: "; ")
        }
        let matched = library.router.matches(message).map { candidate in
            let dialogue = library.dialogues[candidate.entry.dialogue]
            return (dialogue, dialogue.triggers[candidate.entry.trigger], candidate.entry)
        }
        let examples = library.examples.scores(for: message).prefix(5).map { (library.dialogues[$0.dialogue], $0) }
        var copy = state
        let turn = respond(to: text, state: &copy)

        var whyNot: Explanation.WhyNot?
        if let id = dialogueID, let dialogue = library.dialogue(id) {
            let reasons = dialogue.triggers.map { ($0, $0.pattern.whyNot(message)) }
            let score = library.examples.scores(for: message).first { library.dialogues[$0.dialogue].id == id }?.similarity
            let winner = matched.first.map(\.0.id)
            let outranked = reasons.contains { $0.1 == nil } && winner != id ? winner : nil
            whyNot = Explanation.WhyNot(dialogue: dialogue, triggers: reasons, exampleScore: score, outrankedBy: outranked)
        }
        return Explanation(
            text: text, normalized: message.normalized, concepts: concepts, safety: library.safety.examine(message),
            currentStep: currentStep, candidatesConsidered: library.router.candidateCount(message),
            triggerCount: library.router.entries.count, matches: matched, examples: Array(examples),
            understanding: library.understand(message), turn: turn,
            whyNot: whyNot)
    }
}
