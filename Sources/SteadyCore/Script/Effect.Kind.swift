extension Effect {
    /// The types of effect, named as scripts and `--jsonl` name them, with the parameters each takes.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case exercise
        case suggestContact = "suggest_contact"
        case recordCheckin = "record_checkin"
        case showReasons = "show_reasons"
        case showCrisisLines = "show_crisis_lines"
        case showContacts = "show_contacts"
        case showSafetyPlan = "show_safety_plan"
        case offerPractice = "offer_practice"
        case addReason = "add_reason"
        case feedback
        case pickResponse = "pick_response"
        case recordPractice = "record_practice"
        case practiceFeedback = "practice_feedback"
        case safetyCheck = "safety_check"
        case crisis

        /// Whether a script may ask for it; the others only the engine makes.
        public var isWrittenInScripts: Bool { self != .practiceFeedback && self != .crisis }

        /// The parameter the effect's own value fills (`exercise: box-breathing` sets `name`);
        /// nil when the effect takes no value of its own (`record_practice: true`).
        public var primary: String? {
            switch self {
            case .exercise: "name"
            case .suggestContact: "support"
            case .recordCheckin: "coping"
            case .showCrisisLines: "kind"
            case .offerPractice: "scenario"
            case .addReason: "from"
            case .feedback, .pickResponse: Effect.variableParameter
            default: nil
            }
        }

        /// The parameters a script may write by name.
        public var parameters: [String] {
            switch self {
            case .exercise: ["name", "rounds", "seconds"]
            case .suggestContact: ["support"]
            case .recordCheckin: ["coping", "trigger", "before", "after", "reached_out", "lapse", "note"]
            case .offerPractice: ["scenario"]
            case .addReason: ["from"]
            case .feedback: ["kind", "when", "add", "into"]
            case .pickResponse: ["from"]
            case .recordPractice: ["scenario", "contact", "response", "after", "reached_out"]
            case .practiceFeedback: ["variable", "kind", "draft", "strengths", "advice"]
            case .crisis: ["category", "region"]
            case .showCrisisLines: ["kind"]
            case .showReasons, .showContacts, .showSafetyPlan, .safetyCheck: []
            }
        }
    }

    /// The parameter that holds a variable's name, given as the effect's own value
    /// (`feedback: opener`, `pick_response: style`).
    static let variableParameter = "value"
}
