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
/// 5. Spelling slips in long words are corrected towards the scripts' words (``SpellingCorrector``).
///
/// Pattern words, concept phrases and option labels take steps 1, 2 and 4 only
/// (``normalizeWords(_:)``), through the same code.
public struct Normalizer: Sendable {
    public private(set) var speller: SpellingCorrector

    /// Words the scripts use; the targets of spelling correction.
    public var vocabulary: Set<String> { speller.vocabulary }

    public init(vocabulary: Set<String> = [], dictionary: WordList = .empty) {
        speller = SpellingCorrector(vocabulary: vocabulary, dictionary: dictionary)
    }

    /// Adds words that spelling correction may correct towards.
    public mutating func addVocabulary<S: Sequence>(_ words: S) where S.Element == String { speller.add(words) }

    /// The result of normalising one message.
    public struct Result: Sendable, Hashable {
        public var tokens: [String] = []
        /// Token positions where a new sentence begins (after ". ", "! ", "? ", ";" or a new line).
        public var sentenceStarts: [Int] = []
        /// Token positions that follow a comma inside a sentence: where a clause may begin.
        public var commaStarts: [Int] = []
        /// Words corrected by spelling tolerance, as (typed, corrected).
        public var corrections: [Correction] = []
        /// Shorthand and contractions expanded, as (typed, expanded).
        public var expansions: [Correction] = []
    }

    public struct Correction: Sendable, Hashable {
        public var from: String
        public var to: String

        public init(from: String, to: String) {
            self.from = from
            self.to = to
        }
    }

    /// Normalises a message into tokens.
    public func normalize(_ text: String) -> Result {
        var result = Result()
        for (word, startsSentence, afterComma) in Self.split(text) {
            if startsSentence, !result.tokens.isEmpty { result.sentenceStarts.append(result.tokens.count) }
            if afterComma, !startsSentence, !result.tokens.isEmpty { result.commaStarts.append(result.tokens.count) }
            append(word, to: &result)
        }
        return result
    }

    /// Normalises pattern words: the same folding, splitting and expansion, without shortening
    /// repeated letters or correcting spelling.
    public static func normalizeWords(_ text: String) -> [String] {
        var words: [String] = []
        for (split, _, _) in split(text) {
            if let expansion = apostropheForm(split) {
                words += expansion
                continue
            }
            let word = withoutApostrophes(split)
            if let expansion = expansions[word] { words += expansion } else { words.append(word) }
        }
        return words
    }

    /// Steps 3 to 5 for one word as split from a message, added to the result.
    func append(_ split: String, to result: inout Result) {
        if let expansion = Self.apostropheForm(split) {
            result.tokens += expansion
            result.expansions.append(Correction(from: split, to: expansion.joined(separator: " ")))
            return
        }
        let raw = Self.withoutApostrophes(split)
        var word = Self.squeezeRepeats(raw, keep: 2)
        if word != raw, !vocabulary.contains(word) {
            let single = Self.squeezeRepeats(raw, keep: 1)
            if vocabulary.contains(single) { word = single }
        }
        if let expansion = Self.expansions[word] {
            result.tokens += expansion
            result.expansions.append(Correction(from: word, to: expansion.joined(separator: " ")))
        } else if let corrected = speller.correct(word) {
            result.tokens.append(corrected)
            result.corrections.append(Correction(from: word, to: corrected))
        } else {
            result.tokens.append(word)
        }
    }

    static func withoutApostrophes(_ word: String) -> String {
        word.utf8.contains(0x27) ? String(String.UnicodeScalarView(word.unicodeScalars.filter { $0 != "'" })) : word
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

    /// Shortens letters repeated three or more times to `keep` letters ("soooo" -> "soo" or "so").
    static func squeezeRepeats(_ word: String, keep: Int) -> String {
        // Most words have no letter three times over, and are handed back as they are.
        var previous: Character?
        var run = 0
        let hasRun = word.contains { c in
            run = c == previous ? run + 1 : 1
            previous = c
            return run >= 3 && c.isLetter
        }
        guard hasRun else { return word }
        let chars = Array(word)
        var out = ""
        var i = 0
        var changed = false
        while i < chars.count {
            var j = i
            while j < chars.count, chars[j] == chars[i] { j += 1 }
            if j - i >= 3, chars[i].isLetter {
                out += String(repeating: chars[i], count: keep)
                changed = true
            } else {
                out += String(chars[i..<j])
            }
            i = j
        }
        return changed ? out : word
    }

    /// Steps 1 and 2: folds the text and splits it into words (apostrophes inside a word kept)
    /// and emoji, each with whether a new sentence begins before it.
    static func split(_ text: String) -> [(word: String, startsSentence: Bool, afterComma: Bool)] {
        // A word of lowercase letters and digits, as most pattern words are, is one word as it is.
        if !text.isEmpty, text.utf8.allSatisfy({ (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) }) {
            return [(text, false, false)]
        }
        var words: [(word: String, startsSentence: Bool, afterComma: Bool)] = []
        var boundary = false, comma = false
        var current = String.UnicodeScalarView()
        func add(_ word: String) {
            words.append((word, boundary, comma))
            boundary = false
            comma = false
        }
        func flush() {
            if !current.isEmpty {
                add(String(current))
                current = String.UnicodeScalarView()
            }
        }
        let scalars = Array(fold(text).unicodeScalars)
        for (i, scalar) in scalars.enumerated() {
            switch scalar {
            case "'", "\u{2019}", "\u{2018}", "`", "\u{00B4}":
                let inWord = !current.isEmpty && i + 1 < scalars.count && isWordScalar(scalars[i + 1])
                if inWord { current.append("'") } else { flush() }
            case "&":
                flush()
                add("and")
            case ".", "!", "?", ";", "\n", "\u{3002}":
                flush()
                boundary = true
            case ",", "\u{3001}":
                flush()
                comma = true
            default:
                if isWordScalar(scalar) {
                    current.append(scalar)
                } else {
                    flush()
                    if isEmoji(scalar) { add(String(scalar)) }
                }
            }
        }
        flush()
        return words
    }

    /// Step 1: compatibility form, case and accents folded. Plain ASCII text only changes case,
    /// which needs no help from Foundation.
    static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return text.precomposedStringWithCompatibilityMapping
            .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

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
            "gonna": "going to", "gunna": "going to", "finna": "going to", "bouta": "about to", "boutta": "about to",
            "wanna": "want to", "gotta": "got to", "tryna": "trying to",
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
