import SteadyCore

extension Transcript {
    /// Every problem found in a transcript that could not be read.
    public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        public var problems: [Problem]

        public init(problems: [Problem]) { self.problems = problems }

        public var description: String { problems.map(\.description).joined(separator: "\n") }
    }
}
