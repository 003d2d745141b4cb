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
    /// Where the atoms occur, atom by atom in the order of `atomIDs`: each one's token positions
    /// ascending (a concept's where its phrase begins). Atom `i`'s are
    /// `places[placeStarts[i]..<placeStarts[i + 1]]`; see ``positions(of:)``.
    private let places: [Int]
    private let placeStarts: [Int]

    public init(_ text: String, normalizer: Normalizer, ids wordIDs: WordIDs, concepts: ConceptTable) {
        self.text = text
        self.wordIDs = wordIDs
        normalized = normalizer.normalize(text)
        ids = normalized.tokens.map { wordIDs.id(of: $0) ?? WordIDs.unnamed }
        conceptHits = concepts.occurrences(in: ids)
        var found: [(id: Int32, position: Int)] = []
        for (position, id) in ids.enumerated() where id != WordIDs.unnamed { found.append((id, position)) }
        for (position, hits) in conceptHits.enumerated() {
            for hit in hits { found.append((hit.id, position)) }
        }
        found.sort { ($0.id, $0.position) < ($1.id, $1.position) }
        var atomIDs: [Int32] = [], places: [Int] = [], placeStarts: [Int] = []
        for (id, position) in found {
            if atomIDs.last != id {
                atomIDs.append(id)
                placeStarts.append(places.count)
            } else if places.last == position {
                continue
            }
            places.append(position)
        }
        placeStarts.append(places.count)
        self.atomIDs = atomIDs
        self.places = places
        self.placeStarts = placeStarts
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
        index(of: atom) != nil
    }

    /// The token positions where an atom occurs, ascending (a concept's where its phrase begins).
    /// A slice of a longer array: its indices do not start at 0.
    func positions(of atom: Int32) -> ArraySlice<Int> {
        guard let i = index(of: atom) else { return [] }
        return places[placeStarts[i]..<placeStarts[i + 1]]
    }

    /// The atom's place in `atomIDs`, by binary search.
    private func index(of atom: Int32) -> Int? {
        var low = 0, high = atomIDs.count
        while low < high {
            let mid = (low + high) / 2
            if atomIDs[mid] < atom { low = mid + 1 } else { high = mid }
        }
        return low < atomIDs.count && atomIDs[low] == atom ? low : nil
    }

    /// The concepts found, in the order they first appear.
    public var concepts: [String] {
        var seen = Set<String>()
        return conceptHits.joined().map(\.concept).filter { seen.insert($0).inserted }
    }
}
