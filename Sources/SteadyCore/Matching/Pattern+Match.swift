/// Where a pattern matched a message, with what its wildcards captured.
public struct PatternMatch: Sendable, Hashable {
    /// First matched token.
    public var start: Int
    /// One past the last matched token.
    public var end: Int
    /// The tokens each `*` took, in order.
    public var captures: [[String]]
}

extension Pattern {
    /// Matches the pattern against a message, or returns nil.
    public func match(_ message: Message) -> PatternMatch? {
        let tokens = message.tokens
        for excluded in exclusions where Self.occurs(excluded, in: message) {
            return nil
        }
        let starts = anchoredStart ? 0..<min(1, tokens.count + 1) : 0..<max(tokens.count, 1)
        for start in starts {
            var captures: [[String]] = []
            if let end = Self.match(elements[...], at: start, in: message, anchoredEnd: anchoredEnd, captures: &captures) {
                return PatternMatch(start: start, end: end, captures: captures)
            }
        }
        return nil
    }

    /// Why the pattern does not match, in words an author understands; nil when it matches.
    public func whyNot(_ message: Message) -> String? {
        for excluded in exclusions where Self.occurs(excluded, in: message) {
            return "the message contains \(Self.describe(excluded)), which this pattern excludes"
        }
        if match(message) != nil { return nil }
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

    static func describe(_ element: Element) -> String {
        switch element {
        case .word(let w): "'\(w)'"
        case .concept(let c): "~\(c)"
        case .wildcard: "'*' (one or more words)"
        case .optional(let alts): "[" + alts.map { $0.map(describe).joined(separator: " ") }.joined(separator: "|") + "]"
        case .choice(let alts): "(" + alts.map { $0.map(describe).joined(separator: " ") }.joined(separator: "|") + ")"
        }
    }

    static func occurs(_ element: Element, in message: Message) -> Bool {
        for start in message.tokens.indices {
            var captures: [[String]] = []
            if match([element][...], at: start, in: message, anchoredEnd: false, captures: &captures) != nil {
                return true
            }
        }
        return false
    }

    /// Matches elements from a token position; returns the end position.
    static func match(
        _ elements: ArraySlice<Element>, at position: Int, in message: Message, anchoredEnd: Bool,
        captures: inout [[String]]
    ) -> Int? {
        let tokens = message.tokens
        guard let first = elements.first else {
            return !anchoredEnd || position == tokens.count ? position : nil
        }
        let rest = elements.dropFirst()
        switch first {
        case .word(let w):
            guard position < tokens.count, tokens[position] == w else { return nil }
            return match(rest, at: position + 1, in: message, anchoredEnd: anchoredEnd, captures: &captures)
        case .concept(let name):
            guard position < tokens.count else { return nil }
            for hit in message.conceptHits[position] where hit.concept == name {
                if let end = match(rest, at: position + hit.length, in: message, anchoredEnd: anchoredEnd, captures: &captures) {
                    return end
                }
            }
            return nil
        case .wildcard:
            let available = tokens.count - position
            guard available >= 1 else { return nil }
            // A trailing wildcard takes everything left; an inner one takes as little as it can.
            let lengths: [Int] = rest.isEmpty ? [available] : Array(1...available)
            for length in lengths {
                let mark = captures.count
                captures.append(Array(tokens[position..<(position + length)]))
                if let end = match(rest, at: position + length, in: message, anchoredEnd: anchoredEnd, captures: &captures) {
                    return end
                }
                captures.removeSubrange(mark...)
            }
            return nil
        case .choice(let alts), .optional(let alts):
            for alt in alts {
                let mark = captures.count
                if let end = match(ArraySlice(alt) + rest, at: position, in: message, anchoredEnd: anchoredEnd, captures: &captures) {
                    return end
                }
                captures.removeSubrange(mark...)
            }
            if case .optional = first {
                return match(rest, at: position, in: message, anchoredEnd: anchoredEnd, captures: &captures)
            }
            return nil
        }
    }
}
