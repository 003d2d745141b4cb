import SteadyCore

extension Explorer {
    /// A problem exploration found, with the conversation that shows it.
    public struct Finding: Sendable, Hashable {
        public enum Kind: String, Sendable, Hashable {
            /// A step answered many times, in many ways, that never led anywhere else.
            case cannotLeave = "cannot be left"
            /// Steps that went round until the engine stopped the turn.
            case loopWithoutWaiting = "loop without waiting"
            /// A line said with a `{variable}` that had no value.
            case unfilledVariable = "unfilled variable"
        }

        public var kind: Kind
        /// The step, as "dialogueID/nodeID".
        public var step: String
        /// Where the step is written, when it is a script's.
        public var location: SourceLocation?
        public var conversation: Conversation
        public var message: String
        public var variable: String?

        /// What makes two findings the same problem.
        var key: String { "\(kind.rawValue) \(step) \(variable ?? "")" }
    }
}
