/// Reads pattern text one character at a time into a ``Pattern``; offsets in errors count
/// characters, and a mark stays with its letter ("~चिन्ता" is one name).
struct PatternParser {
    let text: String
    let characters: [Character]
    /// Where each character begins in `text`, and where the text ends: a word is copied out of
    /// the text at once rather than a character at a time.
    let starts: [String.Index]
    var position = 0

    init(_ text: String) {
        self.text = text
        characters = Array(text)
        var starts: [String.Index] = []
        starts.reserveCapacity(characters.count + 1)
        var index = text.startIndex
        for c in characters {
            starts.append(index)
            index = text.utf8.index(index, offsetBy: c.utf8.count)
        }
        starts.append(index)
        self.starts = starts
    }

    /// The text of the characters from `start` up to the current position.
    func written(from start: Int) -> String { String(text[starts[start]..<starts[position]]) }

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

    var peek: Character? { position < characters.count ? characters[position] : nil }

    /// The characters with a meaning in the pattern language, which end a word.
    static func isSyntax(_ c: Character) -> Bool {
        // Compared as bytes: asking a string whether it contains a character costs more than
        // the rest of reading the pattern.
        guard let byte = byte(c) else { return false }
        return syntax.contains(byte)
    }

    static let syntax = Array("()[]|*~!$^".utf8)

    /// Whether a character separates words; plain ASCII is answered without Unicode's tables.
    static func isSpace(_ c: Character) -> Bool {
        guard let byte = byte(c) else { return c.isWhitespace }
        return byte == 0x20 || (0x09...0x0D).contains(byte)
    }

    /// The byte of a character that is one byte of UTF-8 (ASCII), else nil.
    static func byte(_ c: Character) -> UInt8? { c.utf8.count == 1 ? c.utf8.first : nil }

    mutating func skipSpace() {
        while let c = peek, Self.isSpace(c) { position += 1 }
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
            let start = position
            while let c = peek, NameCharacter.contains(c) { position += 1 }
            guard position > start else { throw error("'~' needs a concept name, such as ~craving") }
            out.append(.concept(written(from: start)))
        default:
            let start = position
            while let c = peek, !Self.isSpace(c), !Self.isSyntax(c) { position += 1 }
            let word = written(from: start)
            let tokens = Normalizer.normalizeWords(word)
            guard !tokens.isEmpty else { throw error("'\(word)' has no letters or digits", at: start) }
            for token in tokens { out.append(.word(token)) }
        }
    }

    mutating func parseAlternatives(closing: Character, openedAt: Int) throws(Pattern.ParseError) -> [[Pattern.Element]] {
        var alts: [[Pattern.Element]] = []
        var current: [Pattern.Element] = []
        while true {
            skipSpace()
            guard let c = peek else { throw error("'\(characters[openedAt])' is not closed", at: openedAt) }
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
}
