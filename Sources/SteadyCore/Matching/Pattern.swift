/// A trigger or reply pattern, as written and parsed: its syntax. ``CompiledPattern`` is what
/// is matched against messages.
///
/// The language: plain words; `*` for one or more words (captured); `[a b]` for optional words;
/// `(a|b c)` for alternatives; `~name` for a concept; `!word`, `!~name` or `!(a|b)` for something
/// that must not appear anywhere in the message; `^` and `$` to tie the pattern to the start or
/// end of the message. Without them a pattern may match anywhere in the message.
public struct Pattern: Sendable, Hashable, CustomStringConvertible {
    public let source: String
    public let elements: [Element]
    /// Elements that must not occur anywhere in the message.
    public let exclusions: [Element]
    public let anchoredStart: Bool
    public let anchoredEnd: Bool

    public enum Element: Sendable, Hashable {
        case word(String)
        case concept(String)
        case wildcard
        case optional([[Element]])
        case choice([[Element]])
    }

    public init(source: String, elements: [Element], exclusions: [Element], anchoredStart: Bool, anchoredEnd: Bool) {
        self.source = source
        self.elements = elements
        self.exclusions = exclusions
        self.anchoredStart = anchoredStart
        self.anchoredEnd = anchoredEnd
    }

    /// Parses pattern text; words are normalised the way messages are.
    public static func parse(_ text: String) throws(ParseError) -> Pattern {
        var parser = PatternParser(text)
        return try parser.parse()
    }

    public struct ParseError: Error, Hashable, Sendable, CustomStringConvertible {
        public var message: String
        /// 0-based character offset into the pattern text.
        public var offset: Int
        public var description: String { message }

        public init(message: String, offset: Int) {
            self.message = message
            self.offset = offset
        }
    }

    public var description: String { source }

    /// Plain words every match contains.
    public var requiredWords: [String] {
        elements.compactMap { if case .word(let w) = $0 { w } else { nil } }
    }

    /// Every concept the pattern names.
    public var concepts: Set<String> {
        var out = Set<String>()
        visit { if case .concept(let name) = $0 { out.insert(name) } }
        return out
    }

    /// Every plain word the pattern names.
    public var words: Set<String> {
        var out = Set<String>()
        addWords(to: &out)
        return out
    }

    /// Adds every plain word the pattern names to a set.
    func addWords(to out: inout Set<String>) {
        visit { if case .word(let word) = $0 { out.insert(word) } }
    }

    /// Hands every element, inside groups too, exclusions included, to `body`.
    func visit(_ body: (Element) -> Void) {
        func walk(_ elements: [Element]) {
            for element in elements {
                body(element)
                if case .optional(let alts) = element { alts.forEach(walk) }
                if case .choice(let alts) = element { alts.forEach(walk) }
            }
        }
        walk(elements)
        walk(exclusions)
    }

    /// How many words or concepts a match must contain at least: more is more specific.
    public var specificity: Int { Self.minimumCount(elements, countingWildcards: false) }

    /// How many words a match spans at least (a `*` takes one word or more).
    public var shortestMatch: Int { Self.minimumCount(elements, countingWildcards: true) }

    /// The fewest words and concepts (and, if asked, words taken by `*`) a match holds.
    static func minimumCount(_ elements: [Element], countingWildcards: Bool) -> Int {
        elements.reduce(0) { total, element in
            switch element {
            case .word, .concept: total + 1
            case .wildcard: total + (countingWildcards ? 1 : 0)
            case .optional: total
            case .choice(let alts): total + (alts.map { minimumCount($0, countingWildcards: countingWildcards) }.min() ?? 0)
            }
        }
    }

    /// An element as an author would write it, for explanations.
    static func describe(_ element: Element) -> String {
        switch element {
        case .word(let w): "'\(w)'"
        case .concept(let c): "~\(c)"
        case .wildcard: "'*' (one or more words)"
        case .optional(let alts): "[" + alts.map { $0.map(describe).joined(separator: " ") }.joined(separator: "|") + "]"
        case .choice(let alts): "(" + alts.map { $0.map(describe).joined(separator: " ") }.joined(separator: "|") + ")"
        }
    }
}
