/// Finds the patterns that could match a message from the words and concepts it contains, so
/// the cost of matching grows with the message rather than with the number of patterns.
///
/// Each pattern is filed under one of its required groups (``CompiledPattern/requiredGroups``):
/// under each id of the group that the fewest other patterns also need, so that a common word
/// ("so", "my") does not hand every message hundreds of candidates. A message finds a pattern
/// through any id of that group it holds. Patterns with no required group (only wildcards and
/// optional words) are candidates for every message.
struct PatternIndex: Sendable {
    /// By id: the patterns filed under it, by position, ascending.
    private let filed: [Int32: [Int]]
    private let unfiled: [Int]

    init(_ patterns: [CompiledPattern]) {
        var needed: [Int32: Int] = [:]
        for pattern in patterns {
            for id in pattern.requiredGroups.joined() { needed[id, default: 0] += 1 }
        }
        var filed: [Int32: [Int]] = [:]
        var unfiled: [Int] = []
        for (position, pattern) in patterns.enumerated() {
            let cost = { (group: [Int32]) in group.reduce(0) { $0 + (needed[$1] ?? 0) } }
            guard let group = pattern.requiredGroups.min(by: { cost($0) < cost($1) }) else {
                unfiled.append(position)
                continue
            }
            for id in group { filed[id, default: []].append(position) }
        }
        self.filed = filed
        self.unfiled = unfiled
    }

    /// The positions of the patterns that could match, ascending, each once.
    func candidates(_ message: Message) -> [Int] {
        var found = unfiled
        for id in message.atomIDs { found += filed[id] ?? [] }
        return found.sortedUnique()
    }
}
