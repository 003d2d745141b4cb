/// A compiled trigger or reply pattern.
///
/// The language: plain words; `*` for one or more words (captured); `[a b]` for optional words;
/// `(a|b c)` for alternatives; `~name` for a concept; `!word`, `!~name` or `!(a|b)` for something
/// that must not appear anywhere in the message; `^` and `$` to tie the pattern to the start or
/// end of the message. Without them a pattern may match anywhere in the message.
public final class Pattern: Sendable, Hashable, CustomStringConvertible {
    public let source: String
    public let elements: [Element]
    /// Elements that must not occur anywhere in the message.
    public let exclusions: [Element]
    public let anchoredStart: Bool
    public let anchoredEnd: Bool
    /// Plain words every match contains.
    public var requiredWords: [String] {
        elements.compactMap { if case .word(let w) = $0 { w } else { nil } }
    }
    /// The elements with words and concepts as atom ids: what is matched.
    let compiled: [Compiled]
    let compiledExclusions: [Compiled]
    /// Groups of atom ids (words or concepts), one group per element that names some; every
    /// match contains one atom of each group. Checked before trying to match. Kept in one
    /// array, each group as its length and then its atoms, so the check reads one place.
    let requiredGroups: [Int32]
    /// Each required group's atoms as bits, compared with ``Message/atomMask``.
    let groupMasks: [UInt64]
    /// The atoms a match must begin with, when the first element says so.
    let firstKeys: [Int32]?
    /// The concepts among the required atoms, which occur in messages more often than a word.
    let requiredConcepts: [Int32]
    /// How many required groups there are, and whether anything is excluded: kept in the
    /// object itself, so that a search can skip the arrays it does not need.
    let groupCount: Int
    let hasExclusions: Bool

    /// An element with its words and concepts as atom ids.
    enum Compiled: Sendable {
        case word(Int32)
        case concept(Int32)
        case wildcard
        case optional([[Compiled]])
        case choice([[Compiled]])

        init(_ element: Element) {
            switch element {
            case .word(let w): self = .word(Atoms.intern(atom: w))
            case .concept(let c): self = .concept(Atoms.intern(concept: c))
            case .wildcard: self = .wildcard
            case .optional(let alts): self = .optional(alts.map { $0.map(Compiled.init) })
            case .choice(let alts): self = .choice(alts.map { $0.map(Compiled.init) })
            }
        }
    }

    public init(source: String, elements: [Element], exclusions: [Element], anchoredStart: Bool, anchoredEnd: Bool) {
        self.source = source
        self.elements = elements
        self.exclusions = exclusions
        self.anchoredStart = anchoredStart
        self.anchoredEnd = anchoredEnd
        compiled = elements.map(Compiled.init)
        compiledExclusions = exclusions.map(Compiled.init)
        let groups = elements.compactMap(PatternIndex.keys(of:))
        let required = groups.map { $0.map { Atoms.intern(atom: $0) }.sorted() }
        requiredGroups = required.flatMap { [Int32($0.count)] + $0 }
        groupMasks = required.map { $0.reduce(0) { $0 | Message.bit($1) } }
        // When the first element names atoms, its group is the first one.
        firstKeys = elements.first.flatMap(PatternIndex.keys(of:)) != nil ? required[0] : nil
        requiredConcepts = groups.joined().filter { $0.hasPrefix("~") }.map { Atoms.intern(atom: $0) }
        groupCount = groups.count
        hasExclusions = !exclusions.isEmpty
    }

    public indirect enum Element: Sendable, Hashable {
        case word(String)
        case concept(String)
        case wildcard
        case optional([[Element]])
        case choice([[Element]])
    }

    public var description: String { source }

    public static func == (lhs: Pattern, rhs: Pattern) -> Bool {
        lhs.source == rhs.source && lhs.elements == rhs.elements && lhs.exclusions == rhs.exclusions
            && lhs.anchoredStart == rhs.anchoredStart && lhs.anchoredEnd == rhs.anchoredEnd
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(source) }

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

    /// Every concept the pattern names.
    public var concepts: Set<String> {
        var out = Set<String>()
        func visit(_ elements: [Element]) {
            for element in elements {
                switch element {
                case .concept(let name): out.insert(name)
                case .optional(let alts), .choice(let alts): alts.forEach(visit)
                case .word, .wildcard: break
                }
            }
        }
        visit(elements)
        visit(exclusions)
        return out
    }

    /// Every plain word the pattern names.
    public var words: Set<String> {
        var out = Set<String>()
        func visit(_ elements: [Element]) {
            for element in elements {
                switch element {
                case .word(let w): out.insert(w)
                case .optional(let alts), .choice(let alts): alts.forEach(visit)
                case .concept, .wildcard: break
                }
            }
        }
        visit(elements)
        visit(exclusions)
        return out
    }

    /// How many words or concepts a match must contain at least: more is more specific.
    public var specificity: Int { Self.minimumAtoms(elements) }

    static func minimumAtoms(_ elements: [Element]) -> Int {
        elements.reduce(0) { total, element in
            switch element {
            case .word, .concept: total + 1
            case .wildcard, .optional: total
            case .choice(let alts): total + (alts.map(minimumAtoms).min() ?? 0)
            }
        }
    }

