import Yams

/// A script file's path and text, as read by the front end.
public struct ScriptSource: Sendable, Hashable {
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}

/// Turns the text of a dialogue file into a ``Dialogue``, or into diagnostics.
///
/// A file with any error yields no dialogue at all: never a half-loaded one.
public enum ScriptLoader {
    /// The keys a dialogue file may have at the top level.
    public static let dialogueKeys = [
        "id", "topic", "title", "priority", "triggers", "examples", "not_examples", "start", "nodes", "review",
        "acknowledge",
    ]
    /// The keys a node may have.
    public static let nodeKeys = ["say", "ask", "options", "replies", "next", "goto", "call", "end", "do", "set"]
    /// The keys that say where a step leads.
    public static let targetKeys = ["goto", "call", "end"]
    /// The keys of an `ask:` mapping.
    public static let askKeys = ["kind", "min", "max", "choices", "into"]
    /// The keys of one item under `options:`.
    public static let optionKeys = ["label"] + targetKeys
    /// The keys of one item under `replies:`.
    public static let replyKeys = ["match", "say"] + targetKeys
    /// The keys of one item under `next:`.
    public static let branchKeys = ["when"] + targetKeys
    /// The keys of the `review:` mapping.
    public static let reviewKeys = ["by", "hash"]
    /// The most nodes one dialogue may have.
    public static let maximumNodes = 500
    /// Triggers, examples and variants allowed in one list.
    public static let maximumListLength = 1_000

    /// What kind of data a parsed file holds.
    public enum FileKind: Sendable, Equatable {
        case dialogue, concepts, safety
        /// Labelled messages that teach routing the words people use (`Dialogues/messages/`).
        case messages
    }

    /// Guesses the kind of a file from its top-level keys.
    public static func kind(of text: String) -> FileKind {
        // Bytes, not characters, and only as many lines as it takes: this runs on every file at
        // start-up.
        let bytes = text.utf8
        var start = bytes.startIndex
        var lines = 0
        while start < bytes.endIndex, lines < 200 {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.endIndex
            let line = bytes[start..<end]
            start = end < bytes.endIndex ? bytes.index(after: end) : end
            guard !line.isEmpty else { continue }
            lines += 1
            guard line.first != UInt8(ascii: " "), line.first != UInt8(ascii: "#") else { continue }
            if line.starts(with: "concepts:".utf8) { return .concepts }
            if line.starts(with: "messages:".utf8) { return .messages }
            if line.starts(with: "regions:".utf8) || line.starts(with: "crisis:".utf8) { return .safety }
            if line.starts(with: "id:".utf8) { return .dialogue }
        }
        return .dialogue
    }

