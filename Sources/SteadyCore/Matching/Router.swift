/// Finds the dialogues whose triggers match a message, through an index so that the cost
/// grows with the message rather than with the number of triggers.
///
/// Matches are ranked by the dialogue's priority, then by the trigger's specificity (how many
/// words and concepts it requires), then by file order.
public struct Router: Sendable {
    /// The highest priority a script may give itself; the safety net sits above every script.
    public static let maximumScriptPriority = 1000

    public struct Entry: Sendable {
        public var dialogue: Int
        public var trigger: Int
        public var priority: Int
        public var specificity: Int
        /// Position of the trigger across all files, in load order.
        public var order: Int
        public var pattern: Pattern
    }

    public private(set) var entries: [Entry] = []
    private var index: [String: [Int]] = [:]
    /// Triggers with no word or concept every match must contain; tried for every message.
    private var unindexed: [Int] = []

    public init(dialogues: [Dialogue]) {
        for (d, dialogue) in dialogues.enumerated() {
            for (t, trigger) in dialogue.triggers.enumerated() {
                add(Entry(dialogue: d, trigger: t, priority: dialogue.priority, specificity: trigger.pattern.specificity,
                          order: entries.count, pattern: trigger.pattern))
            }
        }
    }

    /// Adds one trigger; the router is built once at load.
    public mutating func add(_ entry: Entry) {
        let id = entries.count
        entries.append(entry)
        if let keys = Self.indexKeys(entry.pattern) {
            for key in keys { index[key, default: []].append(id) }
        } else {
            unindexed.append(id)
        }
    }

    /// A matching trigger.
    public struct Candidate: Sendable {
        public var entry: Entry
        public var match: PatternMatch
    }

    /// Every trigger that matches, best first.
    public func matches(_ message: Message) -> [Candidate] {
        var seen = Set<Int>()
        var found: [Candidate] = []
        func consider(_ id: Int) {
            guard seen.insert(id).inserted else { return }
            if let match = entries[id].pattern.match(message) { found.append(Candidate(entry: entries[id], match: match)) }
        }
        for atom in message.atoms {
            for id in index[atom] ?? [] { consider(id) }
        }
        for id in unindexed { consider(id) }
        return found.sorted { Self.ranks($0.entry, before: $1.entry) }
    }

    /// The triggers that the index would hand to the matcher for this message.
    public func candidateCount(_ message: Message) -> Int {
        var ids = Set(unindexed)
        for atom in message.atoms { ids.formUnion(index[atom] ?? []) }
        return ids.count
    }

    public static func ranks(_ a: Entry, before b: Entry) -> Bool {
        if a.priority != b.priority { return a.priority > b.priority }
        if a.specificity != b.specificity { return a.specificity > b.specificity }
        return a.order < b.order
    }

    /// The atoms one of which every match must contain: the cheapest required element.
    static func indexKeys(_ pattern: Pattern) -> Set<String>? {
        var best: (keys: Set<String>, cost: Int)?
        for element in pattern.elements {
            guard let keys = keys(of: element) else { continue }
            let cost = keys.reduce(0) { $0 + ($1.hasPrefix("~") ? 4 : 1) }
            if best == nil || cost < best!.cost { best = (keys, cost) }
        }
        return best?.keys
    }

    private static func keys(of element: Pattern.Element) -> Set<String>? {
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