    /// Compiles pattern text; words are normalised the way messages are.
    public static func parse(_ text: String) throws(ParseError) -> Pattern {
        var parser = PatternParser(text)
        return try parser.parse()
    }
}

private struct PatternParser {
    let chars: [Character]
    var position = 0
    let text: String

    init(_ text: String) {
        self.text = text
        // Plain ASCII is read a byte at a time, without working out grapheme clusters.
        chars = text.utf8.allSatisfy { $0 < 0x80 } ? text.utf8.map { Character(Unicode.Scalar($0)) } : Array(text)
    }

    func error(_ message: String, at offset: Int? = nil) -> Pattern.ParseError {
        Pattern.ParseError(message: message, offset: offset ?? position)
    }

    mutating func parse() throws(Pattern.ParseError) -> Pattern {
        skipSpace()
        var anchoredStart = false
        if peek == "^" {
            anchoredStart = true
            position += 1
        }
        var elements: [Pattern.Element] = []
        var exclusions: [Pattern.Element] = []
        var anchoredEnd = false
        while true {
            skipSpace()
            guard let c = peek else { break }
            if c == "$" {
                anchoredEnd = true
                position += 1
                skipSpace()
                guard peek == nil else { throw error("'$' must come last") }
                break
            }
            if c == "!" {
                position += 1
                let start = position
                let excluded = try parseSequenceElement()
                guard excluded.count == 1, let only = excluded.first else {
                    throw error("'!' takes one word, concept or group", at: start)
                }
                if case .wildcard = only { throw error("'!*' would never match", at: start) }
                exclusions.append(only)
                continue
            }
            if c == "|" || c == ")" || c == "]" { throw error("unexpected '\(c)'") }
            elements.append(contentsOf: try parseSequenceElement())
        }
        guard !elements.isEmpty else { throw error("the pattern is empty", at: 0) }
        return Pattern(
            source: text, elements: elements, exclusions: exclusions, anchoredStart: anchoredStart,
            anchoredEnd: anchoredEnd)
    }

    var peek: Character? { position < chars.count ? chars[position] : nil }

    /// The characters with a meaning in the pattern language, which end a word.
    static func isSyntax(_ c: Character) -> Bool {
        switch c {
        case "(", ")", "[", "]", "|", "*", "~", "!", "$", "^": true
        default: false
        }
    }

    /// `Character.isWhitespace`, answered without the Unicode tables for ASCII.
    static func isSpace(_ c: Character) -> Bool {
        if let a = c.asciiValue { return a == 0x20 || (a >= 0x09 && a <= 0x0D) }
        return c.isWhitespace
    }

    /// A letter, digit, `_` or `-`: what a concept name is made of.
    static func isNameCharacter(_ c: Character) -> Bool {
        if let a = c.asciiValue {
            return (a >= 0x61 && a <= 0x7A) || (a >= 0x41 && a <= 0x5A) || (a >= 0x30 && a <= 0x39) || a == 0x5F || a == 0x2D
        }
        return c.isLetter || c.isNumber
    }

    mutating func skipSpace() {
        while let c = peek, Self.isSpace(c) { position += 1 }
    }

    /// One element as written; a written word may become several tokens ("don't" -> do not).
    mutating func parseSequenceElement() throws(Pattern.ParseError) -> [Pattern.Element] {
        guard let c = peek else { throw error("the pattern ends too early") }
        switch c {
        case "*":
            position += 1
            return [.wildcard]
        case "(":
            let start = position
            position += 1
            let alts = try parseAlternatives(closing: ")", openedAt: start)
            return [.choice(alts)]
        case "[":
            let start = position
            position += 1
            let alts = try parseAlternatives(closing: "]", openedAt: start)
            return [.optional(alts)]
        case "~":
            position += 1
            let name = readName()
            guard !name.isEmpty else { throw error("'~' needs a concept name, such as ~craving") }
            return [.concept(name)]
        default:
            let start = position
            var word = ""
            while let c = peek, !Self.isSpace(c), !Self.isSyntax(c) {
                word.append(c)
                position += 1
            }
            let tokens = Normalizer.normalizeWords(word)
            guard !tokens.isEmpty else { throw error("'\(word)' has no letters or digits", at: start) }
            return tokens.map { .word($0) }
        }
    }

    mutating func parseAlternatives(closing: Character, openedAt: Int) throws(Pattern.ParseError)
        -> [[Pattern.Element]]
    {
        var alts: [[Pattern.Element]] = []
        var current: [Pattern.Element] = []
        while true {
            skipSpace()
            guard let c = peek else { throw error("'\(chars[openedAt])' is not closed", at: openedAt) }
            if c == closing {
                position += 1
                alts.append(current)
                break
            }
            if c == "|" {
                position += 1
                alts.append(current)
                current = []
                continue
            }
            if c == ")" || c == "]" { throw error("unexpected '\(c)'") }
            if c == "!" { throw error("'!' belongs at the top level of a pattern") }
            current.append(contentsOf: try parseSequenceElement())
        }
        if alts.contains(where: \.isEmpty) {
            throw error("an alternative is empty; use [..] for optional words", at: openedAt)
        }
        return alts
    }

    mutating func readName() -> String {
        var name = ""
        while let c = peek, Self.isNameCharacter(c) {
            name.append(c)
            position += 1
        }
        return name
    }
}
