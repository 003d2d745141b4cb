extension Pattern {
    /// Matches the pattern against a message, compiled against the ids the message was read
    /// with; for patterns that are not compiled at load, such as a step's replies.
    public func match(_ message: Message) -> PatternMatch? {
        CompiledPattern(self, ids: message.wordIDs).match(message)
    }

    /// Every place the pattern matches, one match per start position.
    public func matches(_ message: Message) -> [PatternMatch] {
        CompiledPattern(self, ids: message.wordIDs).matches(message)
    }

    /// Why the pattern does not match, in words an author understands; nil when it matches.
    public func whyNot(_ message: Message) -> String? {
        let compiled = CompiledPattern(self, ids: message.wordIDs)
        for (excluded, element) in zip(exclusions, compiled.exclusions) where CompiledPattern.occurs(element, in: message) {
            return "the message contains \(Self.describe(excluded)), which this pattern excludes"
        }
        if compiled.match(message) != nil { return nil }
        // Find the longest prefix of elements that matches somewhere.
        var best = 0
        for count in stride(from: elements.count - 1, through: 1, by: -1) {
            let prefix = Pattern(
                source: source, elements: Array(elements.prefix(count)), exclusions: [],
                anchoredStart: anchoredStart, anchoredEnd: false)
            if prefix.match(message) != nil {
                best = count
                break
            }
        }
        if best == elements.count, anchoredEnd { return "matches, but not at the end of the message" }
        let missing = elements[best]
        return best == 0
            ? "nothing matches \(Self.describe(missing))"
            : "matched up to \(Self.describe(elements[best - 1])), then found no \(Self.describe(missing))"
    }
}
