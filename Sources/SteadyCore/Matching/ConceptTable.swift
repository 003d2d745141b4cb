/// Named sets of words and phrases (`~craving`, `~substance`) shared by all scripts.
///
/// A concept may include another by naming it with `~`; inclusions are flattened at load.
public struct ConceptTable: Sendable {
    /// Each concept's phrases, as normalised token lists, nested concepts flattened.
    public private(set) var phrases: [String: [[String]]] = [:]
    /// Where each concept was defined.
    public private(set) var locations: [String: SourceLocation] = [:]
    /// Phrases as atom ids, indexed by the id of their first word.
    private var byFirstToken: [[(tokens: [Int32], concept: String, id: Int32)]] = []

    public init() {}

    /// One concept as a file defines it: each line read, and where the name stands.
    public struct Definition: Sendable {
        public var entries: [Located<Entry>]
        public var location: SourceLocation

        public init(entries: [Located<Entry>], location: SourceLocation) {
            self.entries = entries
            self.location = location
        }

        /// A definition from its lines as written.
        public init(lines: [Located<String>], location: SourceLocation) {
            self.init(entries: lines.map { Located(Entry($0.value), at: $0.location) }, location: location)
        }
    }

    /// What one line of a concept says: another concept it includes (`~name`), or a phrase, as
    /// normalised tokens.
    public enum Entry: Sendable, Hashable {
        case inclusion(String)
        case phrase([String])

        public init(_ line: String) {
            // Most lines have nothing to trim; Foundation is asked only when they might.
            let first = line.utf8.first ?? 0, last = line.utf8.last ?? 0
            let text = (0x21...0x7E).contains(first) && (0x21...0x7E).contains(last) ? line : line.trimmingCharacters(in: .whitespaces)
            self = text.hasPrefix("~") ? .inclusion(String(text.dropFirst())) : .phrase(Normalizer.normalizeWords(text))
        }
    }

    /// Builds the table; reports unknown inclusions and cycles.
    public init(definitions: [String: Definition]) throws(ConceptError) {
        // Each concept's phrases as words and as atom ids. A concept's own words get their ids
        // in one look-up; an included concept's phrases are taken whole, already resolved.
        var resolved: [String: [[String]]] = [:]
        var resolvedIDs: [String: [[Int32]]] = [:]
        var visiting: Set<String> = []

        func resolve(_ name: String) throws(ConceptError) {
            if resolved[name] != nil { return }
            guard let definition = definitions[name] else { throw .unknown(name, nil) }
            guard visiting.insert(name).inserted else { throw .cycle(name, definition.location) }
            var own: [[String]] = []
            for entry in definition.entries {
                if case .phrase(let tokens) = entry.value, !tokens.isEmpty { own.append(tokens) }
            }
            let ids = Atoms.intern(atoms: own.joined())
            var ownIDs = 0
            var out: [[String]] = [], outIDs: [[Int32]] = []
            for entry in definition.entries {
                switch entry.value {
                case .inclusion(let inner):
                    guard definitions[inner] != nil else { throw .unknown(inner, entry.location) }
                    try resolve(inner)
                    out += resolved[inner] ?? []
                    outIDs += resolvedIDs[inner] ?? []
                case .phrase(let tokens):
                    guard !tokens.isEmpty else { continue }
                    out.append(tokens)
                    outIDs.append(Array(ids[ownIDs..<(ownIDs + tokens.count)]))
                    ownIDs += tokens.count
                }
            }
            visiting.remove(name)
            resolved[name] = out
            resolvedIDs[name] = outIDs
        }

        let names = definitions.keys.sorted()
        for name in names {
            try resolve(name)
            locations[name] = definitions[name]?.location
        }
        phrases = resolved
        // At each first word, the longest phrases first, then by concept name (descending).
        var byFirst: [Int32: [(tokens: [Int32], concept: String, id: Int32, rank: Int)]] = [:]
        let conceptIDs = Atoms.intern(atoms: names.map { "~" + $0 })
        for (rank, concept) in names.enumerated() {
            for tokens in Set(resolvedIDs[concept] ?? []) {
                byFirst[tokens[0], default: []].append((tokens, concept, conceptIDs[rank], rank))
            }
        }
        byFirstToken = Array(repeating: [], count: Int(byFirst.keys.max() ?? -1) + 1)
        for (first, list) in byFirst {
            byFirstToken[Int(first)] = list.sorted { ($0.tokens.count, $0.rank) > ($1.tokens.count, $1.rank) }
                .map { ($0.tokens, $0.concept, $0.id) }
        }
    }

    /// Every word of the phrases of these definitions: the table's ``words`` once it is built.
    static func words(of definitions: [String: Definition]) -> Set<String> {
        var words = Set<String>()
        for definition in definitions.values {
            for entry in definition.entries {
                if case .phrase(let tokens) = entry.value { words.formUnion(tokens) }
            }
        }
        return words
    }

    public enum ConceptError: Error, Equatable, Sendable, CustomStringConvertible {
        case unknown(String, SourceLocation?)
        case cycle(String, SourceLocation)

        public var description: String {
            switch self {
            case .unknown(let name, _): "no concept named ~\(name)"
            case .cycle(let name, _): "~\(name) includes itself"
            }
        }
    }

    public func contains(_ name: String) -> Bool { phrases[name] != nil }

    /// Every word that appears in some concept.
    public var words: Set<String> { Set(phrases.values.joined().joined()) }

    /// Finds every concept phrase in a message's atom ids: the hits by position, longest first
    /// at each, and where each position's hits start (both empty when there are none).
    func occurrences(in ids: [Int32]) -> (hits: [ConceptHit], starts: [Int32]) {
        var hits: [ConceptHit] = []
        var starts: [Int32] = []
        for i in ids.indices {
            let first = Int(ids[i])
            guard first >= 0, first < byFirstToken.count else { continue }
            for (phrase, concept, id) in byFirstToken[first] {
                guard i + phrase.count <= ids.count else { continue }
                var same = true
                for k in 1..<phrase.count where ids[i + k] != phrase[k] {
                    same = false
                    break
                }
                guard same else { continue }
                // The first hit: positions before this one have none.
                if starts.isEmpty { starts = [Int32](repeating: 0, count: i + 1) }
                while starts.count <= i { starts.append(Int32(hits.count)) }
                hits.append(ConceptHit(concept: concept, id: id, length: phrase.count))
            }
        }
        guard !starts.isEmpty else { return ([], []) }
        while starts.count <= ids.count { starts.append(Int32(hits.count)) }
        return (hits, starts)
    }
}

/// A concept phrase found at a position of a message.
public struct ConceptHit: Sendable, Hashable {
    public var concept: String
    /// The concept's atom id (its `~name`).
    public var id: Int32
    public var length: Int
}
