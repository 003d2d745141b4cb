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
    /// The atoms a match must begin with, when the elements say so.
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
        /// `*`, with the atoms what follows it must begin with, when that is known: then only
        /// the lengths that end before one of them are tried.
        case wildcard(next: [Int32]?)
        case optional([[Compiled]])
        case choice([[Compiled]])

        /// The element with each atom's id taken from `ids`, in the order ``atoms(of:into:)``
        /// lists them.
        init(_ element: Element, ids: inout ArraySlice<Int32>) {
            switch element {
            case .word: self = .word(ids.removeFirst())
            case .concept: self = .concept(ids.removeFirst())
            case .wildcard: self = .wildcard(next: nil)
            case .optional(let alts): self = .optional(alts.map { $0.map { Compiled($0, ids: &ids) } })
            case .choice(let alts): self = .choice(alts.map { $0.map { Compiled($0, ids: &ids) } })
            }
        }

        /// The atoms an element names, in order: words as they are, concepts as `~name`.
        static func atoms(of element: Element, into out: inout [String]) {
            switch element {
            case .word(let w): out.append(w)
            case .concept(let c): out.append("~" + c)
            case .wildcard: break
            case .optional(let alts), .choice(let alts): for alt in alts { for e in alt { atoms(of: e, into: &out) } }
            }
        }
    }

    public init(source: String, elements: [Element], exclusions: [Element], anchoredStart: Bool, anchoredEnd: Bool) {
        self.source = source
        self.elements = elements
        self.exclusions = exclusions
        self.anchoredStart = anchoredStart
        self.anchoredEnd = anchoredEnd
        // Every atom gets its id in one look-up of the shared table.
        var atoms: [String] = []
        for element in elements + exclusions { Compiled.atoms(of: element, into: &atoms) }
        var ids = Atoms.intern(atoms: atoms)[...]
        compiled = Self.linked(elements.map { Compiled($0, ids: &ids) }[...], then: nil)
        compiledExclusions = exclusions.map { Compiled($0, ids: &ids) }
        var flat: [Int32] = [], masks: [UInt64] = [], concepts: [Int32] = []
        for element in compiled {
            guard let keys = Self.keys(of: element) else { continue }
            let group = keys.map(\.atom).sortedUnique()
            flat.append(Int32(group.count))
            flat += group
            masks.append(group.reduce(0) { $0 | Message.bit($1) })
            for key in keys where key.isConcept { concepts.append(key.atom) }
        }
        requiredGroups = flat
        groupMasks = masks
        firstKeys = Self.startKeys(of: compiled[...], then: nil).map { $0.sortedUnique() }
        requiredConcepts = concepts.sortedUnique()
        groupCount = masks.count
        hasExclusions = !exclusions.isEmpty
    }

    /// The atoms a match of `elements` must begin with, followed by whatever begins with
    /// `continuation`; nil when it may begin with anything (a wildcard, or the end of the
    /// pattern).
    static func startKeys(of elements: ArraySlice<Compiled>, then continuation: [Int32]?) -> [Int32]? {
        guard let first = elements.first else { return continuation }
        switch first {
        case .word(let id), .concept(let id): return [id]
        case .wildcard: return nil
        case .choice(let alts), .optional(let alts):
            let after = startKeys(of: elements.dropFirst(), then: continuation)
            var keys: [Int32] = []
            for alt in alts {
                guard let altKeys = startKeys(of: alt[...], then: after) else { return nil }
                keys += altKeys
            }
            if case .optional = first {
                guard let after else { return nil }
                keys += after
            }
            return keys
        }
    }

    /// The elements with each wildcard told what must follow it, `continuation` being what
    /// follows the whole sequence.
    static func linked(_ elements: ArraySlice<Compiled>, then continuation: [Int32]?) -> [Compiled] {
        // Most patterns have no wildcard, and nothing to tell.
        guard hasWildcard(elements) else { return Array(elements) }
        return elements.indices.map { i in
            let after = { startKeys(of: elements[(i + 1)...], then: continuation).map { $0.sortedUnique() } }
            switch elements[i] {
            case .wildcard: return .wildcard(next: after())
            case .choice(let alts):
                let next = after()
                return .choice(alts.map { linked($0[...], then: next) })
            case .optional(let alts):
                let next = after()
                return .optional(alts.map { linked($0[...], then: next) })
            case .word, .concept: return elements[i]
            }
        }
    }

    /// Whether a wildcard stands anywhere among the elements, inside alternatives too.
    static func hasWildcard(_ elements: ArraySlice<Compiled>) -> Bool {
        elements.contains { element in
            switch element {
            case .wildcard: true
            case .choice(let alts), .optional(let alts): alts.contains { hasWildcard($0[...]) }
            case .word, .concept: false
            }
        }
    }

    /// The atoms one of which every match contains where this element stands, or nil when it
    /// may match without any (a wildcard, an optional group, an alternative without a word).
    static func keys(of element: Compiled) -> [(atom: Int32, isConcept: Bool)]? {
        switch element {
        case .word(let id): return [(id, false)]
        case .concept(let id): return [(id, true)]
        case .wildcard, .optional: return nil
        case .choice(let alts):
            var out: [(atom: Int32, isConcept: Bool)] = []
            for alt in alts {
                guard let first = alt.lazy.compactMap(keys(of:)).first else { return nil }
                out += first
            }
            return out
        }
    }

    /// Not `indirect`: the groups are arrays, already out of line, so no element needs a box.
    public enum Element: Sendable, Hashable {
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
        addWords(to: &out)
        return out
    }

    /// Adds every plain word the pattern names to a set.
    func addWords(to out: inout Set<String>) {
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
        // Plain ASCII, most patterns, is read a byte at a time; other text a character at a
        // time, so that a mark stays with its letter ("~चिन्ता" is one name).
        let bytes = Array(text.utf8)
        if bytes.allSatisfy({ $0 < 0x80 }) {
            var parser = PatternParser(text, units: bytes.map { Unicode.Scalar($0) }, ascii: bytes)
            return try parser.parse()
        }
        var parser = PatternParser(text, units: Array(text), ascii: nil)
        return try parser.parse()
    }
}

