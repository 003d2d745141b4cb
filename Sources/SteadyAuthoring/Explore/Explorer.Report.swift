import SteadyCore

extension Explorer {
    /// What a run of ``Explorer`` found.
    public struct Report: Sendable {
        /// Problems a person would meet; the run fails when there is any.
        public var findings: [Finding] = []
        /// Ways between steps the exploration took that no transcript takes.
        public var uncovered: [UncoveredPath] = []
        public var conversations = 0
        public var turns = 0
    }

    /// One conversation as played: the dialogue it started in and what was typed.
    public struct Conversation: Sendable, Hashable {
        /// Its place in the run, from 0.
        public var number: Int
        public var dialogue: String
        public var inputs: [String]
    }

    /// A way between steps that no transcript takes, and a conversation that took it.
    public struct UncoveredPath: Sendable, Hashable {
        public var edge: TranscriptCoverage.Edge
        public var conversation: Conversation
    }
}
