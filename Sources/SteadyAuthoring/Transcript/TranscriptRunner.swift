import SteadyCore

/// Plays transcripts through a fresh ``Engine`` and compares each turn with what they expect.
///
/// The runner performs no effects itself: the caller's `show` closure performs a turn's effects
/// and returns the reply as a person would see it, so checks read the same text they would.
public struct TranscriptRunner: Sendable {
    public var library: Library

    public init(library: Library) { self.library = library }

    /// Plays one transcript from a fresh conversation and checks every turn.
    public func run(_ transcript: Transcript, show: (Turn) -> String) -> Report {
        let engine = Engine(library: library, region: transcript.region)
        var (turn, state) = engine.start(seed: transcript.seed)
        if transcript.start == .practice { turn = engine.practiceMenu(state: &state) }
        var report = Report()
        for (index, step) in transcript.steps.enumerated() {
            if index > 0 { turn = engine.respond(to: step.input ?? "", state: &state) }
            turn.reply = show(turn)
            report.turns.append(turn)
            for expectation in step.expectations {
                if let actual = Self.difference(expectation.check, turn: turn, state: state) {
                    report.failures.append(Failure(expectation: expectation, actual: actual, turn: turn, input: step.input))
                }
            }
        }
        return report
    }

    /// What the turn shows instead, when a check does not hold; nil when it holds.
    static func difference(_ check: Transcript.Check, turn: Turn, state: ConversationState) -> String? {
        switch check {
        case .replyContains(let text):
            return Self.contains(Self.visibleText(turn), text) ? nil : "the reply did not contain it"
        case .replyLacks(let text):
            return Self.contains(Self.visibleText(turn), text) ? "the reply contained it" : nil
        case .topic(let id):
            return turn.topic?.rawValue == id ? nil : turn.topic.map { "the topic was \($0.rawValue)" } ?? "there was no topic"
        case .dialogue(let id):
            return turn.dialogue == id ? nil : turn.dialogue.map { "the dialogue was \($0)" } ?? "no dialogue answered"
        case .node(let id):
            let actual = id.contains("/") ? turn.dialogue.flatMap { d in turn.node.map { "\(d)/\($0)" } } : turn.node
            return actual == id ? nil : actual.map { "the step was \($0)" } ?? "no step was active"
        case .crisis(let flag):
            guard turn.crisis != flag else { return nil }
            return turn.crisis ? "the safety net responded" : "the safety net did not respond"
        case .ended(let flag):
            guard turn.ended != flag else { return nil }
            return turn.ended ? "the dialogue had ended" : "a dialogue was still going on (\(turn.dialogue ?? "?"), step \(turn.node ?? "?"))"
        case .option(let number, let text):
            guard turn.options.indices.contains(number - 1) else {
                return turn.options.isEmpty ? "there were no options" : "there were only \(turn.options.count) options"
            }
            let option = turn.options[number - 1]
            return Self.contains(option, text) ? nil : "option \(number) was \u{201C}\(option)\u{201D}"
        case .effect(let type):
            guard !turn.effects.contains(where: { $0.type == type }) else { return nil }
            return turn.effects.isEmpty
                ? "the turn asked for no effects"
                : "the effects were \(turn.effects.map(\.type).joined(separator: ", "))"
        case .variable(let name, let expected):
            guard let value = state.variables[name] else { return "\(name) was not set" }
            return Self.matches(value, expected) ? nil : "\(name) was \(value)"
        }
    }

    /// The reply and its numbered options, as a person sees them.
    static func visibleText(_ turn: Turn) -> String {
        ([turn.reply] + turn.options.enumerated().map { "\($0.offset + 1). \($0.element)" }).joined(separator: "\n")
    }

    /// Whether `text` contains `part`, ignoring case and the difference between straight and curly quotes.
    static func contains(_ text: String, _ part: String) -> Bool {
        folded(text).contains(folded(part))
    }

    static func folded(_ text: String) -> String {
        String(text.lowercased().map { character -> Character in
            switch character {
            case "\u{2018}", "\u{2019}": "'"
            case "\u{201C}", "\u{201D}": "\""
            default: character
            }
        })
    }

    static func matches(_ value: Value, _ expected: String) -> Bool {
        switch value {
        case .number(let number): Double(expected) == number
        case .bool(let flag): ["true", "yes"].contains(expected.lowercased()) ? flag : ["false", "no"].contains(expected.lowercased()) && !flag
        case .text(let text): folded(text) == folded(expected)
        }
    }
}
