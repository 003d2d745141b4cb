/// A message after normalisation, with the concepts found in it; built once per turn.
public final class Message: Sendable {
    public let text: String
    public let normalized: Normalizer.Result
    public var tokens: [String] { normalized.tokens }
    /// Each token's atom id (``Atoms/none`` for a word nothing names).
    public let ids: [Int32]
    /// Concept phrases found, by token position, longest first at each position; empty when
    /// there are none.
    private let hitList: [ConceptHit]
    /// Where each position's hits start in ``hitList``, one more than there are tokens; empty
    /// when there are no hits.
    private let hitStarts: [Int32]
    /// Every word and concept present, as atom ids, ascending, each once.
    public let atomIDs: [Int32]
    /// One bit per atom present (a Bloom filter of 64 bits), for quick "certainly absent" checks.
    public let atomMask: UInt64

    public init(_ text: String, normalizer: Normalizer, concepts: ConceptTable) {
        self.text = text
        normalized = normalizer.normalize(text)
        ids = normalized.ids
        (hitList, hitStarts) = concepts.occurrences(in: ids)
        var atoms: [Int32] = []
        atoms.reserveCapacity(ids.count + hitList.count)
        for id in ids where id != Atoms.none { atoms.append(id) }
        for hit in hitList { atoms.append(hit.id) }
        // Messages are short: an insertion sort, then duplicates dropped in place.
        for i in atoms.indices.dropFirst() {
            let atom = atoms[i]
            var j = i
            while j > 0, atoms[j - 1] > atom {
                atoms[j] = atoms[j - 1]
                j -= 1
            }
            atoms[j] = atom
        }
        var kept = 0
        for atom in atoms where kept == 0 || atoms[kept - 1] != atom {
            atoms[kept] = atom
            kept += 1
        }
        atoms.removeLast(atoms.count - kept)
        atomIDs = atoms
        atomMask = atoms.reduce(0) { $0 | Self.bit($1) }
    }

    /// The concept phrases that start at a token position, longest first.
    @inline(__always)
    public func hits(at position: Int) -> ArraySlice<ConceptHit> {
        hitStarts.isEmpty ? [] : hitList[Int(hitStarts[position])..<Int(hitStarts[position + 1])]
    }

    /// Concept phrases starting at each token position, longest first.
    public var conceptHits: [[ConceptHit]] { ids.indices.map { Array(hits(at: $0)) } }

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
        return hitList.map(\.concept).filter { seen.insert($0).inserted }
    }
}
