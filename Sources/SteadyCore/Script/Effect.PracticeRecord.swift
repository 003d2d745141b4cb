extension Effect {
    /// What a `record_practice` notes: the scenario, who it was for, how the other person answered,
    /// the confidence afterwards (0 to 10), and whether the person reached out for real.
    public struct PracticeRecord: Sendable, Hashable {
        public var scenario: String?
        public var contact: String?
        public var response: String?
        public var after: Slot<Int>?
        public var reachedOut: Slot<Bool>?

        public init(scenario: String? = nil, contact: String? = nil, response: String? = nil, after: Slot<Int>? = nil,
                    reachedOut: Slot<Bool>? = nil) {
            self.scenario = scenario
            self.contact = contact
            self.response = response
            self.after = after
            self.reachedOut = reachedOut
        }
    }
}