/// What pattern text is read in: characters, or for plain ASCII text single scalars (the same
/// thing there, without working out grapheme clusters).
private protocol PatternUnit: Equatable, ExpressibleByUnicodeScalarLiteral, CustomStringConvertible {
    /// White space, which separates words.
    var isPatternSpace: Bool { get }
    /// A letter, digit, `_` or `-`: what a concept name is made of.
    var isNameUnit: Bool { get }
}

/// A letter, digit, `_` or `-`: what the name of a concept or a dialogue is made of.
enum NameCharacter {
    static func contains(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
            || byte == 0x5F || byte == 0x2D
    }

    static func contains(_ c: Character) -> Bool {
        if let a = c.asciiValue { return contains(a) }
        return c.isLetter || c.isNumber
    }
}

extension Unicode.Scalar: PatternUnit {
    // Only ever an ASCII scalar here.
    fileprivate var isPatternSpace: Bool { self == " " || (value >= 0x09 && value <= 0x0D) }
    fileprivate var isNameUnit: Bool { NameCharacter.contains(UInt8(value)) }
}

extension Character: PatternUnit {
    fileprivate var isPatternSpace: Bool {
        if let a = asciiValue { return Unicode.Scalar(a).isPatternSpace }
        return isWhitespace
    }
    fileprivate var isNameUnit: Bool { NameCharacter.contains(self) }
}

/// Reads pattern text one unit at a time; offsets in errors count characters.
private struct PatternParser<Unit: PatternUnit> {
    let units: [Unit]
    /// The text's bytes when it is plain ASCII, so that words are made straight from them.
    let ascii: [UInt8]?
    var position = 0
    let text: String

    init(_ text: String, units: [Unit], ascii: [UInt8]?) {
        self.text = text
        self.units = units
        self.ascii = ascii
    }

