/// Finds the patterns that could match a message from the words and concepts it contains, so
/// the cost of matching grows with the message rather than with the number of patterns.
///
/// Each pattern is filed under one element every match must contain: a word, a concept, or a
/// group of alternatives (filed under each alternative's first such element). Of these it takes
/// the one fewest other patterns also need, so that a common word ("so", "my") does not hand
/// every message hundreds of candidates; a concept counts four times, as it stands for many
/// words. Patterns with no such element (only wildcards and optional words) are tried for every
/// message.
///
/// The lists are kept in one flat array with an offset per atom, and beside it an array of two
/// required groups as bits per entry, so that most candidates are refused by reading sixteen
/// bytes each, in a run of memory, however many patterns there are.
public struct PatternIndex: Sendable {
    /// One pattern in an atom's list. Valid only while its index lives: it holds the pattern
    /// without keeping it alive, so it never leaves the module.
    struct Posting: @unchecked Sendable {
        var id: Int32
        /// The pattern itself, so that trying it does not first look it up elsewhere; the
        /// index keeps every pattern alive (``patterns``).
        var pattern: Unmanaged<Pattern>
        /// The caller's order of preference, higher first (0 when it has none).
        var rank: UInt64

        /// Matches the pattern against a message, or returns nil.
        @inline(__always)
        func match(_ message: Message) -> PatternMatch? {
            pattern._withUnsafeGuaranteedRef { $0.match(message) }
        }
    }

    /// Every pattern filed, by id: what the postings point to.
    private let patterns: [Pattern]
    /// Two of a pattern's required groups as bits (all ones when it has fewer): a message
    /// whose ``Message/atomMask`` misses either cannot match.
    struct Masks {
        var first: UInt64
        var second: UInt64

        @inline(__always)
        func mayMatch(_ mask: UInt64) -> Bool { first & mask != 0 && second & mask != 0 }
    }

    /// Where each atom's list starts in ``postings``; one more entry than there are atoms.
    private let offsets: [Int32]
    /// Atom by atom, ascending pattern ids within each atom.
    private let postings: [Posting]
    /// Each posting's masks, at the same place as the posting.
    private let masks: [Masks]
    private let unindexed: [Posting]

    /// Files each pattern under its index keys; a pattern's id is its position, and `rank`
    /// gives each id's place in the caller's order.
    public init(_ patterns: [Pattern], rank: (Int) -> UInt64 = { _ in 0 }) {
        // How many patterns need each atom.
        var needed: [Int32] = []
        for pattern in patterns {
            _ = pattern.allRequiredGroups { group in
                for atom in group {
                    let a = Int(atom)
                    if a >= needed.count { needed.append(contentsOf: repeatElement(0, count: a + 1 - needed.count)) }
                    needed[a] += 1
                }
                return true
            }
        }
        func posting(_ id: Int) -> Posting {
            Posting(id: Int32(id), pattern: .passUnretained(patterns[id]), rank: rank(id))
        }
        var keys: [ArraySlice<Int32>?] = []
        func masks(_ id: Int) -> Masks {
            // The group a pattern is filed under is in every message that finds it there, so
            // only its other groups tell anything; the two with the fewest atoms are the
            // likeliest to be missing.
            var groups = patterns[id].groupMasks
            if let key = keys[id], let filed = groups.firstIndex(of: key.reduce(0) { $0 | Message.bit($1) }) {
                groups.remove(at: filed)
            }
            let masks = groups.sorted { $0.nonzeroBitCount < $1.nonzeroBitCount }
            return Masks(first: masks.first ?? .max, second: masks.dropFirst().first ?? .max)
        }
        keys.reserveCapacity(patterns.count)
        var counts = [Int32](repeating: 0, count: needed.count)
        var unindexed: [Posting] = []
        for (id, pattern) in patterns.enumerated() {
            var best: ArraySlice<Int32>?
            var bestCost = Int.max
            _ = pattern.allRequiredGroups { group in
                let cost = group.reduce(0) { $0 + Int(needed[Int($1)]) * (pattern.requiredConcepts.contains($1) ? 4 : 1) }
                if cost < bestCost { (best, bestCost) = (group, cost) }
                return true
            }
            keys.append(best)
            guard let best else {
                unindexed.append(posting(id))
                continue
            }
            for atom in best { counts[Int(atom)] += 1 }
        }
        var offsets = [Int32](repeating: 0, count: counts.count + 1)
        for atom in counts.indices { offsets[atom + 1] = offsets[atom] + counts[atom] }
        var next = Array(offsets.dropLast())
        var postings: [Posting] = []
        postings.reserveCapacity(Int(offsets.last ?? 0))
        var slots = [Int32](repeating: -1, count: Int(offsets.last ?? 0))
        for (id, group) in keys.enumerated() {
            for key in group ?? [] {
                slots[Int(next[Int(key)])] = Int32(id)
                next[Int(key)] += 1
            }
        }
        for id in slots { postings.append(posting(Int(id))) }
        self.patterns = patterns
        self.offsets = offsets
        self.postings = postings
        self.masks = slots.map { masks(Int($0)) }
        self.unindexed = unindexed
    }

    /// Calls `body` with each pattern that could match and that `mask` (a message's
    /// ``Message/atomMask``; all ones to rule nothing out) does not rule out; a pattern filed
    /// under two alternatives the message both contains may come twice.
    @inline(__always)
    func forEachCandidate(_ message: Message, mask: UInt64 = .max, _ body: (Posting) -> Void) {
        for posting in unindexed { body(posting) }
        offsets.withUnsafeBufferPointer { offsets in
            postings.withUnsafeBufferPointer { postings in
                masks.withUnsafeBufferPointer { masks in
                    for atom in message.atomIDs {
                        let a = Int(atom)
                        guard a + 1 < offsets.count else { continue }
                        for k in Int(offsets[a])..<Int(offsets[a + 1]) where masks[k].mayMatch(mask) { body(postings[k]) }
                    }
                }
            }
        }
    }

    /// The ids of patterns that could match, in ascending order, each once.
    public func candidates(_ message: Message) -> [Int] {
        var out: [Int] = []
        forEachCandidate(message) { out.append(Int($0.id)) }
        return out.sortedUnique()
    }
}
