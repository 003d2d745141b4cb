/// A message after normalisation, with the concepts found in it; built once per turn.
public final class Message: Sendable {
    public let text: String
    public let normalized: Normalizer.Result
    public var tokens: [String] { normalized.tokens }
    /// Each token's atom id (``Atoms/none`` for a word nothing names).
    public let ids: [Int32]
    /// Concept phrases starting at each token position, longest first.
    public let conceptHits: [[ConceptHit]]
    /// Every word and concept present, as atom ids, ascending, each once.
    public let atomIDs: [Int32]
    /// One bit per atom present (a Bloom filter of 64 bits), for quick "certainly absent" checks.
    public let atomMask: UInt64

    public init(_ text: String, normalizer: Normalizer, concepts: ConceptTable) {
        self.text = text
        normalized = normalizer.normalize(text)
        ids = normalized.ids
        conceptHits = concepts.occurrences(in: ids)
        var atoms = ids.filter { $0 != Atoms.none }
        for hits in conceptHits {
            for hit in hits { atoms.append(hit.id) }
        }
        atoms.sort()
        var unique: [Int32] = []
        unique.reserveCapacity(atoms.count)
        for atom in atoms where unique.last != atom { unique.append(atom) }
        atomIDs = unique
        atomMask = unique.reduce(0) { $0 | Self.bit($1) }
    }

    /// The bit an atom sets in ``atomMask``.
    @inline(__always)
    public static func bit(_ atom: Int32) -> UInt64 { 1 << UInt64(UInt32(bitPattern: atom) & 63) }

    /// Whether the message contains an atom (a word or a concept).
    public func contains(atom: Int32) -> Bool {
        guard atomMask & Self.bit(atom) != 0 else { return false }
        var low = 0, high = atomIDs.count
        while low < high {
            let mid = (low + high) / 2
            if atomIDs[mid] < atom { low = mid + 1 } else { high = mid }
        }
        return low < atomIDs.count && atomIDs[low] == atom
    }

    /// The concepts found, in the order they first appear.
    public var concepts: [String] {
        var seen = Set<String>()
        return conceptHits.joined().map(\.concept).filter { seen.insert($0).inserted }
    }
}
