import Foundation
import SteadyCore

/// Completion and quick fixes.
extension LanguageServer {
    enum ItemKind: Int {
        case function = 3, field = 5, module = 9, property = 10, value = 12, keyword = 14, reference = 18
    }

    func item(_ label: String, _ kind: ItemKind, _ detail: String? = nil) -> [String: Any] {
        var out: [String: Any] = ["label": label, "kind": kind.rawValue]
        if let detail { out["detail"] = detail }
        return out
    }

    func completion(_ params: [String: Any]) -> [String: Any] {
        guard let (document, position) = target(params) else { return ["isIncomplete": false, "items": [] as [Any]] }
        let line = document.line(position.line)
        let prefix = String(line.prefix(position.character))
        let items: [[String: Any]]
        switch document.kind {
        case .transcript: items = transcriptCompletion(prefix)
        case .dialogue, .concepts: items = scriptCompletion(prefix, document, line: position.line)
        case .other: items = []
        }
        return ["isIncomplete": false, "items": items]
    }

    /// The word being typed at the end of a line's prefix, and what comes before it.
    static func typing(_ prefix: String) -> (before: String, word: String) {
        let word = prefix.reversed().prefix { LanguageServer.Document.isNameCharacter($0) }
        return (String(prefix.dropLast(word.count)), String(word.reversed()))
    }

    func scriptCompletion(_ prefix: String, _ document: Document, line: Int) -> [[String: Any]] {
        let (before, word) = Self.typing(prefix)
        let library = current.library
        if word.hasPrefix("~") || before.hasSuffix("~") {
            return (library?.concepts.phrases ?? [:]).sorted { $0.key < $1.key }.map { name, phrases in
                var entry = item(word.hasPrefix("~") ? "~" + name : name, .value,
                                 phrases.prefix(6).map { $0.joined(separator: " ") }.joined(separator: ", "))
                entry["filterText"] = entry["label"]
                return entry
            }
        }
        let trimmed = before.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix("goto:") || trimmed.hasSuffix("start:") {
            return Self.nodeNames(in: document).map { item($0, .reference, "a step of this dialogue") }
        }
        if trimmed.hasSuffix("call:") {
            return (library?.dialogues ?? []).map { item($0.id, .module, $0.title) }
        }
        // Inside `do:`: an effect's parameters once it is named, else the effects.
        if let doRange = before.range(of: "do:") ?? (Self.isUnderDo(document, line: line) ? before.startIndex..<before.startIndex : nil) {
            let written = before[doRange.upperBound...]
            if let kind = Effect.Kind.allCases.first(where: { $0.isWrittenInScripts && written.contains("\($0.rawValue):") }) {
                return kind.parameters.filter { !written.contains("\($0):") }.map { item($0, .field, "a parameter of \(kind.rawValue)") }
            }
            if written.allSatisfy({ $0 == " " || $0 == "{" || $0 == "-" }) {
                return Effect.Kind.allCases.filter(\.isWrittenInScripts).map { kind in
                    item(kind.rawValue, .function, kind.parameters.isEmpty ? "takes nothing" : "takes " + kind.parameters.joined(separator: ", "))
                }
            }
        }
        // A key: at the top level, in a step, or in a { ... } item.
        guard before.allSatisfy({ $0 == " " || $0 == "-" || $0 == "{" || $0 == "," }) || before.hasSuffix(", ") || before.hasSuffix("{ ") else {
            return []
        }
        if document.kind == .concepts { return [] }
        let indent = before.prefix { $0 == " " }.count
        let keys: [String]
        if before.contains("{") || before.contains("- ") {
            keys = ScriptLoader.optionKeys + ScriptLoader.replyKeys + ScriptLoader.branchKeys + ScriptLoader.askKeys
        } else if indent == 0 {
            keys = ScriptLoader.dialogueKeys
        } else if indent <= 2 {
            return []  // a step's name is the author's to choose
        } else {
            keys = ScriptLoader.nodeKeys
        }
        var seen = Set<String>()
        return keys.filter { seen.insert($0).inserted }.map { item($0, .property) }
    }

    /// Whether a line is a list item under a `do:` key.
    static func isUnderDo(_ document: Document, line: Int) -> Bool {
        let text = document.line(line)
        guard text.trimmingCharacters(in: .whitespaces).hasPrefix("-") else { return false }
        let indent = text.prefix { $0 == " " }.count
        for index in stride(from: line - 1, through: 0, by: -1) {
            let above = document.line(index)
            guard !above.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            let aboveIndent = above.prefix { $0 == " " }.count
            if aboveIndent < indent { return above.trimmingCharacters(in: .whitespaces).hasPrefix("do:") }
        }
        return false
    }

