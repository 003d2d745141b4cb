/// Everything the engine remembers between turns; saved after every turn so a conversation
/// can resume where it stopped.
public struct ConversationState: Sendable, Codable, Hashable {
    /// One active dialogue: where it is, and how often the current question was re-asked.
    public struct Frame: Sendable, Codable, Hashable {
        public var dialogue: String
        public var node: String
        /// Unusable answers given to the current question so far.
        public var attempts: Int = 0
        /// Set on a caller while the dialogue it called runs: what to do on return.
        public var resume: Resume?

        public init(dialogue: String, node: String) {
            self.dialogue = dialogue
            self.node = node
        }
    }

    /// What a calling step does when the called dialogue ends.
    public enum Resume: Sendable, Codable, Hashable {
        /// Ask the calling step's question again.
        case reask
        /// Go on with the calling step's branches after this one.
        case branchesAfter(Int)
    }

    /// The crisis response stays until the person chooses to go on.
    public struct Crisis: Sendable, Codable, Hashable {
        public var category: SafetyNet.Category
        public var since: Int
        /// The choices the crisis response offered, which its follow-up reads a number against
        /// (nil: ``Engine/crisisOptions``, as in conversations saved before it was kept).
        public var options: [String]?
    }

    /// Active dialogues, innermost last.
    public var stack: [Frame] = []
    public var variables: [String: Value] = [:]
    /// Turns answered so far; the opening is turn 0.
    public var turn: Int = 0
    /// The last question Steady asked, for re-asking and for front ends.
    public var lastQuestion: String?
    public var crisis: Crisis?
    /// The safety check asked and not yet answered.
    public var pendingCheck: Engine.PendingCheck?
    /// The kinds of safety check asked in this conversation: each is asked once.
    public var askedChecks: Set<String>?
    /// Dialogue ids behind the numbered options of a menu Steady just showed.
    public var menu: [String] = []
    /// A question about the last answer (a value to confirm, a switch to offer), not yet answered.
    public var pending: Pending?
    /// What the last matched pattern captured, reflected ("i feel" -> "you feel").
    public var captures: [String] = []
    public var random: SeededRandom
    /// The variant last said at each step, so a step never repeats itself twice in a row.
    public var lastVariant: [String: Int] = [:]

    public init(seed: UInt64) { random = SeededRandom(seed: seed) }

    public var isIdle: Bool { stack.isEmpty && crisis == nil && pendingCheck == nil }
}
