import Yams

/// Reads one YAML file into nodes with source locations, collecting diagnostics as it goes.
struct YAMLReader {
    let path: String
    let text: String
    var diagnostics: [Diagnostic] = []

    init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    /// The most bytes a script file may have.
    static let maximumFileSize = 1_000_000

    /// Parses the text; on failure records one diagnostic and returns nil.
    mutating func compose(_ text: String) -> Yams.Node? {
        guard text.utf8.count <= Self.maximumFileSize else {
            error(.tooLarge, at: SourceLocation(file: path, line: 1, column: 1),
                  "the file is larger than \(Self.maximumFileSize / 1000) kB", hint: "split it into several files")
            return nil
        }
        if let (line, column) = Self.firstAnchorOrAlias(in: text) {
            error(.badValue, at: SourceLocation(file: path, line: line, column: column),
                  "YAML anchors and aliases (& and *) are not allowed in scripts",
                  hint: "write the text out in full; if this is text that starts with & or *, put it in quotes")
            return nil
        }
        do {
            // Every value is read as text, so no tag needs resolving (and no regular expression
            // runs for each scalar), and nothing is constructed: the constructor's tables are
            // left empty rather than built afresh for each file.
            // The encoding is named: Yams's default reads the whole environment for each file.
            guard let root = try Yams.compose(yaml: text, Resolver.basic, Constructor([:], [:], [:]), .utf8) else {
                error(.missingKey, at: SourceLocation(file: path, line: 1, column: 1), "the file is empty")
                return nil
            }
            return root
        } catch let yaml as YamlError {
            let (message, line, column) = Self.describe(yaml)
            error(.yamlSyntax, at: SourceLocation(file: path, line: line, column: column), message,
                  hint: "check the indentation and quoting on this line")
            return nil
        } catch {
            self.error(.yamlSyntax, at: SourceLocation(file: path, line: 1, column: 1), "this is not valid YAML")
            return nil
        }
    }

    static func describe(_ error: YamlError) -> (String, Int, Int) {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let message = context.map { "\(problem) (\($0.text))" } ?? problem
            return ("YAML: " + message, mark.line, mark.column)
        case .reader(let problem, _, _, _):
            return ("YAML: " + problem, 1, 1)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return ("a key appears twice: \(duplicates.joined(separator: ", "))", context.mark.line, context.mark.column)
        default:
            return ("this is not valid YAML", 1, 1)
        }
    }

    func location(_ node: Yams.Node) -> SourceLocation {
        SourceLocation(file: path, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
    }

    /// One line of the file, found only when a diagnostic needs it.
    /// Lines end where YAML ends them (``lineBreak(at:in:)``), as the line numbers count them.
    func sourceLine(_ location: SourceLocation) -> String? {
        guard location.line >= 1 else { return nil }
        var text = text
        return text.withUTF8 { bytes -> String? in
            var number = 0
            var found: String?
            Self.forEachLine(of: bytes) { line in
                number += 1
                guard number == location.line else { return true }
                found = String(decoding: line, as: UTF8.self)
                return false
            }
            return found
        }
    }

    mutating func error(_ code: DiagnosticCode, at location: SourceLocation, _ message: String, hint: String? = nil) {
        diagnostics.append(Diagnostic(.error, code, at: location, message, hint: hint, sourceLine: sourceLine(location)))
    }

    mutating func warning(_ code: DiagnosticCode, at location: SourceLocation, _ message: String, hint: String? = nil) {
        diagnostics.append(Diagnostic(.warning, code, at: location, message, hint: hint, sourceLine: sourceLine(location)))
    }

    /// The pairs of a mapping with string keys; reports a node of another kind.
    mutating func mapping(_ node: Yams.Node, what: String) -> [(key: String, keyNode: Yams.Node, value: Yams.Node)]? {
        guard case .mapping(let mapping) = node else {
            error(.badValue, at: location(node), "\(what) should be a mapping of keys to values")
            return nil
        }
        var out: [(String, Yams.Node, Yams.Node)] = []
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                error(.badValue, at: location(key), "a key in \(what) should be plain text")
                continue
            }
            out.append((scalar.string, key, value))
        }
        return out.map { (key: $0.0, keyNode: $0.1, value: $0.2) }
    }

    /// Reports keys that are not allowed, suggesting the nearest allowed one.
    mutating func checkKeys(_ pairs: [(key: String, keyNode: Yams.Node, value: Yams.Node)], allowed: [String], in what: String) {
        for pair in pairs where !allowed.contains(pair.key) {
            let suggestion = DidYouMean.nearest(pair.key, in: allowed)
            error(
                .unknownKey, at: location(pair.keyNode),
                "unknown key '\(pair.key)' in \(what)" + (suggestion.map { "; did you mean '\($0)'?" } ?? ""),
                hint: suggestion.map { "rename it to '\($0)'" } ?? "allowed here: \(allowed.joined(separator: ", "))")
        }
    }

    /// A scalar as text; reports a mapping or list.
    mutating func string(_ node: Yams.Node, what: String) -> String? {
        switch node {
        case .scalar(let scalar): return scalar.string
        case .alias:
            error(.badValue, at: location(node), "YAML aliases are not allowed in scripts")
            return nil
        default:
            error(.badValue, at: location(node), "\(what) should be plain text")
            return nil
        }
    }

    mutating func int(_ node: Yams.Node, what: String) -> Int? {
        guard let text = string(node, what: what) else { return nil }
        guard let value = Int(text.trimmingCharacters(in: .whitespaces)) else {
            error(.badValue, at: location(node), "\(what) should be a whole number, not '\(text)'")
            return nil
        }
        return value
    }

    mutating func bool(_ node: Yams.Node, what: String) -> Bool? {
        guard let text = string(node, what: what) else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            error(.badValue, at: location(node), "\(what) should be true or false, not '\(text)'")
            return nil
        }
    }

    /// One line or a list of lines, with their locations.
    mutating func strings(_ node: Yams.Node, what: String) -> [Located<String>] {
        switch node {
        case .scalar(let scalar):
            return [Located(scalar.string, at: location(node))]
        case .sequence(let sequence):
            return sequence.compactMap { item in
                string(item, what: "each item of \(what)").map { Located($0, at: location(item)) }
            }
        default:
            error(.badValue, at: location(node), "\(what) should be a line of text or a list of lines")
            return []
        }
    }

    /// The items of a list; a single mapping or value is taken as a list of one.
    mutating func list(_ node: Yams.Node, what: String) -> [Yams.Node] {
        switch node {
        case .sequence(let sequence): return Array(sequence)
        case .mapping, .scalar: return [node]
        default:
            error(.badValue, at: location(node), "\(what) should be a list")
            return []
        }
    }
}
