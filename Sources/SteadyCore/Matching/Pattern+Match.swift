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
        for word in requiredWords where !tokens.contains(word) { return nil }
        for excluded in exclusions where Self.occurs(excluded, in: message) {
            return nil
        }
        let count = tokens.count
        let starts = anchoredStart ? 0..<min(1, count + 1) : 0..<max(count, 1)
        let anchoredEnd = anchoredEnd
        for start in starts {
            if case .word(let w)? = elements.first, start < count, tokens[start] != w { continue }
            var captures: [[String]] = []
            let end = Self.match(elements[...], at: start, in: message, captures: &captures) { end, _ in
                !anchoredEnd || end == count ? end : nil
            }
            if let end { return PatternMatch(start: start, end: end, captures: captures) }
        }
        return nil
    }

    /// Every place the pattern matches, one match per start position.
    public func matches(_ message: Message) -> [PatternMatch] {
        let tokens = message.tokens
        for word in requiredWords where !tokens.contains(word) { return [] }
        for excluded in exclusions where Self.occurs(excluded, in: message) { return [] }
        let count = tokens.count
        let anchoredEnd = anchoredEnd
        var found: [PatternMatch] = []
        for start in anchoredStart ? 0..<min(1, count + 1) : 0..<max(count, 1) {
            if case .word(let w)? = elements.first, start < count, tokens[start] != w { continue }
            var captures: [[String]] = []
            let end = Self.match(elements[...], at: start, in: message, captures: &captures) { end, _ in
                !anchoredEnd || end == count ? end : nil
            }
            if let end { found.append(PatternMatch(start: start, end: end, captures: captures)) }
        }
        return found
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
            if match([element][...], at: start, in: message, captures: &captures, then: { end, _ in end }) != nil {
                return true
            }
        }
        return false
    }

    /// Matches elements from a token position, then hands the end position to `then`, which
    /// says whether the rest of the pattern matches from there (backtracking when it does not).
    static func match(
        _ elements: ArraySlice<Element>, at position: Int, in message: Message, captures: inout [[String]],
        then: (Int, inout [[String]]) -> Int?
    ) -> Int? {
        let tokens = message.tokens
        guard let first = elements.first else { return then(position, &captures) }
        let rest = elements.dropFirst()
        switch first {
        case .word(let w):
            guard position < tokens.count, tokens[position] == w else { return nil }
            return match(rest, at: position + 1, in: message, captures: &captures, then: then)
        case .concept(let name):
            guard position < tokens.count else { return nil }
            for hit in message.conceptHits[position] where hit.concept == name {
                if let end = match(rest, at: position + hit.length, in: message, captures: &captures, then: then) {
                    return end
                }
            }
            return nil
        case .wildcard:
            let available = tokens.count - position
            guard available >= 1 else { return nil }
            // A trailing wildcard takes everything left first; an inner one takes as little as it can.
            let lengths = rest.isEmpty ? AnySequence(stride(from: available, through: 1, by: -1)) : AnySequence(1...available)
            for length in lengths {
                let mark = captures.count
                captures.append(Array(tokens[position..<(position + length)]))
                if let end = match(rest, at: position + length, in: message, captures: &captures, then: then) {
                    return end
                }
                captures.removeSubrange(mark...)
            }
            return nil
        case .choice(let alts), .optional(let alts):
            for alt in alts {
                let mark = captures.count
                let end = match(alt[...], at: position, in: message, captures: &captures) { altEnd, captures in
                    match(rest, at: altEnd, in: message, captures: &captures, then: then)
                }
                if let end { return end }
                captures.removeSubrange(mark...)
            }
            if case .optional = first {
                return match(rest, at: position, in: message, captures: &captures, then: then)
            }
            return nil
        }
    }
}
