extension Journal {
    /// How often something came up.
    public struct Tally: Sendable, Hashable {
        public var label: String
        public var count: Int

        public init(_ label: String, _ count: Int) {
            self.label = label
            self.count = count
        }

        /// Counts labels, most frequent first, ties in the order first seen.
        static func count(_ labels: [String]) -> [Tally] {
            var order: [String] = []
            var counts: [String: Int] = [:]
            for label in labels {
                if counts[label] == nil { order.append(label) }
                counts[label, default: 0] += 1
            }
            return order.enumerated()
                .sorted { left, right in
                    let (leftCount, rightCount) = (counts[left.element] ?? 0, counts[right.element] ?? 0)
                    return leftCount != rightCount ? leftCount > rightCount : left.offset < right.offset
                }
                .map { Tally($0.element, counts[$0.element] ?? 0) }
        }
    }
}
