extension Pattern {
    /// What one search of a message has found so far, and how much work it has done.
    struct Search {
        /// The most steps one search of a message may take. Wildcards can be tried at many
        /// lengths, so a pattern such as `* * * * x` against a long message could otherwise take
        /// very long; past this the pattern is taken not to match.
        static let maximumSteps = 20_000

        /// The tokens each `*` took so far, in order.
        var captures: [[String]] = []
        /// Steps taken so far.
        var steps = 0
    }
}
