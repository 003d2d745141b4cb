import SteadyCore

extension TranscriptRunner {
    /// What playing one transcript showed: every turn, and every check that did not hold.
    public struct Report: Sendable {
        /// The turns as played, the opening first, each with the reply a person saw.
        public var turns: [Turn] = []
        /// The checks that did not hold, in the order they are written.
        public var failures: [Failure] = []

        public init() {}

        public var passed: Bool { failures.isEmpty }
    }
}
