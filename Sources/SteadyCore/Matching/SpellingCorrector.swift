/// Corrects a typed word towards the words the scripts use, when the slip is clear.
///
/// A word of ``minimumLength`` letters or more that the scripts never use and that is not a real
/// English word, one edit away from exactly one word the scripts do use, is corrected to it
/// ("realy" -> "really", "becuase" -> "because"; but "putting" never becomes "cutting").
public struct SpellingCorrector: Sendable {
    /// The fewest letters a word needs before it is corrected.
    public static let minimumLength = 5

    /// Words the scripts use; the targets of correction.
    public private(set) var vocabulary: Set<String> = []
    /// Real English words, never corrected into a script word.
    public var dictionary: WordList
    /// Script words long enough to correct towards, filed under themselves and under each of
    /// their one-letter deletions: two words within one edit share one of these keys.
    private var byKey: [String: [String]] = [:]

    public init(vocabulary: Set<String> = [], dictionary: WordList = .empty) {
        self.dictionary = dictionary
        add(vocabulary)
    }

    /// Adds words that correction may correct towards.
    public mutating func add<S: Sequence>(_ words: S) where S.Element == String {
        for word in words where vocabulary.insert(word).inserted && word.count >= Self.minimumLength {
            for key in Self.keys(of: word) { byKey[key, default: []].append(word) }
        }
    }

    /// The script word a typed word is a clear slip for, or nil.
    public func correct(_ word: String) -> String? {
        guard word.utf8.count >= Self.minimumLength, !vocabulary.contains(word),
            word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) || (word.utf8.contains { $0 >= 0x80 }
                && word.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }))
        else { return nil }
        var candidates: [String] = []
        for key in Self.keys(of: word) {
            for candidate in byKey[key] ?? [] where !candidates.contains(candidate) && Self.withinOneEdit(word, candidate) {
                candidates.append(candidate)
            }
            if candidates.count > 4 { return nil }
        }
        // A real word is never corrected; the dictionary is searched only when there is
        // something to correct it to.
        guard !candidates.isEmpty, !dictionary.contains(word) else { return nil }
        // One candidate; or else the one likeliest slip, in this order: a doubled letter typed
        // once ("realy" -> "really"), two letters swapped ("freinds" -> "friends"), a letter left
        // out ("purpse" -> "purpose", not "purple"), one letter changed ("suicidel" -> "suicidal",
        // not "suicide").
        if candidates.count == 1 { return candidates.first }
        let slips: [(String, String) -> Bool] = [Self.isDoubledLetter, Self.isSwap, { $0.count == $1.count + 1 }, { $0.count == $1.count }]
        for slip in slips {
            let fitting = candidates.filter { slip($0, word) }
            if fitting.count == 1 { return fitting.first }
            if fitting.count > 1 { return nil }
        }
        return nil
    }

    /// The word itself and the word with each one of its letters left out, each once (leaving
    /// out either "l" of "really" gives the same key).
    static func keys(of word: String) -> [String] {
        var keys = [word]
        var previous: Character?
        for i in word.indices where word[i] != previous {
            previous = word[i]
            var key = String(word[..<i])
            key += word[word.index(after: i)...]
            keys.append(key)
        }
        return keys
    }

    /// Whether `candidate` is `typed` with one of its letters doubled.
    static func isDoubledLetter(_ candidate: String, _ typed: String) -> Bool {
        let c = Array(candidate), t = Array(typed)
        guard c.count == t.count + 1 else { return false }
        for i in 1..<c.count where c[i] == c[i - 1] {
            if c[..<i].elementsEqual(t[..<i]), c[(i + 1)...].elementsEqual(t[i...]) { return true }
        }
        return false
    }

    /// Whether two words differ only by two neighbouring letters swapped.
    static func isSwap(_ a: String, _ b: String) -> Bool { isSwap(Array(a), Array(b)) }

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
        let x = Array(a.unicodeScalars), y = Array(b.unicodeScalars)
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
}
