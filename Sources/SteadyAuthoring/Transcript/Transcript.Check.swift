import SteadyCore

extension Transcript {
    /// What a `<` or `=` line expects of a turn.
    public enum Check: Sendable, Hashable, CustomStringConvertible {
        /// `< TEXT`: the reply contains the text, ignoring case.
        case replyContains(String)
        /// `= not TEXT`: the reply does not contain the text, ignoring case.
        case replyLacks(String)
        /// `= topic ID`
        case topic(String)
        /// `= dialogue ID`
        case dialogue(String)
        /// `= node ID`, or `= node DIALOGUE/ID`
        case node(String)
        /// `= crisis true|false`
        case crisis(Bool)
        /// `= ended true|false`: whether no dialogue is active after the turn.
        case ended(Bool)
        /// `= option N TEXT`: the Nth option (from 1) contains the text, ignoring case.
        case option(Int, String)
        /// `= effect TYPE`: the turn asks for an effect of this type.
        case effect(String)
        /// `= var NAME VALUE`: the variable's value after the turn.
        case variable(String, String)

        /// The check as an author would say it.
        public var description: String {
            switch self {
            case .replyContains(let text): "the reply to contain \u{201C}\(text)\u{201D}"
            case .replyLacks(let text): "the reply not to contain \u{201C}\(text)\u{201D}"
            case .topic(let id): "the topic to be \(id)"
            case .dialogue(let id): "the dialogue to be \(id)"
            case .node(let id): "the step to be \(id)"
            case .crisis(let flag): flag ? "the safety net to respond" : "no crisis response"
            case .ended(let flag): flag ? "the dialogue to have ended" : "a dialogue still to be going on"
            case .option(let number, let text): "option \(number) to contain \u{201C}\(text)\u{201D}"
            case .effect(let type): "an effect of type \(type)"
            case .variable(let name, let value): "the variable \(name) to be \(value)"
            }
        }
    }
}