    func error(_ message: String, at offset: Int? = nil) -> Pattern.ParseError {
        Pattern.ParseError(message: message, offset: offset ?? position)
    }

    /// The text of units `start..<end`.
    func slice(_ start: Int, _ end: Int) -> String {
        if let ascii { return String(decoding: ascii[start..<end], as: UTF8.self) }
        return units[start..<end].map(\.description).joined()
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
                var excluded: [Pattern.Element] = []
                try parseSequenceElement(into: &excluded)
                guard excluded.count == 1, let only = excluded.first else {
                    throw error("'!' takes one word, concept or group", at: start)
                }
                if case .wildcard = only { throw error("'!*' would never match", at: start) }
                exclusions.append(only)
                continue
            }
            if c == "|" || c == ")" || c == "]" { throw error("unexpected '\(c)'") }
            try parseSequenceElement(into: &elements)
        }
        guard !elements.isEmpty else { throw error("the pattern is empty", at: 0) }
        return Pattern(
            source: text, elements: elements, exclusions: exclusions, anchoredStart: anchoredStart,
            anchoredEnd: anchoredEnd)
    }

    var peek: Unit? { position < units.count ? units[position] : nil }

    /// The characters with a meaning in the pattern language, which end a word.
    static func isSyntax(_ c: Unit) -> Bool {
        switch c {
        case "(", ")", "[", "]", "|", "*", "~", "!", "$", "^": true
        default: false
        }
    }

    mutating func skipSpace() {
        while let c = peek, c.isPatternSpace { position += 1 }
    }

    /// One element as written, added to `out`; a written word may become several tokens
    /// ("don't" -> do not).
    mutating func parseSequenceElement(into out: inout [Pattern.Element]) throws(Pattern.ParseError) {
        guard let c = peek else { throw error("the pattern ends too early") }
        switch c {
        case "*":
            position += 1
            out.append(.wildcard)
        case "(":
            let start = position
            position += 1
            out.append(.choice(try parseAlternatives(closing: ")", openedAt: start)))
        case "[":
            let start = position
            position += 1
            out.append(.optional(try parseAlternatives(closing: "]", openedAt: start)))
        case "~":
            position += 1
            let name = readName()
            guard !name.isEmpty else { throw error("'~' needs a concept name, such as ~craving") }
            out.append(.concept(name))
        default:
            let start = position
            while let c = peek, !c.isPatternSpace, !Self.isSyntax(c) { position += 1 }
            let word = slice(start, position)
            // Most pattern words are plain lower-case words already.
            if Normalizer.staysItself(word) {
                out.append(.word(word))
                return
            }
            let tokens = Normalizer.normalizeWords(word)
            guard !tokens.isEmpty else { throw error("'\(word)' has no letters or digits", at: start) }
            for token in tokens { out.append(.word(token)) }
        }
    }

    mutating func parseAlternatives(closing: Unit, openedAt: Int) throws(Pattern.ParseError)
        -> [[Pattern.Element]]
    {
        var alts: [[Pattern.Element]] = []
        var current: [Pattern.Element] = []
        while true {
            skipSpace()
            guard let c = peek else { throw error("'\(units[openedAt])' is not closed", at: openedAt) }
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
            try parseSequenceElement(into: &current)
        }
        if alts.contains(where: \.isEmpty) {
            throw error("an alternative is empty; use [..] for optional words", at: openedAt)
        }
        return alts
    }

    mutating func readName() -> String {
        let start = position
        while let c = peek, c.isNameUnit { position += 1 }
        return slice(start, position)
    }
}

extension Array where Element: Comparable {
    /// The elements in ascending order, each once.
    func sortedUnique() -> [Element] {
        guard count > 1 else { return self }
        var sorted = self.sorted()
        var kept = 1
        for i in sorted.indices.dropFirst() where sorted[i] != sorted[kept - 1] {
            sorted[kept] = sorted[i]
            kept += 1
        }
        sorted.removeLast(sorted.count - kept)
        return sorted
    }
}
