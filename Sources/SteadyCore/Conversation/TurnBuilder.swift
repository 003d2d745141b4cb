/// Collects the lines, options and effects of one turn as the engine moves through steps.
struct TurnBuilder {
    var number: Int
    var lines: [String] = []
    var options: [String] = []
    var effects: [Effect] = []
    var effectAnchors: [Int] = []
    var topic: Topic?
    var dialogue: String?
    var node: String?
    var crisis = false
    var safety: SafetyNet.Level?
    var route: Turn.Route = .fallback
    var confidence: Understanding.Confidence?
    var path: [String] = []

    init(number: Int) { self.number = number }

    mutating func say(_ line: String) {
        guard let first = line.utf8.first, let last = line.utf8.last else { return }
        if first == 0x0A || last == 0x20 || last == 0x0A {
            // Leading spaces stay: they indent a list.
            var trimmed = line.trimmingCharacters(in: .newlines)
            while trimmed.last?.isWhitespace == true { trimmed.removeLast() }
            if !trimmed.trimmingCharacters(in: .whitespaces).isEmpty { lines.append(trimmed) }
        } else {
            lines.append(line)
        }
    }

    /// Places the results of effects not yet placed after the lines said so far.
    mutating func anchorNewEffects() {
        while effectAnchors.count < effects.count { effectAnchors.append(lines.count) }
    }

    /// Adds an effect whose result belongs after the lines said so far.
    mutating func place(_ effect: Effect) {
        anchorNewEffects()
        effects.append(effect)
        anchorNewEffects()
    }

    func finish(state: ConversationState) -> Turn {
        var turn = Turn(number: number)
        turn.reply = lines.joined(separator: "\n")
        turn.options = options
        turn.effects = effects
        turn.effectAnchors = effectAnchors + Array(repeating: lines.count, count: max(0, effects.count - effectAnchors.count))
        turn.lines = lines
        turn.crisis = crisis
        turn.safety = safety
        turn.route = route
        turn.confidence = confidence
        turn.topic = topic
        turn.dialogue = dialogue
        turn.node = node
        turn.path = path
        turn.ended = state.isIdle
        return turn
    }
}
