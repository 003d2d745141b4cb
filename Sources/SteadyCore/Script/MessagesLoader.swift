import Yams

/// Reads a file of labelled messages: `messages:` mapping each label to a list of messages
/// written by people who had not read the scripts. They teach a ``NaiveBayes`` model the words
/// people use: the topics' in `Dialogues/messages/`, the safety net's in `Dialogues/safety/`.
public enum MessagesLoader {
    /// The labels a routing messages file may use: every topic a dialogue can have, and
    /// `out_of_scope` for what Steady is not for.
    public static let routingLabels: Set<String> = Set(Topic.allCases.map(\.rawValue))
        .subtracting([Topic.crisis.rawValue, Topic.fallback.rawValue]).union([outOfScope])
    public static let outOfScope = "out_of_scope"

    public static func load(_ source: ScriptSource, labels: Set<String>) -> ([(label: String, text: String)], [Diagnostic]) {
        var reader = YAMLReader(path: source.path, text: source.text)
        guard let root = reader.compose(source.text), let pairs = reader.mapping(root, what: "a messages file") else {
            return ([], reader.diagnostics)
        }
        reader.checkKeys(pairs, allowed: ["messages"], in: "a messages file")
        let messages = pairs.first { $0.key == "messages" }.map { read($0.value, labels: labels, &reader) } ?? []
        return (messages, reader.diagnostics)
    }

    /// The messages under a `messages:` key, each with its label; an unknown label is an error.
    static func read(_ node: Yams.Node, labels: Set<String>, _ reader: inout YAMLReader) -> [(label: String, text: String)] {
        guard let groups = reader.mapping(node, what: "messages") else { return [] }
        var out: [(label: String, text: String)] = []
        for group in groups {
            guard labels.contains(group.key) else {
                let hint = DidYouMean.nearest(group.key, in: labels.sorted()).map { "did you mean '\($0)'?" }
                reader.error(.badValue, at: reader.location(group.keyNode), "unknown label '\(group.key)' for messages", hint: hint)
                continue
            }
            out += reader.strings(group.value, what: group.key).map { (group.key, $0.value) }
        }
        return out
    }
}
