import SteadyCore

extension TranscriptRunner {
    /// One check that did not hold: what the transcript expected, where, and what happened.
    public struct Failure: Sendable, Hashable {
        public var expectation: Transcript.Expectation
        /// What the turn showed instead, in words: "the topic was stress".
        public var actual: String
        /// The turn the check was about, with the reply a person saw.
        public var turn: Turn
        /// What the person typed; nil for the opening turn.
        public var input: String?

        public init(expectation: Transcript.Expectation, actual: String, turn: Turn, input: String?) {
            self.expectation = expectation
            self.actual = actual
            self.turn = turn
            self.input = input
        }

        public var line: Int { expectation.line }

        /// The difference for a person: what was expected and what happened, with the reply.
        public var explanation: [String] {
            let heard = input.map { "after \u{201C}> \($0)\u{201D} (turn \(turn.number))" } ?? "in the opening turn"
            var lines = ["expected \(expectation.check), but \(actual)", "\(heard):"]
            lines += turn.reply.split(separator: "\n", omittingEmptySubsequences: false).map { "  | " + $0 }
            lines += turn.options.enumerated().map { "  | \($0.offset + 1). \($0.element)" }
            let place = [turn.topic?.rawValue, turn.dialogue, turn.node].map { $0 ?? "-" }
            lines.append("  topic \(place[0]), dialogue \(place[1]), step \(place[2])")
            return lines
        }
    }
}
