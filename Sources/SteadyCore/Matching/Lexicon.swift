/// What each word the scripts know becomes, worked out once at load by the normaliser itself, so
/// that a plain-ASCII message is normalised in one pass over its bytes: each word is hashed as it
/// is read and looked up once, instead of being made into a string and looked up three times.
///
/// A word the table does not hold takes the normaliser's ordinary path, so the tokens are the
/// same either way; the table only saves time. With it, a word gets an atom id only when this
/// library names it (``Atoms/none`` otherwise), which is all that matching looks at.
struct Lexicon: Sendable {
    /// One known word, kept whole in its slot of the table so that finding it reads one place
    /// in memory: its hash, its first eight bytes (the whole of most words), its atom id, and
    /// what it becomes when that is not simply itself.
    struct Slot: Sendable {
        var hash: UInt64 = 0
        var head: UInt64 = 0
        /// The word itself, as a token (a short string is held in place, not elsewhere).
        var token = ""
        var id: Int32 = Atoms.none
        /// Index into ``fragments`` when the word becomes something else (an expansion, a
        /// correction, several tokens); -1 when it is simply itself.
        var fragment: Int32 = -1
        /// Where the bytes past the first eight are in ``tail``.
        var tailStart: Int32 = 0
        /// The word's length in bytes; 0 for an empty slot.
        var length: Int32 = 0
    }

    /// An open-addressing table, a power of two long, at most half full.
    private(set) var slots: [Slot] = []
    private var tail: [UInt8] = []
    private var count = 0
    /// The normaliser's whole result for words that do not simply become themselves.
    private(set) var fragments: [Normalizer.Result] = []

    var isEmpty: Bool { count == 0 }

    /// The FNV-1a hash the table is keyed by, one byte at a time.
    @inline(__always)
    static func mix(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The FNV-1a hash of some bytes.
    static func hash<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 { bytes.reduce(seed, mix) }

    /// Up to the first eight bytes of a word, packed into one number.
    @inline(__always)
    static func head(_ count: Int, _ byte: (Int) -> UInt8) -> UInt64 {
        var head: UInt64 = 0
        for k in 0..<min(count, 8) { head |= UInt64(byte(k)) << (8 * UInt64(k)) }
        return head
    }

    init() {}

    /// Builds the table for `words`, each normalised by `normalize` (nil for a word that simply
    /// becomes itself).
    init<S: Sequence>(_ words: S, normalize: (String) -> Normalizer.Result?) where S.Element == String {
        add(words, normalize: normalize)
    }

    /// Learns more words; words that cannot be split from ASCII text as they are (upper case,
    /// spaces, other letters) are left out.
    mutating func add<S: Sequence>(_ words: S, normalize: (String) -> Normalizer.Result?) where S.Element == String {
        let words = Array(words)
        // Every word's id in one look-up of the shared table.
        let ids = Atoms.lookup(words)
        for (word, id) in zip(words, ids) {
            let bytes = Array(word.utf8)
            guard !bytes.isEmpty, bytes.count < Int(Int32.max), bytes.allSatisfy(Self.isKeyByte),
                bytes.first != 0x27, bytes.last != 0x27
            else { continue }
            let hash = Self.hash(bytes)
            if let known = find(hash: hash, matching: bytes.count, { bytes[$0] }) {
                // A word known before it had an id (an option's word that an example names).
                if slots[known].id == Atoms.none { slots[known].id = id }
                continue
            }
            let result = normalize(word)
            // The word's own id: for a word that becomes itself, the id of the token too.
            var slot = Slot(hash: hash, head: Self.head(bytes.count) { bytes[$0] }, token: word, id: id,
                            fragment: -1, tailStart: Int32(tail.count), length: Int32(bytes.count))
            if let result, result.tokens != [word] || !result.corrections.isEmpty || !result.expansions.isEmpty {
                slot.fragment = Int32(fragments.count)
                fragments.append(result)
            }
            tail += bytes.dropFirst(8)
            if (count + 1) * 2 > slots.count { grow() }
            insert(slot)
            count += 1
        }
        // A word's tokens carry the ids this table gives them, as they would if the word were
        // normalised without the table; a word learned just now may be one of those tokens.
        for i in fragments.indices { fragments[i].ids = fragments[i].tokens.map(id(of:)) }
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: max(16, old.count * 2))
        for slot in old where slot.length > 0 { insert(slot) }
    }

