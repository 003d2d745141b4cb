/// What Steady answers to one message: a value the front end renders and whose effects it performs.
public struct Turn: Sendable, Hashable {
    /// 0 for the opening, then 1, 2, ... for each message answered.
    public var number: Int
    public var reply: String
    public var topic: Topic?
    public var dialogue: String?
    public var node: String?
    /// Whether the safety net found danger in this message.
    public var crisis: Bool
    public var options: [String]
    public var effects: [Effect]
    /// Whether the conversation has no active dialogue after this turn.
    public var ended: Bool
    /// How the message was understood, for `explain` and tests.
    public var route: Route

    public enum Route: Sendable, Hashable {
        case opening
        case safety(SafetyNet.Category)
        case crisisFollowUp
        case answer
        case reply(String)
        case trigger(String)
        case example(String, Double)
        case reask
        case movedOn
        case command(String)
        case fallback
        case empty
    }

    public init(number: Int) {
        self.number = number
        reply = ""
        crisis = false
        options = []
        effects = []
        ended = false
        route = .fallback
    }
}
