/// What each word the scripts know becomes, worked out once at load by the normaliser itself, so
/// that a plain-ASCII message is normalised in one pass over its bytes: each word is hashed as it
/// is read and looked up once, instead of being made into a string and looked up three times.
///
/// A word the table does not hold takes the normaliser's ordinary path, so the result is the
/// same either way; the table only saves time.
struct Lexicon: Sendable {
    /// What one word becomes: usually itself, with its atom id.
    struct Entry: Sendable {
        var token: String
        var id: Int32
        /// Index into ``fragments`` when the word becomes something else (an expansion, a
        /// correction, several tokens); -1 when it is simply itself.
        var fragment: Int32
    }

    /// Slots of an open-addressing table, a power of two long: an entry index, or -1.
    private var slots: [Int32] = []
    private var hashes: [UInt64] = []
    /// Each entry's word, one after another; entry `i` spans `starts[i]..<starts[i + 1]`.
    private var keys: [UInt8] = []
    private var starts: [Int32] = [0]
    private(set) var entries: [Entry] = []
    /// The normaliser's whole result for words that do not simply become themselves.
    private(set) var fragments: [Normalizer.Result] = []

    var isEmpty: Bool { entries.isEmpty }

    /// The FNV-1a hash the table is keyed by, one byte at a time.
    @inline(__always)
    static func mix(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// Builds the table for `words`, each normalised by `normalize`; words that cannot be split
    /// from ASCII text as they are (upper case, spaces, other letters) are left out.
    init<S: Sequence>(_ words: S, normalize: (String) -> Normalizer.Result) where S.Element == String {
        for word in words {
            let bytes = Array(word.utf8)
            guard !bytes.isEmpty, bytes.allSatisfy(Self.isKeyByte), bytes.first != 0x27, bytes.last != 0x27 else { continue }
            let hash = bytes.reduce(Self.seed, Self.mix)
            guard find(hash: hash, matching: bytes.count, { bytes[$0] }) == nil else { continue }
            let result = normalize(word)
            var fragment: Int32 = -1
            if result.tokens != [word] || !result.corrections.isEmpty || !result.expansions.isEmpty {
                fragment = Int32(fragments.count)
                fragments.append(result)
            }
            entries.append(Entry(token: word, id: result.ids.first ?? Atoms.none, fragment: fragment))
            hashes.append(hash)
            keys += bytes
            starts.append(Int32(keys.count))
        }
        var size = 16
        while size < entries.count * 2 { size *= 2 }
        slots = [Int32](repeating: -1, count: size)
        for (i, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & (size - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(i)
        }
    }

    init() {}

    /// Lower-case letters, digits and the apostrophe: the bytes of a word split from ASCII text.
    static func isKeyByte(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x27 }

    /// The entry for the word whose `count` bytes `byte(0)`, `byte(1)`... hash to `hash`.
    @inline(__always)
    func find(hash: UInt64, matching count: Int, _ byte: (Int) -> UInt8) -> Int? {
        guard !slots.isEmpty else { return nil }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            if hashes[index] == hash {
                let start = Int(starts[index])
                if Int(starts[index + 1]) - start == count {
                    var same = true
                    for k in 0..<count where keys[start + k] != byte(k) {
                        same = false
                        break
                    }
                    if same { return index }
                }
            }
            slot = (slot + 1) & mask
        }
    }
}

extension Normalizer {
    /// The words to know in advance: every word any pattern, concept or example names, the
    /// vocabulary, and the contractions and shorthand.
    func lexiconWords() -> Set<String> {
        var words = vocabulary
        for atom in Atoms.snapshot() where !atom.hasPrefix("~") { words.insert(atom) }
        words.formUnion(Self.expansions.keys)
        words.formUnion(Self.apostropheExpansions.keys)
        return words
    }

