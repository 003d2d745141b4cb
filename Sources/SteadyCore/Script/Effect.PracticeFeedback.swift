extension Effect {
    /// The feedback the engine gave on a draft: the variable read, what it was for, the better
    /// version, and what was good and what to change.
    public struct PracticeFeedback: Sendable, Hashable {
        public var variable: String
        public var kind: OpenerFeedback.Purpose
        public var draft: String
        public var strengths: [OpenerFeedback.Trait]
        /// At most two pieces of advice.
        public var advice: [OpenerFeedback.Trait]

        public init(variable: String, kind: OpenerFeedback.Purpose, draft: String, strengths: [OpenerFeedback.Trait],
                    advice: [OpenerFeedback.Trait]) {
            self.variable = variable
            self.kind = kind
            self.draft = draft
            self.strengths = strengths
            self.advice = advice
        }
    }
}
