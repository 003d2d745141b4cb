import SteadyCore

extension Transcript {
    /// One turn of a transcript: what the person types (nothing for the opening) and the checks
    /// on Steady's answer.
    public struct Step: Sendable, Hashable {
        /// The message, or nil for the opening turn.
        public var input: String?
        /// The line of the `>` that gave the message; 0 for the opening turn.
        public var line: Int
        public var expectations: [Expectation]

        public init(input: String? = nil, line: Int = 0, expectations: [Expectation] = []) {
            self.input = input
            self.line = line
            self.expectations = expectations
        }
    }
}
