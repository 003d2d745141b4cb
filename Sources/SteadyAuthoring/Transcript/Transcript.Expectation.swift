import SteadyCore

extension Transcript {
    /// One check written in a transcript, with where it was written.
    public struct Expectation: Sendable, Hashable {
        public var check: Check
        /// Line number starting from 1.
        public var line: Int
        /// Column of the checked text, starting from 1.
        public var column: Int

        public init(_ check: Check, line: Int, column: Int) {
            self.check = check
            self.line = line
            self.column = column
        }
    }
}
