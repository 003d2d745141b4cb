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

    public let entries: [Entry]
    private let index: PatternIndex

    public init(dialogues: [Dialogue]) {
        var entries: [Entry] = []
        for (d, dialogue) in dialogues.enumerated() {
            for (t, trigger) in dialogue.triggers.enumerated() {
                entries.append(Entry(dialogue: d, trigger: t, priority: dialogue.priority, specificity: trigger.pattern.specificity,
                                     order: entries.count, pattern: trigger.pattern))
            }
        }
        self.entries = entries
        let ranks = Self.ranks(entries)
        index = PatternIndex(entries.map(\.pattern)) { ranks[$0] }
    }

    /// Each entry's place in ``ranks(_:before:)`` as one number, higher first: priority,
    /// specificity and file order packed side by side when they fit, else the sorted position.
    static func ranks(_ entries: [Entry]) -> [UInt64] {
        let fits = entries.allSatisfy { (-0x8000...0x7FFF).contains($0.priority) && (0...0xFFFF).contains($0.specificity) }
            && entries.count <= Int(UInt32.max)
        guard fits else {
            var ranks = [UInt64](repeating: 0, count: entries.count)
            let order = entries.indices.sorted { Self.ranks(entries[$0], before: entries[$1]) }
            for (position, i) in order.enumerated() { ranks[i] = UInt64(entries.count - position) }
            return ranks
        }
        return entries.map { entry in
            UInt64(entry.priority + 0x8000) << 48 | UInt64(entry.specificity) << 32 | UInt64(UInt32.max) - UInt64(entry.order)
        }
    }

    /// A matching trigger.
    public struct Candidate: Sendable {
        public var entry: Entry
        public var match: PatternMatch
    }

    /// Every trigger that matches, best first.
    public func matches(_ message: Message) -> [Candidate] {
        var found: [Candidate] = []
        for id in index.candidates(message) {
            if let match = entries[id].pattern.match(message) { found.append(Candidate(entry: entries[id], match: match)) }
        }
        return found.count > 1 ? found.sorted { Self.ranks($0.entry, before: $1.entry) } : found
    }

    /// The best matching trigger, without ranking them all.
    public func best(_ message: Message) -> Candidate? {
        var bestID = -1
        var bestRank: UInt64 = 0
        var bestMatch: PatternMatch?
        index.forEachCandidate(message, mask: message.atomMask) { posting in
            guard bestID < 0 || posting.rank > bestRank, let match = posting.match(message) else { return }
            bestID = Int(posting.id)
            bestRank = posting.rank
            bestMatch = match
        }
        guard let bestMatch else { return nil }
        return Candidate(entry: entries[bestID], match: bestMatch)
    }

    /// How many triggers the index hands to the matcher for this message.
    public func candidateCount(_ message: Message) -> Int { index.candidates(message).count }

    public static func ranks(_ a: Entry, before b: Entry) -> Bool {
        if a.priority != b.priority { return a.priority > b.priority }
        if a.specificity != b.specificity { return a.specificity > b.specificity }
        return a.order < b.order
    }
}
