import SteadyCore

extension Transcript {
    /// Something in a transcript file that cannot be read, with where it is.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        /// Line number starting from 1.
        public var line: Int
        /// Column number starting from 1.
        public var column: Int
        public var message: String

        public init(line: Int, column: Int, _ message: String) {
            self.line = line
            self.column = column
            self.message = message
        }

        /// `line:col: message`
        public var description: String { "\(line):\(column): \(message)" }
    }
}
