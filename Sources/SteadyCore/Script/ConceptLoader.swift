/// Reads a concept file: `concepts:` mapping each name to a list of words and phrases.
public enum ConceptLoader {
    public static func load(_ source: ScriptSource) -> ([String: ConceptTable.Definition], [Diagnostic]) {
        var reader = YAMLReader(path: source.path, text: source.text)
        guard let root = reader.compose(source.text), let pairs = reader.mapping(root, what: "a concept file") else {
            return ([:], reader.diagnostics)
        }
        reader.checkKeys(pairs, allowed: ["concepts"], in: "a concept file")
        var out: [String: ConceptTable.Definition] = [:]
        guard let conceptsNode = pairs.first(where: { $0.key == "concepts" })?.value,
            let concepts = reader.mapping(conceptsNode, what: "concepts")
        else { return ([:], reader.diagnostics) }
        for concept in concepts {
            guard ScriptLoader.isIdentifier(concept.key) else {
                reader.error(.badValue, at: reader.location(concept.keyNode),
                             "the concept name '\(concept.key)' should use only letters, digits, '-' and '_'")
                continue
            }
            let lines = reader.strings(concept.value, what: "~\(concept.key)")
            for line in lines where line.value.utf8.contains(where: Self.isPatternSyntax) {
                reader.error(.badValue, at: line.location, "a concept lists plain words and phrases, not patterns",
                             hint: "write each alternative as its own item")
            }
            out[concept.key] = ConceptTable.Definition(lines: lines, location: reader.location(concept.keyNode))
        }
        return (out, reader.diagnostics)
    }

    /// `*`, `[`, `]`, `(`, `)`, `|` or `!`: pattern syntax, which has no place in a concept.
    static func isPatternSyntax(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "*"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "("), UInt8(ascii: ")"),
            UInt8(ascii: "|"), UInt8(ascii: "!"): true
        default: false
        }
    }
}
