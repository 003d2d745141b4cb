/// A message after normalisation, with its words as the library's ids and the concepts found
/// in it; built once per turn.
public final class Message: Sendable {
    public let text: String
    public let normalized: Normalizer.Result
    public var tokens: [String] { normalized.tokens }
    /// The ids the message was read with; a pattern is compiled against them to match it.
    public let wordIDs: WordIDs
    /// Each token's id (``WordIDs/unnamed`` for a word the library does not name).
    public let ids: [Int32]
    /// Concept phrases starting at each token position, longest first.
    public let conceptHits: [[ConceptHit]]
    /// Every word and concept present, as ids, ascending, each once.
    public let atomIDs: [Int32]

    public init(_ text: String, normalizer: Normalizer, ids wordIDs: WordIDs, concepts: ConceptTable) {
        self.text = text
        self.wordIDs = wordIDs
        normalized = normalizer.normalize(text)
        ids = normalized.tokens.map { wordIDs.id(of: $0) ?? WordIDs.unnamed }
        conceptHits = concepts.occurrences(in: ids)
        let atoms = ids.filter { $0 != WordIDs.unnamed } + conceptHits.joined().map(\.id)
        atomIDs = atoms.sortedUnique()
    }

    /// A message read on its own, outside a library: its words are named on top of `ids` (the
    /// table `concepts` was built with, if any), so that a pattern tried on it sees them.
    public convenience init(
        reading text: String, normalizer: Normalizer = Normalizer(), concepts: ConceptTable = ConceptTable(),
        ids: WordIDs = WordIDs()
    ) {
        var named = ids
        for token in normalizer.normalize(text).tokens { named.name(token) }
        self.init(text, normalizer: normalizer, ids: named, concepts: concepts)
    }

    /// The concept phrases that start at a token position, longest first.
    public func hits(at position: Int) -> [ConceptHit] { conceptHits[position] }

    /// Whether the message contains an atom (a word or a concept).
    public func contains(atom: Int32) -> Bool {
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
