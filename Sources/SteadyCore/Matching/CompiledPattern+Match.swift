/// Where a pattern matched a message, with what its wildcards captured.
public struct PatternMatch: Sendable, Hashable {
    /// First matched token.
    public var start: Int
    /// One past the last matched token.
    public var end: Int
    /// The tokens each `*` took, in order.
    public var captures: [[String]]
}

extension CompiledPattern {
    /// The most steps one search of a message may take. Wildcards can be tried at many lengths,
    /// so a pattern such as `* * * * x` against a long message could otherwise take very long;
    /// past this the pattern is taken not to match.
    static let maximumSteps = 20_000

    /// What one search of a message has found so far, and how much work it has done.
    struct Search {
        /// The tokens each `*` took so far, in order.
        var captures: [[String]] = []
        /// Steps taken so far.
        var steps = 0
        /// The token position no wildcard may stretch past.
        var limit = Int.max
    }

    /// Matches the pattern against a message, or returns nil.
    public func match(_ message: Message) -> PatternMatch? {
        var first: PatternMatch?
        search(message) { match in
            first = match
            return false
        }
        return first
    }

    /// Every place the pattern matches, one match per start position. With `longest`, a wildcard
    /// never stretches a match past that many tokens: a long post is not searched for a phrase
    /// across all of it, and a short match is not hidden behind a long one at the same start.
    /// Nor is a match longer than `longest` sought: only the starts near the words the pattern
    /// needs are tried.
    public func matches(_ message: Message, longest: Int? = nil) -> [PatternMatch] {
        var found: [PatternMatch] = []
        search(message, longest: longest) { match in
            found.append(match)
            return true
        }
        return found
    }

    /// Whether the message holds one id of every required group: false means the pattern
    /// certainly does not match.
    func mayMatch(_ message: Message) -> Bool {
        for group in requiredGroups {
            var found = false
            for id in group where message.contains(atom: id) {
                found = true
                break
            }
            if !found { return false }
        }
        return true
    }

    /// Hands each match to `found`, one per start position, until `found` returns false.
    private func search(_ message: Message, longest: Int? = nil, _ found: (PatternMatch) -> Bool) {
        guard mayMatch(message) else { return }
        // The exclusions are read once the pattern has matched somewhere: most patterns tried on
        // a message match nowhere, and an exclusion is looked for across all of it.
        var exclusionsRead = false
        let count = message.ids.count
        // The closure below takes this flag, not `self`: capturing the pattern would copy it,
        // and every array it holds, at each start position.
        let anchoredEnd = pattern.anchoredEnd
        var search = Search()
        let near = longest.flatMap { nearRequired(message, within: $0) }
        for start in pattern.anchoredStart ? 0..<min(1, count + 1) : 0..<max(count, 1) {
            if let near, !near[start] { continue }
            if let firstIDs, start < count, !Self.starts(firstIDs, at: start, in: message) { continue }
            search.captures = []
            search.limit = longest.map { start + $0 } ?? Int.max
            let end = Self.match(elements[...], at: start, in: message, search: &search) { end, _ in
                !anchoredEnd || end == count ? end : nil
            }
            if search.steps > Self.maximumSteps { return }
            guard let end else { continue }
            if !exclusionsRead {
                if excludes(message) { return }
                exclusionsRead = true
            }
            if !found(PatternMatch(start: start, end: end, captures: search.captures)) { return }
        }
    }

    /// Whether one of the pattern's exclusions occurs in the message.
    private func excludes(_ message: Message) -> Bool {
        zip(exclusions, exclusionIDs).contains { exclusion, needed in
            // An exclusion none of whose words the message holds cannot occur in it.
            if let needed, !needed.contains(where: message.contains(atom:)) { return false }
            return Self.occurs(exclusion, in: message)
        }
    }

    /// For each token position, whether a match of at most `within` tokens starting there could
    /// hold one id of the required group that occurs least in the message (nil: try every start).
    private func nearRequired(_ message: Message, within: Int) -> [Bool]? {
        let count = message.ids.count
        guard count > within else { return nil }
        var fewest: [Int]?
        for group in requiredGroups {
            let places = group.flatMap { message.positions(of: $0) }.sortedUnique()
            if places.count < fewest?.count ?? Int.max { fewest = places }
        }
        guard let fewest else { return nil }
        var near = [Bool](repeating: false, count: count)
        for place in fewest {
            for start in max(0, place - within + 1)...place { near[start] = true }
        }
        return near
    }

    /// Whether a token position holds one of the ids a match must begin with there.
    static func starts(_ ids: [Int32], at position: Int, in message: Message) -> Bool {
        if ids.contains(message.ids[position]) { return true }
        return message.hits(at: position).contains { ids.contains($0.id) }
    }

    static func occurs(_ element: Element, in message: Message) -> Bool {
        let elements = [element][...]
        return message.ids.indices.contains { start in
            var search = Search()
            return match(elements, at: start, in: message, search: &search, then: { end, _ in end }) != nil
        }
    }

    /// Matches elements from a token position, then hands the end position to `then`, which
    /// says whether the rest of the pattern matches from there (backtracking when it does not).
    static func match(
        _ elements: ArraySlice<Element>, at position: Int, in message: Message, search: inout Search,
        then: (Int, inout Search) -> Int?
    ) -> Int? {
        search.steps += 1
        guard search.steps <= maximumSteps else { return nil }
        let ids = message.ids
        guard let first = elements.first else { return then(position, &search) }
        let rest = elements.dropFirst()
        switch first {
        case .word(let id):
            guard position < ids.count, ids[position] == id else { return nil }
            return match(rest, at: position + 1, in: message, search: &search, then: then)
        case .concept(let id):
            guard position < ids.count else { return nil }
            for hit in message.hits(at: position) where hit.id == id {
                if let end = match(rest, at: position + hit.length, in: message, search: &search, then: then) {
                    return end
                }
            }
            return nil
        case .wildcard(let next):
            let available = min(ids.count, search.limit) - position
            guard available >= 1 else { return nil }
            // A trailing wildcard takes everything left first; an inner one takes as little as it can.
            let lengths = rest.isEmpty ? Array(stride(from: available, through: 1, by: -1)) : Array(1...available)
            for length in lengths {
                // Only where what follows can begin; checking costs no step of the search.
                if let next, position + length >= ids.count || !starts(next, at: position + length, in: message) { continue }
                let mark = search.captures.count
                search.captures.append(Array(message.tokens[position..<(position + length)]))
                if let end = match(rest, at: position + length, in: message, search: &search, then: then) {
                    return end
                }
                search.captures.removeSubrange(mark...)
            }
            return nil
        case .choice(let alts), .optional(let alts):
            for alt in alts {
                let mark = search.captures.count
                let end = match(alt[...], at: position, in: message, search: &search) { altEnd, search in
                    match(rest, at: altEnd, in: message, search: &search, then: then)
                }
                if let end { return end }
                search.captures.removeSubrange(mark...)
            }
            if case .optional = first {
                return match(rest, at: position, in: message, search: &search, then: then)
            }
            return nil
        }
    }
}