    private mutating func insert(_ slot: Slot) {
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: slot.hash) & mask
        while slots[i].length > 0 { i = (i + 1) & mask }
        slots[i] = slot
    }

    /// Lower-case letters, digits and the apostrophe: the bytes of a word split from ASCII text.
    static func isKeyByte(_ b: UInt8) -> Bool { (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x27 }

    /// The slot of the word whose `count` bytes `byte(0)`, `byte(1)`... hash to `hash`.
    @inline(__always)
    func find(hash: UInt64, matching count: Int, _ byte: (Int) -> UInt8) -> Int? {
        guard !slots.isEmpty else { return nil }
        return slots.withUnsafeBufferPointer { slots -> Int? in
            let mask = slots.count - 1
            var i = Int(truncatingIfNeeded: hash) & mask
            while true {
                let slot = slots[i]
                if slot.length == 0 { return nil }
                if slot.hash == hash, Int(slot.length) == count, slot.head == Self.head(count, byte) {
                    var same = true
                    let start = Int(slot.tailStart)
                    for k in 8..<max(count, 8) where tail[start + k - 8] != byte(k) {
                        same = false
                        break
                    }
                    if same { return i }
                }
                i = (i + 1) & mask
            }
        }
    }

    /// The slot of a word, or nil when the table does not hold it.
    func slot(of word: String) -> Int? {
        let bytes = Array(word.utf8)
        return find(hash: Self.hash(bytes), matching: bytes.count) { bytes[$0] }
    }

    /// The atom id of a word as this table knows it, or ``Atoms/none``.
    func id(of word: String) -> Int32 { slot(of: word).map { slots[$0].id } ?? Atoms.none }
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
            // One word, as `count` bytes `byte(0)`, `byte(1)`...
            func add(count: Int, _ byte: (Int) -> UInt8) {
                var hash = Lexicon.seed
                for k in 0..<count { hash = Lexicon.mix(hash, byte(k)) }
                func spelled() -> String {
                    String(unsafeUninitializedCapacity: count) { buffer in
                        for k in 0..<count { buffer[k] = byte(k) }
                        return count
                    }
                }
                if let known = lexicon.find(hash: hash, matching: count, byte) {
                    let slot = lexicon.slots[known]
                    if slot.fragment < 0 {
                        result.tokens.append(slot.token)
                        result.ids.append(slot.id)
                    } else {
                        let fragment = lexicon.fragments[Int(slot.fragment)]
                        result.tokens += fragment.tokens
                        result.ids += fragment.ids
                        result.corrections += fragment.corrections
                        result.expansions += fragment.expansions
                    }
                } else if isPlainUnknown(length: count, byte) {
                    // Not a word the scripts know and nothing to correct it to: itself, as
                    // typed, with no id (nothing this library matches names it).
                    result.tokens.append(spelled())
                    result.ids.append(Atoms.none)
                } else {
                    let first = result.tokens.count
                    appendWord(spelled(), to: &result)
                    result.ids += result.tokens[first...].map(lexicon.id(of:))
                }
            }
            let plain = Self.scanASCII(bytes) { word, sentenceStart in
                if sentenceStart, !result.tokens.isEmpty { result.sentenceStarts.append(result.tokens.count) }
                if let word {
                    add(count: word.count) { Self.foldedByte(bytes[word.lowerBound + $0]) }
                } else {
                    add(count: 3) { Self.and[$0] }
                }
            }
            return plain ? result : nil
        }
    }

    /// Whether a word the lexicon does not hold simply stays as it is: it has no apostrophe and
    /// no letter three times over, and it is too short to correct or has no correction key any
    /// script word shares. (Not being in the lexicon, it is no script word, contraction or
    /// shorthand.)
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
        return Self.forEachCorrectionKey(count: length, byte) { !mayHaveDeletion($0) }
    }

    static let and = Array("and".utf8)
}
