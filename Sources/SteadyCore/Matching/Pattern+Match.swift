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
        var first: PatternMatch?
        search(message) { match in
            first = match
            return false
        }
        return first
    }

    /// Every place the pattern matches, one match per start position.
    public func matches(_ message: Message) -> [PatternMatch] {
        var found: [PatternMatch] = []
        search(message) { match in
            found.append(match)
            return true
        }
        return found
    }

    /// Whether every required group can be present, going by the message's Bloom filter alone:
    /// false means the pattern certainly does not match.
    @inline(__always)
    func mayMatch(mask: UInt64) -> Bool {
        for groupMask in groupMasks where groupMask & mask == 0 { return false }
        return true
    }

    /// Whether `body` holds for each required group's atoms, asked in order until it does not.
    func allRequiredGroups(_ body: (ArraySlice<Int32>) -> Bool) -> Bool {
        var i = 0
        while i < requiredGroups.count {
            let end = i + 1 + Int(requiredGroups[i])
            guard body(requiredGroups[(i + 1)..<end]) else { return false }
            i = end
        }
        return true
    }

    /// Whether the message holds one atom of every required group.
    func hasRequiredGroups(_ message: Message) -> Bool {
        allRequiredGroups { group in group.contains(where: message.contains(atom:)) }
    }

    /// Hands each match to `found`, one per start position, until `found` returns false.
    private func search(_ message: Message, _ found: (PatternMatch) -> Bool) {
        // Cheap checks first: every required group must have one of its words or concepts in the
        // message, and nothing excluded may occur.
        guard groupCount == 0 || (mayMatch(mask: message.atomMask) && hasRequiredGroups(message)) else { return }
        if hasExclusions {
            for excluded in compiledExclusions where Self.occurs(excluded, in: message) { return }
        }
        let count = message.ids.count
        let anchoredEnd = anchoredEnd
        var search = Search()
        for start in anchoredStart ? 0..<min(1, count + 1) : 0..<max(count, 1) {
            if let first = firstKeys, start < count, !Self.starts(first, at: start, in: message) { continue }
            search.captures = []
            let end = Self.match(compiled[...], at: start, in: message, captures: &search) { end, _ in
                !anchoredEnd || end == count ? end : nil
            }
            if search.steps > Search.maximumSteps { return }
            if let end, !found(PatternMatch(start: start, end: end, captures: search.captures)) { return }
        }
    }

    /// Whether a token position holds one of the atoms a match must begin with.
    static func starts(_ keys: [Int32], at position: Int, in message: Message) -> Bool {
        let token = message.ids[position]
        for key in keys {
            if key == token || message.hits(at: position).contains(where: { $0.id == key }) { return true }
        }
        return false
    }

    /// Why the pattern does not match, in words an author understands; nil when it matches.
    public func whyNot(_ message: Message) -> String? {
        for (excluded, compiled) in zip(exclusions, compiledExclusions) where Self.occurs(compiled, in: message) {
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

    static func occurs(_ element: Compiled, in message: Message) -> Bool {
        for start in message.ids.indices {
            var search = Search()
            if match([element][...], at: start, in: message, captures: &search, then: { end, _ in end }) != nil {
                return true
            }
        }
        return false
    }

    /// Matches elements from a token position, then hands the end position to `then`, which
    /// says whether the rest of the pattern matches from there (backtracking when it does not).
    static func match(
        _ elements: ArraySlice<Compiled>, at position: Int, in message: Message, captures: inout Search,
        then: (Int, inout Search) -> Int?
    ) -> Int? {
        captures.steps += 1
        guard captures.steps <= Search.maximumSteps else { return nil }
        let ids = message.ids
        guard let first = elements.first else { return then(position, &captures) }
        let rest = elements.dropFirst()
        switch first {
        case .word(let w):
            guard position < ids.count, ids[position] == w else { return nil }
            return match(rest, at: position + 1, in: message, captures: &captures, then: then)
        case .concept(let id):
            guard position < ids.count else { return nil }
            for hit in message.hits(at: position) where hit.id == id {
                if let end = match(rest, at: position + hit.length, in: message, captures: &captures, then: then) {
                    return end
                }
            }
            return nil
        case .wildcard(let next):
            let tokens = message.tokens
            let available = tokens.count - position
            guard available >= 1 else { return nil }
            // A trailing wildcard takes everything left first; an inner one takes as little as it can.
            let lengths = rest.isEmpty ? AnySequence(stride(from: available, through: 1, by: -1)) : AnySequence(1...available)
            for length in lengths {
                // Only where what follows can begin; checking costs no step of the search.
                if let next, position + length >= ids.count || !starts(next, at: position + length, in: message) { continue }
                let mark = captures.captures.count
                captures.captures.append(Array(tokens[position..<(position + length)]))
                if let end = match(rest, at: position + length, in: message, captures: &captures, then: then) {
                    return end
                }
                captures.captures.removeSubrange(mark...)
            }
            return nil
        case .choice(let alts), .optional(let alts):
            for alt in alts {
                let mark = captures.captures.count
                let end = match(alt[...], at: position, in: message, captures: &captures) { altEnd, captures in
                    match(rest, at: altEnd, in: message, captures: &captures, then: then)
                }
                if let end { return end }
                captures.captures.removeSubrange(mark...)
            }
            if case .optional = first {
                return match(rest, at: position, in: message, captures: &captures, then: then)
            }
            return nil
        }
    }
}
