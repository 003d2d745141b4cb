/// Script words filed under their correction keys (the hash of the word and of each of its
/// one-letter deletions), frozen at load into an open-addressing table at most half full, with
/// a Bloom filter in front: most keys of a typed word belong to no script word, and are turned
/// away by one bit. Finding a key costs the same whatever seed the process's hashing has.
struct DeletionTable: Sendable {
    private struct Slot {
        var key: UInt64 = 0
        var start: Int32 = 0
        /// How many candidates; 0 for an empty slot.
        var count: Int32 = 0
    }

    private var slots: [Slot] = []
    private var candidates: [String] = []
    /// One bit per key, sixteen bits per key or more.
    private var filter: [UInt64] = []

    var isEmpty: Bool { slots.isEmpty }

    init() {}

    init(_ index: [UInt64: [String]]) {
        var size = 16
        while size < index.count * 2 { size *= 2 }
        slots = [Slot](repeating: Slot(), count: size)
        var words = 1
        while words * 64 < index.count * 16 { words *= 2 }
        filter = [UInt64](repeating: 0, count: words)
        for (key, list) in index where !list.isEmpty {
            var i = Int(truncatingIfNeeded: key) & (size - 1)
            while slots[i].count > 0 { i = (i + 1) & (size - 1) }
            slots[i] = Slot(key: key, start: Int32(candidates.count), count: Int32(list.count))
            candidates += list
            let bit = Self.bit(key, words)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    @inline(__always)
    private static func bit(_ key: UInt64, _ words: Int) -> Int { Int(truncatingIfNeeded: (key >> 32) ^ key) & (words * 64 - 1) }

    /// False when no script word has this key; true when one may have.
    @inline(__always)
    func mayHave(_ key: UInt64) -> Bool {
        let bit = Self.bit(key, filter.count)
        return filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// The script words filed under a key.
    func words(for key: UInt64) -> ArraySlice<String> {
        guard mayHave(key) else { return [] }
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: key) & mask
        while slots[i].count > 0 {
            if slots[i].key == key { return candidates[Int(slots[i].start)..<Int(slots[i].start + slots[i].count)] }
            i = (i + 1) & mask
        }
        return []
    }
}
