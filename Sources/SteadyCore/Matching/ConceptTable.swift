/// Named sets of words and phrases (`~craving`, `~substance`) shared by all scripts.
///
/// A concept may include another by naming it with `~`; inclusions are flattened at load.
public struct ConceptTable: Sendable {
    /// Each concept's phrases, as normalised token lists, nested concepts flattened.
    public private(set) var phrases: [String: [[String]]] = [:]
    /// Where each concept was defined.
    public private(set) var locations: [String: SourceLocation] = [:]
    /// Phrases as word ids, by the id of their first word; at each, the longest first, then by
    /// concept name (descending).
    private var byFirstWord: [Int32: [(words: [Int32], concept: String, id: Int32)]] = [:]

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

    /// Builds the table, naming its words and concepts in `ids`; reports unknown inclusions
    /// and cycles.
    public init(definitions: [String: Definition], ids: inout WordIDs) throws(ConceptError) {
        var visiting: Set<String> = []
        func resolve(_ name: String) throws(ConceptError) {
            if phrases[name] != nil { return }
            guard let definition = definitions[name] else { throw .unknown(name, nil) }
            guard visiting.insert(name).inserted else { throw .cycle(name, definition.location) }
            var out: [[String]] = []
            for entry in definition.entries {
                switch entry.value {
                case .inclusion(let inner):
                    guard definitions[inner] != nil else { throw .unknown(inner, entry.location) }
                    try resolve(inner)
                    out += phrases[inner] ?? []
                case .phrase(let tokens):
                    if !tokens.isEmpty { out.append(tokens) }
                }
            }
            visiting.remove(name)
            phrases[name] = out
        }
        let names = definitions.keys.sorted()
        for name in names {
            try resolve(name)
            locations[name] = definitions[name]?.location
        }
        for name in names {
            let id = ids.name(WordIDs.concept(name))
            // In the order written, each phrase once: a set's order differs from one set to another,
            // and ids must not.
            var seen = Set<[String]>()
            for phrase in phrases[name] ?? [] where seen.insert(phrase).inserted {
                let words = phrase.map { ids.name($0) }
                byFirstWord[words[0], default: []].append((words, name, id))
            }
        }
        for (first, list) in byFirstWord {
            byFirstWord[first] = list.sorted { ($0.words.count, $0.concept) > ($1.words.count, $1.concept) }
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

    /// The concept phrases that start at each position of a message's word ids, longest first.
    func occurrences(in ids: [Int32]) -> [[ConceptHit]] {
        ids.indices.map { i in
            (byFirstWord[ids[i]] ?? []).compactMap { words, concept, id in
                guard i + words.count <= ids.count, ids[i..<(i + words.count)].elementsEqual(words) else { return nil }
                return ConceptHit(concept: concept, id: id, length: words.count)
            }
        }
    }
}

/// A concept phrase found at a position of a message.
public struct ConceptHit: Sendable, Hashable {
    public var concept: String
    /// The concept's id (of its `~name`).
    public var id: Int32
    public var length: Int
}
