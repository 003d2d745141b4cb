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
    private var index = PatternIndex()

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
        index.add(entry.pattern, id: entries.count)
        entries.append(entry)
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
        var best: Candidate?
        for id in index.candidates(message) {
            if let current = best, !Self.ranks(entries[id], before: current.entry) { continue }
            if let match = entries[id].pattern.match(message) { best = Candidate(entry: entries[id], match: match) }
        }
        return best
    }

    /// How many triggers the index hands to the matcher for this message.
    public func candidateCount(_ message: Message) -> Int { index.candidates(message).count }

    public static func ranks(_ a: Entry, before b: Entry) -> Bool {
        if a.priority != b.priority { return a.priority > b.priority }
        if a.specificity != b.specificity { return a.specificity > b.specificity }
        return a.order < b.order
    }
}
