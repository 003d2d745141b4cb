extension Effect {
    /// Practice mode: feedback on the text in a variable, with a better version stored in `into`.
    public struct Feedback: Sendable, Hashable {
        /// The variable that holds what the person wrote.
        public var variable: String
        /// What the text is for; an opener when not given.
        public var kind: Slot<OpenerFeedback.Purpose>?
        /// When to suggest meeting, such as "this week".
        public var when: String?
        /// A line to add to the better version, such as a question.
        public var add: String?
        /// The variable to store the better version in.
        public var into: String?

        public init(variable: String, kind: Slot<OpenerFeedback.Purpose>? = nil, when: String? = nil, add: String? = nil,
                    into: String? = nil) {
            self.variable = variable
            self.kind = kind
            self.when = when
            self.add = add
            self.into = into
        }
    }
}
