import SteadyCore

extension TranscriptCoverage {
    /// One dialogue, step or trigger, and how often the transcripts reached it.
    public struct Item: Sendable, Hashable {
        public var name: String
        public var count: Int

        public init(name: String, count: Int) {
            self.name = name
            self.count = count
        }

        public var reached: Bool { count > 0 }
    }
}
