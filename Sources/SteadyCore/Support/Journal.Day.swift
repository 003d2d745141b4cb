import Foundation

extension Journal {
    /// One calendar day and the highest intensity noted on it.
    public struct Day: Sendable, Hashable {
        /// The start of the day.
        public var date: Date
        /// Highest intensity noted that day; nil with no check-in that says.
        public var peak: Int?

        public init(date: Date, peak: Int?) {
            self.date = date
            self.peak = peak
        }
    }
}
