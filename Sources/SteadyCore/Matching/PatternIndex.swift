/// Finds the patterns that could match a message from the words and concepts it contains, so
/// the cost of matching grows with the message rather than with the number of patterns.
///
/// Each pattern is filed under the cheapest element every match must contain: a word, a
/// concept, or a group of alternatives (filed under each alternative's first such element).
/// Patterns with no such element (only wildcards and optional words) are tried for every message.
public struct PatternIndex: Sendable {
    /// Pattern ids by the atom id they are filed under.
    private var index: [[Int]] = []
    private var unindexed: [Int] = []

    public init() {}

    public mutating func add(_ pattern: Pattern, id: Int) {
        if let keys = pattern.indexKeys {
            for key in keys {
                let atom = Int(key)
                if atom >= index.count { index.append(contentsOf: repeatElement([], count: atom + 1 - index.count)) }
                index[atom].append(id)
            }
        } else {
            unindexed.append(id)
        }
    }

    /// The ids of patterns that could match, in ascending order, each once.
    public func candidates(_ message: Message) -> [Int] {
        var out = unindexed
        for atom in message.atomIDs where Int(atom) < index.count {
            out.append(contentsOf: index[Int(atom)])
        }
        guard out.count > 1 else { return out }
        out.sort()
        var unique: [Int] = []
        unique.reserveCapacity(out.count)
        for id in out where unique.last != id { unique.append(id) }
        return unique
    }

    /// Which of a pattern's required groups to file it under: the cheapest to look up, a concept
    /// counting as four words, the first of equals; nil when there are none.
    static func cheapest(_ groups: [Set<String>]) -> Int? {
        func cost(_ keys: Set<String>) -> Int { keys.reduce(0) { $0 + ($1.hasPrefix("~") ? 4 : 1) } }
        return groups.indices.min { cost(groups[$0]) < cost(groups[$1]) }
    }

    static func keys(of element: Pattern.Element) -> Set<String>? {
        switch element {
        case .word(let w): return [w]
        case .concept(let c): return ["~" + c]
        case .wildcard, .optional: return nil
        case .choice(let alts):
            var out = Set<String>()
            for alt in alts {
                guard let first = alt.lazy.compactMap(keys(of:)).first else { return nil }
                out.formUnion(first)
            }
            return out
        }
    }
}
