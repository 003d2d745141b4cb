/// Script words filed under their correction keys (the hash of the word and of each of its
/// one-letter deletions), in an open-addressing table at most half full, with a Bloom filter in
/// front: most keys of a typed word belong to no script word, and are turned away by one bit.
/// The words under a key are a list threaded through flat arrays, so adding a word allocates
/// nothing of its own, and finding a key costs the same whatever seed the process's hashing has.
struct DeletionTable: Sendable {
    private var slotKeys: [UInt64] = []
    /// Each slot's first entry; -1 for an empty slot.
    private var slotHeads: [Int32] = []
    private var keyCount = 0
    /// Each entry's word (an index into `words`) and the entry after it under the same key.
    private var entryWords: [Int32] = []
    private var entryNext: [Int32] = []
    private var words: [String] = []
    /// One bit per key, sixteen bits per key or more.
    private var filter: [UInt64] = []

    init() {}

    /// Files a word under each key `keys` hands over (a key it has twice, once).
    mutating func add(_ word: String, keys: ((UInt64) -> Void) -> Void) {
        let index = Int32(words.count)
        words.append(word)
        keys { key in
            if (keyCount + 1) * 2 > slotKeys.count { grow() }
            let slot = find(key)
            if slotHeads[slot] < 0 {
                slotKeys[slot] = key
                keyCount += 1
                setBit(key)
            } else if entryWords[Int(slotHeads[slot])] == index {
                return
            }
            entryWords.append(index)
            entryNext.append(slotHeads[slot])
            slotHeads[slot] = Int32(entryWords.count - 1)
        }
    }

    /// The slot that holds a key, or the empty slot where it would go.
    @inline(__always)
    private func find(_ key: UInt64) -> Int {
        let mask = slotKeys.count - 1
        var i = Int(truncatingIfNeeded: key) & mask
        while slotHeads[i] >= 0, slotKeys[i] != key { i = (i + 1) & mask }
        return i
    }

    private mutating func grow() {
        let oldKeys = slotKeys, oldHeads = slotHeads
        let size = max(64, oldKeys.count * 2)
        slotKeys = [UInt64](repeating: 0, count: size)
        slotHeads = [Int32](repeating: -1, count: size)
        filter = [UInt64](repeating: 0, count: size / 8)
        for (key, head) in zip(oldKeys, oldHeads) where head >= 0 {
            let slot = find(key)
            slotKeys[slot] = key
            slotHeads[slot] = head
            setBit(key)
        }
    }

    @inline(__always)
    private mutating func setBit(_ key: UInt64) {
        let bit = Self.bit(key, filter.count)
        filter[bit >> 6] |= 1 << UInt64(bit & 63)
    }

    @inline(__always)
    private static func bit(_ key: UInt64, _ words: Int) -> Int { Int(truncatingIfNeeded: (key >> 32) ^ key) & (words * 64 - 1) }

    /// False when no script word has this key; true when one may have.
    @inline(__always)
    func mayHave(_ key: UInt64) -> Bool {
        guard !filter.isEmpty else { return false }
        let bit = Self.bit(key, filter.count)
        return filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// Hands each script word filed under a key to `body`.
    func forEachWord(under key: UInt64, _ body: (String) -> Void) {
        guard mayHave(key) else { return }
        var entry = slotHeads[find(key)]
        while entry >= 0 {
            body(words[Int(entryWords[Int(entry)])])
            entry = entryNext[Int(entry)]
        }
    }
}
