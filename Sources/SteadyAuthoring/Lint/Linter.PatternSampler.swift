import SteadyCore

extension Linter {
    /// Writes out sample messages a pattern matches: each alternative, with and without the
    /// optional words, each phrase of a concept, and a stand-in word for each `*`.
    struct PatternSampler: Sendable {
        var concepts: ConceptTable
        /// The most samples made for one pattern.
        var limit = 240
        /// The most phrases tried for one concept.
        var phrasesPerConcept = 40
        /// A word no script or concept uses, standing in for what `*` captures.
        static let filler = "xq"

        /// Sample messages as token lists.
        func samples(_ pattern: Pattern) -> [[String]] {
            expand(pattern.elements)
        }

        private func expand(_ elements: [Pattern.Element]) -> [[String]] {
            let choices = elements.map(expand)
            guard !choices.contains(where: \.isEmpty) else { return [] }
            var total = 1
            for options in choices { total = total.multipliedReportingOverflow(by: options.count).overflow ? Int.max : total * options.count }
            if total <= limit {
                var out: [[String]] = [[]]
                for options in choices { out = out.flatMap { prefix in options.map { prefix + $0 } } }
                return out
            }
            // Too many combinations: every option of every element appears at least once, and
            // the rest of the samples mix options from a fixed pseudo-random sequence.
            let covering = choices.map(\.count).max() ?? 0
            var random: UInt64 = 0x9E37_79B9_7F4A_7C15
            return (0..<limit).map { k in
                choices.flatMap { options -> [String] in
                    if k < covering { return options[k % options.count] }
                    random = random &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    return options[Int((random >> 33) % UInt64(options.count))]
                }
            }
        }

        private func expand(_ element: Pattern.Element) -> [[String]] {
            switch element {
            case .word(let word): return [[word]]
            case .wildcard: return [[Self.filler]]
            case .concept(let name): return Array((concepts.phrases[name] ?? []).prefix(phrasesPerConcept))
            case .choice(let alternatives): return thin(alternatives.flatMap(expand))
            case .optional(let alternatives): return thin([[]] + alternatives.flatMap(expand))
            }
        }

        /// Keeps at most `limit` samples, spread evenly over the list so every part is tried.
        private func thin(_ samples: [[String]]) -> [[String]] {
            guard samples.count > limit else { return samples }
            let step = Double(samples.count) / Double(limit)
            return (0..<limit).map { samples[Int(Double($0) * step)] }
        }
    }
}
