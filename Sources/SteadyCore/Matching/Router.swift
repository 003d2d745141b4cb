/// Finds the dialogues whose triggers match a message, through an index so that the cost
/// grows with the message rather than with the number of triggers.
///
/// Matches are ranked by the dialogue's priority, then by the trigger's specificity (how many
/// words and concepts it requires), then by file order. The engine takes the first; `steady
/// explain` shows the same list.
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
    private let compiled: [CompiledPattern]
    private let index: PatternIndex

    /// Compiles every trigger, naming its words in the library's ids.
    public init(dialogues: [Dialogue], ids: inout WordIDs) {
        var entries: [Entry] = []
        for (d, dialogue) in dialogues.enumerated() {
            for (t, trigger) in dialogue.triggers.enumerated() {
                entries.append(Entry(dialogue: d, trigger: t, priority: dialogue.priority, specificity: trigger.pattern.specificity,
                                     order: entries.count, pattern: trigger.pattern))
            }
        }
        self.entries = entries
        compiled = entries.map { CompiledPattern($0.pattern, naming: &ids) }
        index = PatternIndex(compiled)
    }

    /// A matching trigger.
    public struct Candidate: Sendable {
        public var entry: Entry
        public var match: PatternMatch
    }

    /// Every trigger that matches, best first.
    public func matches(_ message: Message) -> [Candidate] {
        index.candidates(message)
            .compactMap { i in compiled[i].match(message).map { Candidate(entry: entries[i], match: $0) } }
            .sorted { Self.ranks($0.entry, before: $1.entry) }
    }

    /// How many triggers the index hands to the matcher for this message.
    public func candidateCount(_ message: Message) -> Int { index.candidates(message).count }

    public static func ranks(_ a: Entry, before b: Entry) -> Bool {
        if a.priority != b.priority { return a.priority > b.priority }
        if a.specificity != b.specificity { return a.specificity > b.specificity }
        return a.order < b.order
    }
}
