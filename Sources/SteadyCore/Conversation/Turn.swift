/// What Steady answers to one message: a value the front end renders and whose effects it performs.
public struct Turn: Sendable, Hashable {
    /// 0 for the opening, then 1, 2, ... for each message answered.
    public var number: Int
    public var reply: String
    public var topic: Topic?
    public var dialogue: String?
    public var node: String?
    /// Whether the safety net found danger in this message (or the person confirmed it).
    public var crisis: Bool
    /// What the safety net did with this message: the crisis response, a safety check, or nil.
    public var safety: SafetyNet.Level?
    public var options: [String]
    public var effects: [Effect]
    /// For each effect, how many reply lines come before the place its result belongs.
    public var effectAnchors: [Int]
    /// The reply as separate lines, as the steps said them.
    public var lines: [String]
    /// Whether the conversation has no active dialogue after this turn.
    public var ended: Bool
    /// How the message was understood, for `explain` and tests.
    public var route: Route
    /// How sure Steady was of where a first message belongs; nil when the turn was not routed
    /// (an answer to a step, the safety net, a command).
    public var confidence: Understanding.Confidence?
    /// Every step entered this turn, in order, as "dialogueID/nodeID".
    public var path: [String]

    /// The reply with each effect's result placed after the line of the step that asked for it.
    public func reply(inserting results: [String?]) -> String {
        var out: [String] = []
        var pending = Array(zip(effectAnchors, results).enumerated())
        for (index, line) in lines.enumerated() {
            while let first = pending.first, first.element.0 <= index {
                if let text = first.element.1 { out.append(text) }
                pending.removeFirst()
            }
            out.append(line)
        }
        for item in pending { if let text = item.element.1 { out.append(text) } }
        return out.joined(separator: "\n")
    }

    public enum Route: Sendable, Hashable {
        case opening
        case safety(SafetyNet.Category)
        /// The safety check asked, or answered with "no" or "not sure".
        case safetyCheck(SafetyNet.Category)
        case crisisFollowUp
        case answer
        case reply(String)
        case trigger(String)
        case example(String, Double)
        /// The topic model read the message as the dialogue's topic, with this probability.
        case model(Double)
        case reask
        case movedOn
        case command(String)
        case fallback
        /// The message is about something Steady is not for.
        case outOfScope
        case empty
        /// Steady asked about the last message before going on: a value read from words, or a
        /// switch to another topic.
        case confirm
    }

    public init(number: Int) {
        self.number = number
        reply = ""
        crisis = false
        options = []
        effects = []
        effectAnchors = []
        lines = []
        ended = false
        route = .fallback
        path = []
    }
}
