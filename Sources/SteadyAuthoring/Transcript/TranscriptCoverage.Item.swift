import SteadyCore

extension TranscriptCoverage {
    /// One dialogue, step, trigger, option or branch, and how often the transcripts reached it.
    public struct Item: Sendable, Hashable {
        public var name: String
        /// How often the transcripts reached it.
        public var count: Int
        /// How many of its dialogue's examples reached it (triggers only).
        public var examples: Int

        public init(name: String, count: Int, examples: Int = 0) {
            self.name = name
            self.count = count
            self.examples = examples
        }

        /// Whether a transcript or an example reached it.
        public var reached: Bool { count > 0 || examples > 0 }
    }
}
