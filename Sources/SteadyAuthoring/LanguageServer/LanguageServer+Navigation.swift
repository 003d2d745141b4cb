import Foundation
import SteadyCore

/// Go to definition and hover.
extension LanguageServer {
    /// The document and position a request is about.
    func target(_ params: [String: Any]) -> (Document, Position)? {
        guard let item = params["textDocument"] as? [String: Any], let uri = item["uri"] as? String,
            let document = documents[uri], let position = Position(params["position"])
        else { return nil }
        return (document, position)
    }

    /// The dialogue an open document holds, as far as it can be read.
    func dialogue(in document: Document) -> Dialogue? {
        guard document.kind == .dialogue else { return nil }
        return ScriptLoader.loadDialogue(ScriptSource(path: document.path, text: document.text), partial: true).0
    }

    /// What a name under the cursor refers to.
    enum Referent {
        case concept(String)
        case node(Dialogue, Node)
        case dialogue(Dialogue)
    }

    func referent(_ document: Document, _ position: Position) -> Referent? {
        guard let (word, _) = document.word(at: position.line, position.character) else { return nil }
        let library = current.library
        if word.hasPrefix("~") {
            let name = String(word.dropFirst())
            return library?.concepts.contains(name) == true ? .concept(name) : nil
        }
        let line = document.line(position.line)
        let own = dialogue(in: document)
        if document.kind == .transcript {
            let words = line.split(separator: " ").map(String.init)
            if words.first == "=", words.count >= 3, words[1] == "node" {
                let parts = word.split(separator: "/").map(String.init)
                let (dialogueID, nodeID) = parts.count == 2 ? (parts[0], parts[1]) : (lastDialogue(in: document, before: position.line), word)
                let candidates = dialogueID.flatMap { library?.dialogue($0) }.map { [$0] } ?? library?.dialogues ?? []
                for candidate in candidates { if let node = candidate.nodes[nodeID] { return .node(candidate, node) } }
                return nil
            }
            return library?.dialogue(word).map(Referent.dialogue)
        }
        if line.contains("call:"), let called = library?.dialogue(word) { return .dialogue(called) }
        if let own, let node = own.nodes[word] { return .node(own, node) }
        if document.kind == .concepts, library?.concepts.contains(word) == true { return .concept(word) }
        return library?.dialogue(word).map(Referent.dialogue)
    }

    /// The dialogue the transcript last checked for, above a line.
    func lastDialogue(in document: Document, before line: Int) -> String? {
        for index in stride(from: line, through: 0, by: -1) {
            let words = document.line(index).split(separator: " ")
            if words.count >= 3, words[0] == "=", words[1] == "dialogue" { return String(words[2]) }
        }
        return nil
    }

    func definition(_ params: [String: Any]) -> [String: Any]? {
        guard let (document, position) = target(params), let referent = referent(document, position) else { return nil }
        let location: SourceLocation?
        switch referent {
        case .concept(let name): location = current.library?.concepts.locations[name]
        case .node(_, let node): location = node.location
        case .dialogue(let dialogue): location = dialogue.location
        }
        return location.map(lspLocation)
    }

    func lspLocation(_ location: SourceLocation) -> [String: Any] {
        let path = location.file.hasPrefix("/") ? location.file : FileManager.default.currentDirectoryPath + "/" + location.file
        let uri = documents.values.first { $0.path == path }?.uri ?? Self.uri(of: path)
        let start = Position(line: max(0, location.line - 1), character: max(0, location.column - 1))
        return ["uri": uri, "range": ["start": start.json, "end": start.json]]
    }

    func hover(_ params: [String: Any]) -> [String: Any]? {
        guard let (document, position) = target(params) else { return nil }
        if let own = dialogue(in: document), let trigger = own.triggers.first(where: { $0.location.line == position.line + 1 }),
            document.word(at: position.line, position.character).map({ !$0.0.hasPrefix("~") }) ?? true
        {
            return markdown(explain(trigger, of: own))
        }
        guard let referent = referent(document, position) else { return nil }
        switch referent {
        case .concept(let name):
            let phrases = current.library?.concepts.phrases[name] ?? []
            let shown = phrases.prefix(40).map { $0.joined(separator: " ") }.joined(separator: ", ")
            return markdown("**~\(name)** (\(phrases.count) phrase\(phrases.count == 1 ? "" : "s"))\n\n\(shown)\(phrases.count > 40 ? ", ..." : "")")
        case .node(let dialogue, let node):
            var lines = ["**\(dialogue.id) / \(node.id)**"]
            lines += node.say.prefix(3).map { "> \($0)" }
            if node.say.count > 3 { lines.append("(and \(node.say.count - 3) more variants)") }
            if let ask = node.ask { lines.append("asks: \(Self.describe(ask.kind))" + (ask.into.map { " into `\($0)`" } ?? "")) }
            lines += node.options.enumerated().map { "\($0.offset + 1). \($0.element.label)" }
            return markdown(lines.joined(separator: "\n\n"))
        case .dialogue(let dialogue):
            return markdown("**\(dialogue.title)** (`\(dialogue.id)`, \(dialogue.topic.rawValue), priority \(dialogue.priority))\n\n"
                + "\(dialogue.triggers.count) triggers, \(dialogue.nodes.count) steps; \(dialogue.location.file)")
        }
    }

    /// How a trigger fares with messages: its examples that it answers, or made-up ones.
    func explain(_ trigger: Trigger, of dialogue: Dialogue) -> String {
        var lines = ["**trigger** `\(trigger.source)`: priority \(dialogue.priority), specificity \(trigger.pattern.specificity)"]
        guard let library = current.library, library.dialogue(dialogue.id) != nil else {
            lines.append("(the file has errors, so its messages cannot be played)")
            return lines.joined(separator: "\n\n")
        }
        let engine = Engine(library: library, region: nil)
        func play(_ text: String) -> Turn {
            var (_, state) = engine.start(seed: 1)
            return engine.respond(to: text, state: &state)
        }
        let sampler = Linter.PatternSampler(concepts: library.concepts, limit: 12, phrasesPerConcept: 3)
        let made = sampler.samples(trigger.pattern).filter { !$0.contains(Linter.PatternSampler.filler) }.map { $0.joined(separator: " ") }
        let messages = dialogue.examples.map(\.value).filter { trigger.pattern.match(library.message($0)) != nil } + made
        for text in messages.prefix(3) {
            let turn = play(text)
            let outcome: String
            // The first step entered tells where it arrived, even when that step calls another dialogue.
            let arrived = turn.path.first.map(TranscriptCoverage.dialogueID(of:)) ?? turn.dialogue
            if arrived == dialogue.id, case .trigger(trigger.source) = turn.route {
                outcome = "comes here by this trigger"
            } else {
                outcome = "goes to " + Linter.destination(turn)
            }
            lines.append("\u{201C}\(text)\u{201D} \(outcome)")
        }
        if messages.isEmpty { lines.append("no message could be made up for it") }
        return lines.joined(separator: "\n\n")
    }

    static func describe(_ kind: Ask.Kind) -> String {
        switch kind {
        case .scale(let min, let max): "a number from \(min) to \(max)"
        case .yesNo: "yes or no"
        case .choice(let choices): "one of " + choices.joined(separator: ", ")
        case .text: "free text"
        }
    }

    func markdown(_ text: String) -> [String: Any] {
        ["contents": ["kind": "markdown", "value": text]]
    }
}
