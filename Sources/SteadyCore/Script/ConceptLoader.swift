/// Reads a concept file: `concepts:` mapping each name to a list of words and phrases.
public enum ConceptLoader {
    public static func load(_ source: ScriptSource) -> ([String: (entries: [Located<String>], location: SourceLocation)], [Diagnostic]) {
        var reader = YAMLReader(path: source.path, text: source.text)
        guard let root = reader.compose(source.text), let pairs = reader.mapping(root, what: "a concept file") else {
            return ([:], reader.diagnostics)
        }
        reader.checkKeys(pairs, allowed: ["concepts"], in: "a concept file")
        var out: [String: (entries: [Located<String>], location: SourceLocation)] = [:]
        guard let conceptsNode = pairs.first(where: { $0.key == "concepts" })?.value,
            let concepts = reader.mapping(conceptsNode, what: "concepts")
        else { return ([:], reader.diagnostics) }
        for concept in concepts {
            guard ScriptLoader.isIdentifier(concept.key) else {
                reader.error(.badValue, at: reader.location(concept.keyNode),
                             "the concept name '\(concept.key)' should use only letters, digits, '-' and '_'")
                continue
            }
            let entries = reader.strings(concept.value, what: "~\(concept.key)")
            for entry in entries where entry.value.contains(where: { "*[]()|!".contains($0) }) {
                reader.error(.badValue, at: entry.location, "a concept lists plain words and phrases, not patterns",
                             hint: "write each alternative as its own item")
            }
            out[concept.key] = (entries, reader.location(concept.keyNode))
        }
        return (out, reader.diagnostics)
    }
}