    /// The step names a dialogue file lists under `nodes:`, read from the text itself so that
    /// they complete even while the file does not parse.
    static func nodeNames(in document: Document) -> [String] {
        var names: [String] = []
        var inNodes = false
        for index in 0..<document.lines.count {
            let line = document.line(index)
            if !line.hasPrefix(" "), !line.isEmpty, !line.hasPrefix("#") { inNodes = line.hasPrefix("nodes:") }
            guard inNodes, line.hasPrefix("  "), !line.hasPrefix("   ") else { continue }
            let name = line.dropFirst(2).prefix { Document.isNameCharacter($0) }
            if !name.isEmpty, line.dropFirst(2 + name.count).hasPrefix(":") { names.append(String(name)) }
        }
        return names
    }

    func transcriptCompletion(_ prefix: String) -> [[String: Any]] {
        let words = prefix.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        let (_, word) = Self.typing(prefix)
        guard words.first == "=" else { return [] }
        let complete = prefix.hasSuffix(" ") ? words.count : words.count - 1
        let library = current.library
        if complete == 1 {
            return TranscriptParser.checkKeywords.map { item($0, .keyword) }
        }
        guard complete == 2 else { return [] }
        switch words[1] {
        case "dialogue": return (library?.dialogues ?? []).map { item($0.id, .module, $0.title) }
        case "node":
            return (library?.dialogues ?? []).flatMap { dialogue in
                dialogue.nodeOrder.map { item("\(dialogue.id)/\($0)", .reference) }
            }.filter { word.isEmpty || ($0["label"] as? String)?.contains(word) == true }
        case "topic": return Topic.allCases.map { item($0.rawValue, .value) }
        case "effect": return TranscriptParser.effectTypes.sorted().map { item($0, .function) }
        case "crisis", "ended": return ["true", "false"].map { item($0, .value) }
        default: return []
        }
    }

    func codeActions(_ params: [String: Any]) -> [[String: Any]] {
        guard let item = params["textDocument"] as? [String: Any], let uri = item["uri"] as? String,
            let document = documents[uri],
            let context = params["context"] as? [String: Any]
        else { return [] }
        var actions: [[String: Any]] = []
        for diagnostic in context["diagnostics"] as? [[String: Any]] ?? [] {
            guard let range = diagnostic["range"] as? [String: Any], let start = Position(range["start"]) else { continue }
            let fix: QuickFix?
            if let data = diagnostic["data"] as? [String: Any], let wrong = data["wrong"] as? String,
                let replacement = data["replacement"] as? String
            {
                fix = QuickFix(wrong: wrong, replacement: replacement)
            } else if let message = diagnostic["message"] as? String {
                // Without the data, the hint is read back from the message.
                let parts = message.components(separatedBy: "\nhint: ")
                fix = parts.count == 2 ? QuickFix(Diagnostic(.error, .badValue, at: SourceLocation(file: "", line: 1, column: 1),
                                                             parts[0], hint: parts[1])) : nil
            } else {
                fix = nil
            }
            guard let fix else { continue }
            let line = document.line(start.line)
            // The misspelt name nearest the finding's place on its line.
            let chars = Array(line), wrong = Array(fix.wrong)
            guard !wrong.isEmpty, chars.count >= wrong.count else { continue }
            let places = (0...(chars.count - wrong.count)).filter { at in
                Array(chars[at..<(at + wrong.count)]) == wrong
                    && (at == 0 || !Document.isNameCharacter(chars[at - 1]))
                    && (at + wrong.count == chars.count || !Document.isNameCharacter(chars[at + wrong.count]))
            }
            guard let at = places.min(by: { abs($0 - start.character) < abs($1 - start.character) }) else { continue }
            let edit: [String: Any] = [
                "range": ["start": Position(line: start.line, character: at).json,
                          "end": Position(line: start.line, character: at + wrong.count).json],
                "newText": fix.replacement,
            ]
            actions.append([
                "title": "Change '\(fix.wrong)' to '\(fix.replacement)'",
                "kind": "quickfix",
                "diagnostics": [diagnostic],
                "isPreferred": true,
                "edit": ["changes": [uri: [edit]]],
            ])
        }
        return actions
    }
}
