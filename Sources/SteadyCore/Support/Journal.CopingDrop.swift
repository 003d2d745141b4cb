extension Journal {
    /// How much a coping step lowered the intensity, on average.
    public struct CopingDrop: Sendable, Hashable {
        public var coping: String
        /// Mean of before minus after; positive when it helped.
        public var averageDrop: Double
        /// Check-ins with both intensities known.
        public var count: Int

        public init(coping: String, averageDrop: Double, count: Int) {
            self.coping = coping
            self.averageDrop = averageDrop
            self.count = count
        }
    }
}
