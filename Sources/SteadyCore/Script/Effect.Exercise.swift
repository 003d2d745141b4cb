extension Effect {
    /// A timed exercise: which one, how many rounds, and for urge surfing how many seconds.
    public struct Exercise: Sendable, Hashable {
        /// The exercises Steady can lead.
        public enum Name: String, Sendable, Hashable, CaseIterable, EffectValue {
            case boxBreathing = "box-breathing"
            case pacedBreathing = "paced-breathing"
            case urgeSurfing = "urge-surfing"
        }

        public var name: Slot<Name>?
        public var rounds: Slot<Int>?
        public var seconds: Slot<Int>?

        /// Rounds when a script gives none.
        public static let defaultRounds = 4

        public init(name: Slot<Name>? = nil, rounds: Slot<Int>? = nil, seconds: Slot<Int>? = nil) {
            self.name = name
            self.rounds = rounds
            self.seconds = seconds
        }
    }
}
