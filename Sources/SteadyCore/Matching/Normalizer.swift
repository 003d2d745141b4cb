import Foundation

/// Turns what a person typed into the tokens that patterns and examples are matched against.
///
/// The steps, in order (each visible in `steady explain`):
/// 1. Unicode compatibility form (NFKC), case folding and accents removed; curly quotes and
///    dashes become plain ones.
/// 2. Words are split on anything that is not a letter or digit; apostrophes inside words are
///    dropped ("don't" -> "dont"), hyphens split ("self-harm" -> "self harm"), and each emoji is
///    kept as a token of its own.
/// 3. Letters repeated three or more times are shortened ("soooo" -> "so").
/// 4. Contractions and chat shorthand are expanded ("dont" -> "do not", "rn" -> "right now").
/// 5. A word of five letters or more that the scripts never use and that is not a real English
///    word, one edit away from exactly one word the scripts do use, is corrected to it
///    ("realy" -> "really", "becuase" -> "because"; but "putting" never becomes "cutting").
public struct Normalizer: Sendable {
    /// Words the scripts use; the targets of spelling correction.
    public private(set) var vocabulary: Set<String>
    /// Script words filed under the hash of themselves and of each of their one-letter
    /// deletions; a hash collision only adds a candidate that the edit check then refuses.
    private var deletionTable = DeletionTable()
    /// Real English words, never corrected into a script word.
    public var dictionary: WordList {
        didSet { lexicon = Lexicon() }  // the deletion table stays right: it depends on the vocabulary only
    }
    /// Known words and what they become; empty until ``prepare()``, and again after any change.
    private(set) var lexicon = Lexicon()

    public init(vocabulary: Set<String> = [], dictionary: WordList = .empty) {
        self.vocabulary = []
        self.dictionary = dictionary
        addVocabulary(vocabulary)
    }

    /// Works out in advance what every known word becomes, so that plain text is normalised in
    /// one pass. Call it once the scripts are compiled; the result is the same without it, only
    /// slower.
    public mutating func prepare() {
        lexicon = Lexicon()
        let words = lexiconWords()
        let plain = self
        lexicon = Lexicon(words.sorted()) { plain.normalizeUnlessItself($0) }
    }

