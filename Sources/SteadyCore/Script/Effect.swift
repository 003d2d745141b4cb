/// Something a step asks the front end to do; the engine only describes it.
///
/// Effects reach `--jsonl` output as objects with a `type` and their parameters.
public struct Effect: Sendable, Hashable, Codable {
    public var type: String
    public var parameters: [String: String]

    public init(type: String, parameters: [String: String] = [:]) {
        self.type = type
        self.parameters = parameters
    }

    /// The effect types scripts may use, with the parameters each accepts.
    public static let known: [String: Set<String>] = [
        "exercise": ["name", "rounds", "seconds"],
        "suggest_contact": ["support"],
        "record_checkin": ["coping", "trigger", "before", "after", "reached_out", "lapse"],
        "show_reasons": [],
        "show_crisis_lines": [],
        "show_contacts": [],
        "offer_practice": ["scenario"],
        "add_reason": ["from"],
        // Practice mode: the engine turns `feedback` into spoken feedback and a `practice_feedback`
        // effect, and `pick_response` into a variable; the front end records `record_practice`.
        "feedback": ["kind", "when", "add", "into"],
        "pick_response": ["from"],
        "record_practice": ["scenario", "contact", "response", "after", "reached_out"],
    ]
}