    /// Loads a dialogue file. Cross-file checks (calls, concepts) happen in ``Library``.
    ///
    /// - Parameter partial: also return what could be read of a file that has errors, so that
    ///   lint can check its flow too; such a dialogue is never played.
    public static func loadDialogue(_ source: ScriptSource, partial: Bool = false) -> (Dialogue?, [Diagnostic]) {
        var reader = YAMLReader(path: source.path, text: source.text)
        guard let root = reader.compose(source.text) else { return (nil, reader.diagnostics) }
        guard let pairs = reader.mapping(root, what: "a dialogue file") else { return (nil, reader.diagnostics) }
        reader.checkKeys(pairs, allowed: dialogueKeys, in: "a dialogue")
        let fields = Dictionary(pairs.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        let fileStart = reader.location(root)

        func required(_ key: String) -> Yams.Node? {
            guard let node = fields[key]?.value else {
                reader.error(.missingKey, at: fileStart, "a dialogue needs '\(key):'")
                return nil
            }
            return node
        }

        let id = required("id").flatMap { reader.string($0, what: "id") } ?? ""
        if let idNode = fields["id"]?.value, !id.isEmpty, !isIdentifier(id) {
            reader.error(.badValue, at: reader.location(idNode),
                         "the id '\(id)' should use only letters, digits, '-' and '_'")
        }
        var topic = Topic.fallback
        if let node = required("topic"), let text = reader.string(node, what: "topic") {
            if let known = Topic(rawValue: text), known != .crisis, known != .fallback {
                topic = known
            } else {
                let allowed = Topic.allCases.filter { $0 != .crisis && $0 != .fallback }.map(\.rawValue)
                let hint = DidYouMean.nearest(text, in: allowed).map { "did you mean '\($0)'?" }
                reader.error(.unknownTopic, at: reader.location(node),
                             text == "crisis" ? "only the safety net can use the crisis topic" : "unknown topic '\(text)'",
                             hint: hint ?? "topics: \(allowed.joined(separator: ", "))")
            }
        }
        let title = fields["title"].flatMap { reader.string($0.value, what: "title") } ?? id
        let priority = fields["priority"].flatMap { reader.int($0.value, what: "priority") } ?? 0
        if let node = fields["priority"]?.value, priority > Router.maximumScriptPriority {
            reader.error(.outranksSafety, at: reader.location(node),
                         "priority \(priority) is above \(Router.maximumScriptPriority), the most a script may use",
                         hint: "the safety net always comes first; no script can outrank it")
        }

        var triggers: [Trigger] = []
        if let node = fields["triggers"]?.value {
            for line in limited(reader.strings(node, what: "triggers"), &reader, what: "triggers") {
                if let pattern = compile(line, &reader) {
                    triggers.append(Trigger(source: line.value, pattern: pattern, location: line.location))
                }
            }
        }
        let examples = fields["examples"].map { limited(reader.strings($0.value, what: "examples"), &reader, what: "examples") } ?? []
        let notExamples = fields["not_examples"].map { limited(reader.strings($0.value, what: "not_examples"), &reader, what: "not_examples") } ?? []
        let acknowledge = fields["acknowledge"].map { limited(reader.strings($0.value, what: "acknowledge"), &reader, what: "acknowledge") } ?? []

        var nodes: [Node] = []
        if let node = required("nodes"), let nodePairs = reader.mapping(node, what: "nodes") {
            if nodePairs.count > maximumNodes {
                reader.error(.tooLarge, at: reader.location(node), "a dialogue may have at most \(maximumNodes) nodes")
            }
            for pair in nodePairs.prefix(maximumNodes) {
                if !isIdentifier(pair.key) {
                    reader.error(.badValue, at: reader.location(pair.keyNode),
                                 "the node name '\(pair.key)' should use only letters, digits, '-' and '_'")
                }
                if let parsed = loadNode(id: pair.key, pair.value, keyLocation: reader.location(pair.keyNode), &reader) {
                    nodes.append(parsed)
                }
            }
            if nodePairs.isEmpty { reader.error(.missingKey, at: reader.location(node), "a dialogue needs at least one node") }
        }
        let nodeIDs = Set(nodes.map(\.id))
        var start = nodes.first?.id ?? ""
        if let node = fields["start"]?.value, let text = reader.string(node, what: "start") {
            start = text
            if !nodeIDs.contains(text) {
                reader.error(.unknownNode, at: reader.location(node), "start names '\(text)', which is not a node here",
                             hint: DidYouMean.nearest(text, in: Array(nodeIDs)).map { "did you mean '\($0)'?" })
            }
        }
        for node in nodes {
            for (target, location) in targets(of: node) {
                if case .goto(let name) = target, !nodeIDs.contains(name) {
                    reader.error(.unknownNode, at: location, "goto '\(name)': there is no node '\(name)' in this dialogue",
                                 hint: DidYouMean.nearest(name, in: Array(nodeIDs)).map { "did you mean '\($0)'?" })
                }
            }
        }
        for loop in loopsWithoutInput(nodes, path: source.path) {
            reader.error(loop.code, at: loop.location, loop.message, hint: loop.hint)
        }
        var review: Dialogue.Review?
        if let node = fields["review"]?.value, let reviewPairs = reader.mapping(node, what: "review") {
            reader.checkKeys(reviewPairs, allowed: reviewKeys, in: "review")
            let values = Dictionary(reviewPairs.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
            if let by = values["by"].flatMap({ reader.string($0, what: "review.by") }),
                let hash = values["hash"].flatMap({ reader.string($0, what: "review.hash") })
            {
                review = Dialogue.Review(by: by, hash: hash, location: reader.location(node))
            } else {
                reader.error(.missingKey, at: reader.location(node), "review needs 'by:' and 'hash:'")
            }
        }

        guard partial || !reader.diagnostics.hasErrors else { return (nil, reader.diagnostics) }
        let dialogue = Dialogue(
            id: id, topic: topic, title: title, priority: priority, triggers: triggers, examples: examples,
            notExamples: notExamples, start: start, nodes: nodes, location: fileStart, review: review, acknowledge: acknowledge)
        return (dialogue, reader.diagnostics)
    }

    /// Every place a node leads, with where it is written.
    public static func targets(of node: Node) -> [(Target, SourceLocation)] {
        node.options.map { ($0.target, $0.location) }
            + node.replies.compactMap { reply in reply.target.map { ($0, reply.location) } }
            + node.next.map { ($0.target, $0.location) }
    }

    static func isIdentifier(_ text: String) -> Bool {
        guard !text.isEmpty else { return false }
        return text.allSatisfy(NameCharacter.contains)
    }

    static func limited(_ items: [Located<String>], _ reader: inout YAMLReader, what: String) -> [Located<String>] {
        if items.count > maximumListLength, let first = items.first {
            reader.error(.tooLarge, at: first.location, "\(what) may have at most \(maximumListLength) items")
        }
        return Array(items.prefix(maximumListLength))
    }

    static func compile(_ line: Located<String>, _ reader: inout YAMLReader) -> Pattern? {
        do {
            return try Pattern.parse(line.value)
        } catch {
            var location = line.location
            if let text = reader.sourceLine(location) {
                // Point at the character inside the pattern when the pattern sits on its own line.
                let prefix = text.dropFirst(location.column - 1)
                let quoted = prefix.first == "\"" || prefix.first == "'"
                if prefix.dropFirst(quoted ? 1 : 0).hasPrefix(line.value) {
                    location.column += error.offset + (quoted ? 1 : 0)
                }
            }
            reader.error(.badPattern, at: location, "pattern \"\(line.value)\": \(error.message)")
            return nil
        }
    }

    static func loadNode(id: String, _ node: Yams.Node, keyLocation: SourceLocation, _ reader: inout YAMLReader) -> Node? {
        guard let pairs = reader.mapping(node, what: "node '\(id)'") else { return nil }
        reader.checkKeys(pairs, allowed: nodeKeys, in: "node '\(id)'")
        let fields = Dictionary(pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
        var result = NodeParts()
        if let say = fields["say"] {
            result.say = limited(reader.strings(say, what: "say"), &reader, what: "say").map(\.value)
        }
        if let ask = fields["ask"] { result.ask = loadAsk(ask, &reader) }
        if let options = fields["options"] {
            for item in reader.list(options, what: "options") {
                guard let itemPairs = reader.mapping(item, what: "an option") else { continue }
                reader.checkKeys(itemPairs, allowed: optionKeys, in: "an option")
                let values = Dictionary(itemPairs.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
                guard let labelNode = values["label"] else {
                    reader.error(.missingKey, at: reader.location(item), "an option needs a 'label:'")
                    continue
                }
                guard let label = reader.string(labelNode, what: "label"),
                    let target = loadTarget(values, at: reader.location(item), required: true, &reader)
                else { continue }
                result.options.append(StepOption(label: label, target: target, location: reader.location(item)))
            }
        }
        if let replies = fields["replies"] {
            for item in reader.list(replies, what: "replies") {
                guard let itemPairs = reader.mapping(item, what: "a reply") else { continue }
                reader.checkKeys(itemPairs, allowed: replyKeys, in: "a reply")
                let values = Dictionary(itemPairs.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
                guard let matchNode = values["match"] else {
                    reader.error(.missingKey, at: reader.location(item), "a reply needs a 'match:' pattern")
                    continue
                }
                let target = loadTarget(values, at: reader.location(item), required: false, &reader)
                let say = values["say"].map { reader.strings($0, what: "say").map(\.value) } ?? []
                for line in reader.strings(matchNode, what: "match") {
                    guard let pattern = compile(line, &reader) else { continue }
                    result.replies.append(
                        Reply(source: line.value, pattern: pattern, say: say, target: target, location: line.location))
                }
            }
        }
        if let next = fields["next"] {
            for item in reader.list(next, what: "next") {
                guard let itemPairs = reader.mapping(item, what: "a next step") else { continue }
                reader.checkKeys(itemPairs, allowed: branchKeys, in: "a next step")
                let values = Dictionary(itemPairs.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
                var condition: Condition?
                if let when = values["when"], let text = reader.string(when, what: "when") {
                    do {
                        condition = try Condition.parse(text)
                    } catch {
                        var location = reader.location(when)
                        let quoted = reader.sourceLine(location).map { line in
                            line.dropFirst(location.column - 1).first.map { $0 == "\"" || $0 == "'" } ?? false
                        } ?? false
                        location.column += error.offset + (quoted ? 1 : 0)
                        reader.error(.badCondition, at: location, "condition \"\(text)\": \(error.message)")
                        continue
                    }
                }
                if let target = loadTarget(values, at: reader.location(item), required: true, &reader) {
                    result.next.append(Branch(condition: condition, target: target, location: reader.location(item)))
                }
            }
        }
        let direct = Dictionary(pairs.filter { targetKeys.contains($0.key) }.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        if !direct.isEmpty, let target = loadTarget(direct, at: keyLocation, required: false, &reader) {
            let where_ = pairs.first { targetKeys.contains($0.key) }.map { reader.location($0.keyNode) } ?? keyLocation
            result.next.append(Branch(condition: nil, target: target, location: where_))
        }
        if let effects = fields["do"] {
            for item in reader.list(effects, what: "do") {
                if let effect = loadEffect(item, &reader) { result.effects.append(effect) }
            }
        }
        if let sets = fields["set"], let setPairs = reader.mapping(sets, what: "set") {
            for pair in setPairs {
                guard let text = reader.string(pair.value, what: "the value of \(pair.key)") else { continue }
                result.sets[pair.key] = parseLiteral(text)
            }
        }
        if result.say.isEmpty && result.ask == nil && result.options.isEmpty && result.effects.isEmpty
            && result.next.isEmpty
        {
            reader.error(.missingKey, at: keyLocation, "node '\(id)' says nothing and leads nowhere",
                         hint: "give it a 'say:' and a 'goto:', or 'end: true'")
        }
        return Node(id: id, say: result.say, ask: result.ask, options: result.options, replies: result.replies,
                    next: result.next, effects: result.effects, sets: result.sets, location: keyLocation)
    }

    /// A node's parts while they are read.
    private struct NodeParts {
        var say: [String] = []
        var ask: Ask?
        var options: [StepOption] = []
        var replies: [Reply] = []
        var next: [Branch] = []
        var effects: [Effect] = []
        var sets: [String: Value] = [:]
    }

    static func parseLiteral(_ text: String) -> Value {
        if let n = Double(text) { return .number(n) }
        switch text.lowercased() {
        case "true", "yes": return .bool(true)
        case "false", "no": return .bool(false)
        default: return .text(text)
        }
    }

    static func loadTarget(_ values: [String: Yams.Node], at location: SourceLocation, required: Bool, _ reader: inout YAMLReader) -> Target? {
        let present = targetKeys.filter { values[$0] != nil }
        if present.count > 1 {
            reader.error(.badValue, at: location, "use only one of goto, call and end here (found \(present.joined(separator: ", ")))")
            return nil
        }
        if let node = values["goto"] {
            return reader.string(node, what: "goto").map { .goto($0) }
        }
        if let node = values["call"] {
            return reader.string(node, what: "call").map { .call($0) }
        }
        if let node = values["end"] {
            guard let flag = reader.bool(node, what: "end") else { return nil }
            if !flag {
                reader.error(.badValue, at: reader.location(node), "'end: false' means nothing; leave it out")
                return nil
            }
            return .end
        }
        if required { reader.error(.missingKey, at: location, "say where this leads: 'goto:', 'call:' or 'end: true'") }
        return nil
    }

    static func loadAsk(_ node: Yams.Node, _ reader: inout YAMLReader) -> Ask? {
        let location = reader.location(node)
        if case .scalar(let scalar) = node {
            // Shorthand: `ask: yesno`.
            guard let kind = askKind(scalar.string, pairs: [:], at: location, &reader) else { return nil }
            return Ask(kind: kind, into: nil, location: location)
        }
        guard let pairs = reader.mapping(node, what: "ask") else { return nil }
        reader.checkKeys(pairs, allowed: askKeys, in: "ask")
        let values = Dictionary(pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        guard let kindNode = values["kind"], let kindText = reader.string(kindNode, what: "kind") else {
            reader.error(.missingKey, at: location, "ask needs a 'kind:' (scale, yesno, choice or text)")
            return nil
        }
        guard let kind = askKind(kindText, pairs: values, at: reader.location(kindNode), &reader) else { return nil }
        var into: String?
        if let intoNode = values["into"], let name = reader.string(intoNode, what: "into") {
            if isIdentifier(name) { into = name } else {
                reader.error(.badValue, at: reader.location(intoNode), "'\(name)' is not a variable name")
            }
        }
        return Ask(kind: kind, into: into, location: location)
    }

    static func askKind(_ text: String, pairs: [String: Yams.Node], at location: SourceLocation, _ reader: inout YAMLReader) -> Ask.Kind? {
        switch text {
        case "scale":
            let min = pairs["min"].flatMap { reader.int($0, what: "min") } ?? 0
            let max = pairs["max"].flatMap { reader.int($0, what: "max") } ?? 10
            guard min < max else {
                reader.error(.badValue, at: location, "a scale needs min below max (got \(min) to \(max))")
                return nil
            }
            return .scale(min: min, max: max)
        case "yesno", "yes/no", "yes_no":
            return .yesNo
        case "choice":
            guard let node = pairs["choices"] else {
                reader.error(.missingKey, at: location, "a choice question needs 'choices:'")
                return nil
            }
            let choices = reader.strings(node, what: "choices").map(\.value)
            guard !choices.isEmpty else { return nil }
            return .choice(choices)
        case "text":
            return .text
        default:
            reader.error(.badValue, at: location, "unknown kind of question '\(text)'",
                         hint: "use scale, yesno, choice or text")
            return nil
        }
    }

    /// Reads one item of `do:`, decoding it into its ``Effect`` case; each problem becomes a
    /// diagnostic at the key or value it concerns.
    static func loadEffect(_ node: Yams.Node, _ reader: inout YAMLReader) -> Effect? {
        let location = reader.location(node)
        var problems: [Effect.Problem] = []
        if case .scalar(let scalar) = node {
            let effect = Effect.decoding(type: scalar.string, parameters: [:], problems: &problems)
            for problem in problems { reader.error(problem.code, at: location, problem.description, hint: problem.hint) }
            return effect
        }
        guard let pairs = reader.mapping(node, what: "an effect") else { return nil }
        let types = pairs.filter { Effect.known[$0.key] != nil }
        guard types.count == 1, let type = types.first else {
            let first = pairs.first
            reader.error(.unknownEffect, at: first.map { reader.location($0.keyNode) } ?? location,
                         types.isEmpty ? "unknown effect '\(first?.key ?? "")'" : "one effect per item, please",
                         hint: first.flatMap { DidYouMean.nearest($0.key, in: Array(Effect.known.keys)) }.map { "did you mean '\($0)'?" })
            return nil
        }
        let kind = Effect.Kind(rawValue: type.key)
        let ownParameter = kind?.primary ?? Effect.variableParameter
        var parameters: [String: String] = [:]
        var nodes: [String: (key: Yams.Node, value: Yams.Node)] = [:]
        if let value = reader.string(type.value, what: type.key), Bool(effectText: value) != true {
            parameters[ownParameter] = value
            nodes[ownParameter] = (type.value, type.value)
        }
        for pair in pairs where pair.key != type.key {
            guard let value = reader.string(pair.value, what: pair.key) else { continue }
            parameters[pair.key] = value
            nodes[pair.key] = (pair.keyNode, pair.value)
        }
        let effect = Effect.decoding(type: type.key, parameters: parameters, problems: &problems)
        for problem in problems {
            let at: Yams.Node
            switch problem {
            case .unknownParameter: at = problem.parameter.flatMap { nodes[$0]?.key } ?? type.keyNode
            case .missingParameter, .unknownEffect: at = type.keyNode
            case .noOwnValue, .badValue: at = problem.parameter.flatMap { nodes[$0]?.value } ?? type.value
            }
            reader.error(problem.code, at: reader.location(at), problem.description, hint: problem.hint)
        }
        return effect
    }
}