    /// What a word becomes, or nil when it is a plain word that simply stays itself, as most
    /// script words do: letters and digits with no letter three times over, no shorthand, and
    /// nothing spelling correction would change (too short, or a word it corrects towards).
    func normalizeUnlessItself(_ word: String) -> Result? {
        let plain = !word.isEmpty && word.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) }
            && !Self.hasTripleByte(word) && Self.expansions[word] == nil
            && (word.utf8.count < Self.minimumCorrectableLength || vocabulary.contains(word))
        return plain ? nil : normalize(word)
    }

    /// Adds words to the table of known words, such as the words of examples, whose ids are
    /// made after ``prepare()``; does nothing before it.
    public mutating func learn<S: Sequence>(_ words: S) where S.Element == String {
        guard !lexicon.isEmpty else { return }
        let plain = withoutLexicon
        lexicon.add(words) { plain.normalizeUnlessItself($0) }
    }

    /// The same normaliser without its table of known words: slower, with the same tokens. Its
    /// ids are those of every library loaded; a prepared normaliser gives ids only to the words
    /// its own library names (``Atoms/none`` for others), which is all that matching needs.
    public var withoutLexicon: Normalizer {
        var copy = self
        copy.lexicon = Lexicon()
        return copy
    }

    /// Whether the table of known words holds a word (false before ``prepare()``).
    public func knows(_ word: String) -> Bool { lexicon.slot(of: word) != nil }

    /// Whether ``prepare()`` has worked out the known words.
    public var isPrepared: Bool { !lexicon.isEmpty }

    /// Adds words that spelling correction may correct towards.
    public mutating func addVocabulary<S: Sequence>(_ words: S) where S.Element == String {
        lexicon = Lexicon()
        for word in words where vocabulary.insert(word).inserted {
            var text = word
            text.withUTF8 { bytes in
                if bytes.allSatisfy({ $0 < 0x80 }) {
                    // Plain ASCII, the usual case: the keys are hashed straight into the table.
                    guard bytes.count >= Self.minimumCorrectableLength - 1 else { return }
                    deletionTable.add(word) { key in _ = Self.forEachCorrectionKey(count: bytes.count, { bytes[$0] }) { key($0); return true } }
                } else if word.count >= Self.minimumCorrectableLength - 1 {
                    let keys = Self.correctionKeys(of: word)
                    deletionTable.add(word) { key in keys.forEach(key) }
                }
            }
        }
    }

    /// The result of normalising one message.
    public struct Result: Sendable, Hashable {
        public var tokens: [String]
        /// Each token's atom id (``Atoms/none`` for a word nothing names).
        public var ids: [Int32] = []
        /// Token positions where a new sentence begins (after ". ", "! ", "? ", ";" or a new line).
        public var sentenceStarts: [Int] = []
        /// Words corrected by spelling tolerance, as (typed, corrected).
        public var corrections: [Correction]
        /// Shorthand and contractions expanded, as (typed, expanded).
        public var expansions: [Correction]
    }

    public struct Correction: Sendable, Hashable {
        public var from: String
        public var to: String

        public init(from: String, to: String) {
            self.from = from
            self.to = to
        }
    }

    public static let minimumCorrectableLength = 5

    /// Normalises a message into tokens.
    public func normalize(_ text: String) -> Result {
        if !lexicon.isEmpty, let known = normalizeASCII(text) { return known }
        var result = Result(tokens: [], corrections: [], expansions: [])
        result.tokens.reserveCapacity(16)
        let (words, starts) = Self.split(text)
        for (index, split) in words.enumerated() {
            if starts[index], !result.tokens.isEmpty { result.sentenceStarts.append(result.tokens.count) }
            appendWord(split, to: &result)
        }
        // Ids as this library knows them once prepared; before then, every id there is, all
        // found in one look-up of the shared table.
        result.ids = lexicon.isEmpty ? Atoms.lookup(result.tokens) : result.tokens.map(lexicon.id(of:))
        return result
    }

    /// Normalises one word as split from a message and adds what it becomes to the tokens (not
    /// their ids) of the result.
    func appendWord(_ split: String, to result: inout Result) {
        if let expansion = Self.apostropheForm(split) {
            result.tokens.append(contentsOf: expansion)
            result.expansions.append(Correction(from: split, to: expansion.joined(separator: " ")))
            return
        }
        let raw = split.utf8.contains(0x27) ? String(split.unicodeScalars.filter { $0 != "'" }.map(Character.init)) : split
        var word = Self.squeezeRepeats(raw, keep: 2)
        if word != raw, !vocabulary.contains(word) {
            let single = Self.squeezeRepeats(raw, keep: 1)
            if vocabulary.contains(single) { word = single }
        }
        if let expansion = Self.expansions[word] {
            result.tokens.append(contentsOf: expansion)
            result.expansions.append(Correction(from: word, to: expansion.joined(separator: " ")))
        } else if let corrected = correct(word) {
            result.tokens.append(corrected)
            result.corrections.append(Correction(from: word, to: corrected))
        } else {
            result.tokens.append(word)
        }
    }

    /// Whether a pattern word is one lower-case word that normalises to itself: letters a to z,
    /// and no contraction or shorthand.
    static func staysItself(_ word: String) -> Bool {
        !word.isEmpty && word.utf8.allSatisfy { $0 >= 0x61 && $0 <= 0x7A } && expansions[word] == nil
    }

    /// Normalises pattern words: the same folding and expansion, without spelling correction.
    public static func normalizeWords(_ text: String) -> [String] {
        // Most pattern words and concept phrases are already plain lower-case words.
        if staysItself(text) { return [text] }
        if text.utf8.contains(0x20) {
            let words = text.utf8.split(separator: 0x20).map { String(Substring($0)) }
            if words.allSatisfy(staysItself) { return words }
        }
        return split(text).words.flatMap { word -> [String] in
            if let expansion = apostropheForm(word) { return expansion }
            let plain = word.utf8.contains(0x27) ? String(word.unicodeScalars.filter { $0 != "'" }.map(Character.init)) : word
            return expansions[plain] ?? [plain]
        }
    }

    /// Contractions whose apostrophe tells them apart from another word ("he'll" is not "hell"),
    /// and a possessive "'s" dropped ("mum's" -> "mum"); nil for other words.
    static func apostropheForm(_ word: String) -> [String]? {
        guard word.utf8.contains(0x27) else { return nil }
        if let expansion = apostropheExpansions[word] { return expansion }
        if word.hasSuffix("'s") {
            let stem = String(word.dropLast(2))
            if expansions[stem + "s"] == nil, !stem.isEmpty, !stem.contains("'") { return [stem] }
        }
        return nil
    }

    static let apostropheExpansions: [String: [String]] = {
        let table: [String: String] = [
            "he'll": "he will", "she'll": "she will", "we'll": "we will", "i'll": "i will", "it'll": "it will",
            "we're": "we are", "he'd": "he would", "she'd": "she would", "we'd": "we would", "i'd": "i would",
            "they'd": "they would", "you'd": "you would", "it'd": "it would", "od'd": "overdosed",
            "who'd": "who would", "that'd": "that would",
        ]
        return table.mapValues { $0.split(separator: " ").map(String.init) }
    }()

    private func correct(_ word: String) -> String? {
        guard word.utf8.count >= Self.minimumCorrectableLength, !vocabulary.contains(word),
            word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) || (word.utf8.contains { $0 >= 0x80 }
                && word.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }))
        else { return nil }
        var candidates: [String] = []
        for key in Self.correctionKeys(of: word) {
            deletionTable.forEachWord(under: key) { candidate in
                if !candidates.contains(candidate), candidate.count >= Self.minimumCorrectableLength,
                    Self.withinOneEdit(word, candidate)
                {
                    candidates.append(candidate)
                }
            }
            if candidates.count > 4 { return nil }
        }
        // A real word is never corrected; the dictionary is searched only when there is
        // something to correct it to.
        guard !candidates.isEmpty, !dictionary.contains(word) else { return nil }
        // One candidate; or else the one likeliest slip, in this order: a doubled letter typed
        // once ("realy" -> "really"), two letters swapped ("freinds" -> "friends"), one letter
        // changed ("suicidel" -> "suicidal", not "suicide").
        if candidates.count == 1 { return candidates.first }
        for kind in [Self.isDoubledLetter, Self.isSwap, { $0.count == $1.count }] as [(String, String) -> Bool] {
            let fitting = candidates.filter { kind($0, word) }
            if fitting.count == 1 { return fitting.first }
            if fitting.count > 1 { return nil }
        }
        return nil
    }

    /// False when no script word has this correction key; true when one may have.
    @inline(__always)
    func mayHaveDeletion(_ key: UInt64) -> Bool { deletionTable.mayHave(key) }

    /// The hash of a word and of each of its one-letter deletions: two words within one edit
    /// share at least one of them.
    static func correctionKeys(of word: String) -> [UInt64] {
        let bytes = Array(word.utf8)
        if bytes.contains(where: { $0 >= 0x80 }) { return [Lexicon.hash(bytes)] + deletions(of: word).map { Lexicon.hash($0.utf8) } }
        var keys: [UInt64] = []
        keys.reserveCapacity(bytes.count + 1)
        _ = forEachCorrectionKey(count: bytes.count, { bytes[$0] }) { keys.append($0); return true }
        return keys
    }

    /// Hands ``correctionKeys(of:)`` for the ASCII word whose `count` bytes are `byte(0)`,
    /// `byte(1)`... to `body`, hashed in place, until `body` returns false; whether it never did.
    @inline(__always)
    static func forEachCorrectionKey(count: Int, _ byte: (Int) -> UInt8, _ body: (UInt64) -> Bool) -> Bool {
        var whole = Lexicon.seed
        for k in 0..<count { whole = Lexicon.mix(whole, byte(k)) }
        guard body(whole) else { return false }
        for skip in 0..<count {
            var hash = Lexicon.seed
            for k in 0..<count where k != skip { hash = Lexicon.mix(hash, byte(k)) }
            guard body(hash) else { return false }
        }
        return true
    }

    /// The word with each one of its letters left out; ``correctionKeys(of:)`` hashes ASCII
    /// words' deletions in place and needs these only for other words.
    static func deletions(of word: String) -> [String] {
        let chars = Array(word)
        guard chars.count > 1 else { return [] }
        return chars.indices.map { i in
            var copy = chars
            copy.remove(at: i)
            return String(copy)
        }
    }

    /// Whether both words are plain ASCII, where comparing bytes is comparing letters.
    static func bothASCII(_ a: String, _ b: String) -> Bool {
        a.utf8.allSatisfy { $0 < 0x80 } && b.utf8.allSatisfy { $0 < 0x80 }
    }

    /// Whether `candidate` is `typed` with one of its letters doubled.
    static func isDoubledLetter(_ candidate: String, _ typed: String) -> Bool {
        bothASCII(candidate, typed)
            ? isDoubledLetter(Array(candidate.utf8), Array(typed.utf8)) : isDoubledLetter(Array(candidate), Array(typed))
    }

    static func isDoubledLetter<E: Equatable>(_ c: [E], _ t: [E]) -> Bool {
        guard c.count == t.count + 1 else { return false }
        for i in 1..<c.count where c[i] == c[i - 1] {
            if c[..<i].elementsEqual(t[..<i]), c[(i + 1)...].elementsEqual(t[i...]) { return true }
        }
        return false
    }

    /// Whether two words differ only by two neighbouring letters swapped.
    static func isSwap(_ a: String, _ b: String) -> Bool {
        bothASCII(a, b) ? isSwap(Array(a.utf8), Array(b.utf8)) : isSwap(Array(a), Array(b))
    }

    static func isSwap<E: Equatable>(_ x: [E], _ y: [E]) -> Bool {
        guard x.count == y.count else { return false }
        var first = -1
        for i in x.indices where x[i] != y[i] {
            if first >= 0 { return i == first + 1 && x[first] == y[i] && x[i] == y[first] && x[(i + 1)...] == y[(i + 1)...] }
            first = i
        }
        return false
    }

    /// Whether two words differ by one insertion, deletion, substitution or swap of neighbours.
    static func withinOneEdit(_ a: String, _ b: String) -> Bool {
        bothASCII(a, b) ? withinOneEdit(Array(a.utf8), Array(b.utf8)) : withinOneEdit(Array(a.unicodeScalars), Array(b.unicodeScalars))
    }

    static func withinOneEdit<E: Equatable>(_ x: [E], _ y: [E]) -> Bool {
        if x.count == y.count {
            // The same, one letter changed, or two neighbours swapped.
            guard let first = x.indices.first(where: { x[$0] != y[$0] }) else { return true }
            return x[(first + 1)...] == y[(first + 1)...] || isSwap(x, y)
        }
        guard abs(x.count - y.count) == 1 else { return false }
        let (long, short) = x.count > y.count ? (x, y) : (y, x)
        var i = 0
        while i < short.count, long[i] == short[i] { i += 1 }
        return long[(i + 1)...].elementsEqual(short[i...])
    }

    static func hasTripleByte(_ word: String) -> Bool {
        var last: UInt8 = 0
        var run = 0
        for b in word.utf8 {
            if b == last {
                run += 1
                if run >= 2 { return true }
            } else {
                last = b
                run = 0
            }
        }
        return false
    }

    /// Shortens letters repeated three or more times to `keep` letters ("soooo" -> "soo" or "so").
    static func squeezeRepeats(_ word: String, keep: Int) -> String {
        guard word.utf8.count >= 3, hasTripleByte(word) else { return word }
        let chars = Array(word)
        var out = ""
        var i = 0
        var changed = false
        while i < chars.count {
            var j = i
            while j < chars.count, chars[j] == chars[i] { j += 1 }
            let run = j - i
            if run >= 3, chars[i].isLetter {
                out += String(repeating: chars[i], count: keep)
                changed = true
            } else {
                out += String(chars[i..<j])
            }
            i = j
        }
        return changed ? out : word
    }

    /// Splits text into folded words (apostrophes inside a word kept) and emoji, noting which
    /// words begin a new sentence.
    static func split(_ text: String) -> (words: [String], sentenceStart: [Bool]) {
        if let ascii = splitASCII(text) { return ascii }
        let folded = text.precomposedStringWithCompatibilityMapping
            .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var tokens: [String] = []
        var starts: [Bool] = []
        var boundary = false
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty {
                tokens.append(String(current))
                starts.append(boundary)
                boundary = false
                current = String.UnicodeScalarView()
            }
        }
        let scalars = Array(folded.unicodeScalars)
        for (i, scalar) in scalars.enumerated() {
            switch scalar {
            case "'", "\u{2019}", "\u{2018}", "`", "\u{00B4}":
                let inWord = !current.isEmpty && i + 1 < scalars.count && Self.isWordScalar(scalars[i + 1])
                if inWord { current.append("'") } else { flush() }
            case "&":
                flush()
                tokens.append("and")
                starts.append(boundary)
                boundary = false
            case ".", "!", "?", ";", "\n", "\u{3002}":
                flush()
                boundary = true
            default:
                if Self.isWordScalar(scalar) {
                    current.append(scalar)
                } else {
                    flush()
                    if Self.isEmoji(scalar) {
                        tokens.append(String(scalar))
                        starts.append(boundary)
                        boundary = false
                    }
                }
            }
        }
        flush()
        return (tokens, starts)
    }

    /// The same as ``split(_:)`` for plain ASCII text, working on bytes; nil for other text.
    static func splitASCII(_ text: String) -> (words: [String], sentenceStart: [Bool])? {
        var text = text
        return text.withUTF8 { bytes -> (words: [String], sentenceStart: [Bool])? in
            var tokens: [String] = []
            var starts: [Bool] = []
            let plain = scanASCII(bytes) { word, sentenceStart in
                tokens.append(word.map { String(decoding: bytes[$0].lazy.map(foldedByte), as: UTF8.self) } ?? "and")
                starts.append(sentenceStart)
            }
            return plain ? (tokens, starts) : nil
        }
    }

    /// How plain ASCII text splits into words: the one rule ``splitASCII(_:)`` and the one-pass
    /// normaliser both follow. Hands `word` each word's bytes (letters and digits, and an
    /// apostrophe or backtick between letters), or nil for `&` (the word "and"), and whether a
    /// sentence begins before it. Returns false, part way through, for text with other bytes.
    @inline(__always)
    static func scanASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ word: (Range<Int>?, Bool) -> Void) -> Bool {
        var boundary = false
        var start = 0
        var length = 0
        func flush() {
            guard length > 0 else { return }
            word(start..<(start + length), boundary)
            boundary = false
            length = 0
        }
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b >= 0x80 { return false }
            let lower = b | 0x20
            if (lower >= 0x61 && lower <= 0x7A) || (b >= 0x30 && b <= 0x39) {
                if length == 0 { start = i }
                length += 1
            } else if b == 0x27 || b == 0x60 {
                let next: UInt8 = i + 1 < bytes.count ? bytes[i + 1] : 0
                let folded = next | 0x20
                if length > 0, (folded >= 0x61 && folded <= 0x7A) || (next >= 0x30 && next <= 0x39) { length += 1 } else { flush() }
            } else if b == 0x26 {
                flush()
                word(nil, boundary)
                boundary = false
            } else if b == 0x2E || b == 0x21 || b == 0x3F || b == 0x3B || b == 0x0A {
                flush()
                boundary = true
            } else {
                flush()
            }
            i += 1
        }
        flush()
        return true
    }

    /// A byte of a word as split: lower case, a backtick read as an apostrophe.
    @inline(__always)
    static func foldedByte(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b + 0x20 : (b == 0x60 ? 0x27 : b) }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let v = scalar.value
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A)
        }
        let p = scalar.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
    }

    static func isEmoji(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value > 0x2000 && scalar.properties.isEmoji
    }

    /// Contractions (with their apostrophe already dropped) and chat shorthand.
    public static let expansions: [String: [String]] = {
        let table: [String: String] = [
            // contractions
            "im": "i am", "ive": "i have", "ill": "i will", "id": "i would",
            "dont": "do not", "doesnt": "does not", "didnt": "did not", "cant": "can not", "cannot": "can not",
            "wont": "will not", "wouldnt": "would not", "couldnt": "could not", "shouldnt": "should not",
            "isnt": "is not", "arent": "are not", "wasnt": "was not", "werent": "were not",
            "havent": "have not", "hasnt": "has not", "hadnt": "had not", "aint": "am not",
            "youre": "you are", "youve": "you have", "youll": "you will", "youd": "you would",
            "theyre": "they are", "theyve": "they have", "theyll": "they will",
            "weve": "we have",
            "thats": "that is", "whats": "what is", "theres": "there is", "heres": "here is",
            "its": "it is", "hes": "he is", "shes": "she is", "whos": "who is", "wheres": "where is",
            "hows": "how is", "lets": "let us", "itll": "it will", "thatll": "that will",
            "shouldve": "should have", "wouldve": "would have", "couldve": "could have",
            "gonna": "going to", "wanna": "want to", "gotta": "got to", "tryna": "trying to",
            "kinda": "kind of", "sorta": "sort of", "outta": "out of", "lotta": "lot of", "dunno": "do not know",
            "gimme": "give me", "lemme": "let me", "ya": "you", "yall": "you all",
            // chat shorthand
            "rn": "right now", "u": "you", "ur": "your", "r": "are", "abt": "about", "bout": "about",
            "idk": "i do not know", "idc": "i do not care", "tbh": "to be honest", "imo": "in my opinion",
            "w": "with", "b4": "before", "bc": "because", "cuz": "because", "coz": "because", "cos": "because",
            "becuz": "because", "tho": "though", "thru": "through", "thx": "thanks", "ty": "thank you",
            "pls": "please", "plz": "please", "ppl": "people", "smth": "something", "sth": "something",
            "tmrw": "tomorrow", "tmr": "tomorrow", "tmw": "tomorrow", "tomoz": "tomorrow", "2moro": "tomorrow",
            "tonite": "tonight", "2nite": "tonight", "nite": "night", "msg": "message", "txt": "text",
            "bf": "boyfriend", "gf": "girlfriend", "bff": "best friend", "hrs": "hours", "hr": "hour",
            "mins": "minutes", "min": "minute", "yr": "year", "yrs": "years", "wk": "week", "wks": "weeks",
            "convo": "conversation", "ok": "okay", "k": "okay", "kk": "okay", "okey": "okay", "nvm": "never mind",
            "ofc": "of course", "atm": "at the moment", "asap": "as soon as possible", "omw": "on my way",
            "y": "why", "n": "and", "cig": "cigarette", "cigs": "cigarettes", "ciggy": "cigarette",
            "ciggies": "cigarettes", "dr": "doctor", "mom": "mum", "mommy": "mum", "mam": "mum",
            "bro": "brother", "sis": "sister", "prob": "probably", "probs": "probably", "def": "definitely",
            "hav": "have", "wat": "what", "wot": "what", "wut": "what", "nothin": "nothing",
            "somethin": "something", "anythin": "anything", "everythin": "everything",
            "goin": "going", "doin": "doing", "feelin": "feeling", "thinkin": "thinking", "tryin": "trying",
            "nuthin": "nothing", "meds": "medication", "med": "medication",
        ]
        return table.mapValues { $0.split(separator: " ").map(String.init) }
    }()
}
