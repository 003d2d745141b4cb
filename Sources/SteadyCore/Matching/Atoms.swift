import Foundation

/// Small integer ids for the words and concepts that patterns, concepts and examples name, so
/// that matching compares and indexes integers instead of hashing strings.
///
/// Ids are handed out while scripts are compiled, at load. A message's words are only looked up,
/// so what people type never grows the table; a word nothing names has no id (``none``) and so
/// can never equal a pattern's word. Concepts are kept as `~name`. The table is shared by every
/// library in the process and only grows, so an id never changes its meaning.
public enum Atoms {
    /// The id of a word that no pattern, concept or example names.
    public static let none: Int32 = -1

    /// The table behind a lock. An `NSLock` rather than `Synchronization.Mutex`: files load on
    /// several threads, and ThreadSanitizer on Linux sees a pthread lock but not a `Mutex`.
    private final class Table: @unchecked Sendable {
        private let lock = NSLock()
        private var ids: [String: Int32] = [:]

        func withLock<T>(_ body: (inout [String: Int32]) -> T) -> T {
            lock.lock()
            defer { lock.unlock() }
            return body(&ids)
        }
    }

    private static let table = Table()

    /// The id of an atom, giving it one if it has none yet.
    public static func intern(atom: String) -> Int32 {
        table.withLock { table in
            if let id = table[atom] { return id }
            let id = Int32(table.count)
            table[atom] = id
            return id
        }
    }

    /// The ids of several atoms, giving an id to each that has none; one look-up of the table.
    public static func intern<S: Sequence>(atoms: S) -> [Int32] where S.Element == String {
        table.withLock { table in
            atoms.map { atom in
                if let id = table[atom] { return id }
                let id = Int32(table.count)
                table[atom] = id
                return id
            }
        }
    }

    /// The ids of a concept name (without `~`).
    public static func intern(concept name: String) -> Int32 { intern(atom: "~" + name) }

    /// The id of each word, or ``none``; one look-up of the table for all of them.
    public static func lookup(_ words: [String]) -> [Int32] {
        table.withLock { table in words.map { table[$0] ?? none } }
    }

    /// Every atom named so far.
    public static func snapshot() -> [String] {
        table.withLock { Array($0.keys) }
    }

    /// The id of one atom, or ``none``.
    public static func lookup(_ atom: String) -> Int32 {
        table.withLock { $0[atom] ?? none }
    }
}

/// A set of atom ids that answers membership without hashing: a bit per id.
public struct AtomSet: Sendable {
    private var bits: [UInt64] = []

    public init() {}

    public init<S: Sequence>(_ ids: S) where S.Element == Int32 {
        for id in ids { insert(id) }
    }

    public mutating func insert(_ id: Int32) {
        guard id >= 0 else { return }
        let word = Int(id) >> 6
        if word >= bits.count { bits.append(contentsOf: repeatElement(0, count: word + 1 - bits.count)) }
        bits[word] |= 1 << UInt64(id & 63)
    }

    public func contains(_ id: Int32) -> Bool {
        guard id >= 0 else { return false }
        let word = Int(id) >> 6
        return word < bits.count && bits[word] & (1 << UInt64(id & 63)) != 0
    }
}