    /// ``normalize(_:)`` for plain ASCII text, through the lexicon; nil for other text. Splits
    /// exactly as ``splitASCII(_:)`` does.
    func normalizeASCII(_ text: String) -> Result? {
        var text = text
        return text.withUTF8 { bytes -> Result? in
            var result = Result(tokens: [], corrections: [], expansions: [])
            result.tokens.reserveCapacity(16)
            result.ids.reserveCapacity(16)
            var boundary = false
            var start = 0
            var length = 0
            var hash = Lexicon.seed

            // The word's bytes as split: lower case, a backtick read as an apostrophe.
            @inline(__always)
            func byte(_ k: Int) -> UInt8 {
                let b = bytes[start + k]
                return b >= 0x41 && b <= 0x5A ? b + 0x20 : (b == 0x60 ? 0x27 : b)
            }
            func add(_ known: Int?, spelled: () -> String) {
                if boundary, !result.tokens.isEmpty { result.sentenceStarts.append(result.tokens.count) }
                boundary = false
                if let known {
                    let entry = lexicon.entries[known]
                    if entry.fragment < 0 {
                        result.tokens.append(entry.token)
                        result.ids.append(entry.id)
                    } else {
                        let fragment = lexicon.fragments[Int(entry.fragment)]
                        result.tokens += fragment.tokens
                        result.ids += fragment.ids
                        result.corrections += fragment.corrections
                        result.expansions += fragment.expansions
                    }
                } else if isPlainUnknown(length: length, byte) {
                    // Not a word the scripts know and nothing to correct it to: itself, as typed.
                    let word = spelled()
                    result.tokens.append(word)
                    result.ids.append(Atoms.lookup(word))
                } else {
                    appendWord(spelled(), to: &result)
                }
            }
            func flush() {
                guard length > 0 else { return }
                add(lexicon.find(hash: hash, matching: length, byte)) {
                    String(unsafeUninitializedCapacity: length) { buffer in
                        for k in 0..<length { buffer[k] = byte(k) }
                        return length
                    }
                }
                length = 0
                hash = Lexicon.seed
            }

            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b >= 0x80 { return nil }
                let lower = b >= 0x41 && b <= 0x5A ? b + 0x20 : b
                if (lower >= 0x61 && lower <= 0x7A) || (lower >= 0x30 && lower <= 0x39) {
                    if length == 0 { start = i }
                    length += 1
                    hash = Lexicon.mix(hash, lower)
                } else if b == 0x27 || b == 0x60 {
                    let next: UInt8 = i + 1 < bytes.count ? bytes[i + 1] : 0
                    let folded = next | 0x20
                    let inWord = length > 0 && ((folded >= 0x61 && folded <= 0x7A) || (next >= 0x30 && next <= 0x39))
                    if inWord {
                        length += 1
                        hash = Lexicon.mix(hash, 0x27)
                    } else {
                        flush()
                    }
                } else if b == 0x26 {
                    flush()
                    add(lexicon.find(hash: Self.andHash, matching: 3) { Array("and".utf8)[$0] }) { "and" }
                } else if b == 0x2E || b == 0x21 || b == 0x3F || b == 0x3B || b == 0x0A {
                    flush()
                    boundary = true
                } else {
                    flush()
                }
                i += 1
            }
            flush()
            return result
        }
    }

    /// Whether a word the lexicon does not hold simply stays as it is: it has no apostrophe and
    /// no letter three times over, and it is too short to correct or has no correction key any
    /// script word shares. (Not being in the lexicon, it is no script word, contraction or
    /// shorthand.) The keys are hashed straight from the bytes, as ``correctionKeys(of:)`` does.
    @inline(__always)
    func isPlainUnknown(length: Int, _ byte: (Int) -> UInt8) -> Bool {
        var run = 0
        var letters = true
        for k in 0..<length {
            let b = byte(k)
            if b == 0x27 { return false }
            run = k > 0 && byte(k - 1) == b ? run + 1 : 0
            if run >= 2 { return false }
            if b < 0x61 || b > 0x7A { letters = false }
        }
        guard letters, length >= Self.minimumCorrectableLength else { return true }
        var whole = Lexicon.seed
        for k in 0..<length { whole = Lexicon.mix(whole, byte(k)) }
        if mayHaveDeletion(whole) { return false }
        for skip in 0..<length {
            var hash = Lexicon.seed
            for k in 0..<length where k != skip { hash = Lexicon.mix(hash, byte(k)) }
            if mayHaveDeletion(hash) { return false }
        }
        return true
    }

    static let andHash = "and".utf8.reduce(Lexicon.seed, Lexicon.mix)
}
