/// A message after normalisation, with the concepts found in it; built once per turn.
public final class Message: Sendable {
    public let text: String
    public let normalized: Normalizer.Result
    public var tokens: [String] { normalized.tokens }
    /// Concept phrases starting at each token position, longest first.
    public let conceptHits: [[ConceptHit]]
    /// Every word and concept (as `~name`) present, for index look-ups.
    public let atoms: Set<String>

    public init(_ text: String, normalizer: Normalizer, concepts: ConceptTable) {
        self.text = text
        normalized = normalizer.normalize(text)
        conceptHits = concepts.occurrences(in: normalized.tokens)
        var atoms = Set(normalized.tokens)
        for hits in conceptHits {
            for hit in hits { atoms.insert("~" + hit.concept) }
        }
        self.atoms = atoms
        atomMask = atoms.reduce(0) { $0 | Self.bit($1) }
    }

    /// One bit per atom present (a Bloom filter of 64 bits), for quick "certainly absent" checks.
    public let atomMask: UInt64

    /// The bit an atom sets in ``atomMask``.
    public static func bit(_ atom: String) -> UInt64 {
        1 << UInt64(UInt(bitPattern: atom.hashValue) % 64)
    }

    /// The concepts found, in the order they first appear.
    public var concepts: [String] {
        var seen = Set<String>()
        return conceptHits.joined().map(\.concept).filter { seen.insert($0).inserted }
    }
}
