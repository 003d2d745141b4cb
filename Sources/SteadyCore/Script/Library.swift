/// Everything loaded from the Dialogues folders: dialogues, concepts, the safety net, and the
/// matching structures built from them once at load.
public struct Library: Sendable {
    public private(set) var dialogues: [Dialogue]
    public private(set) var concepts: ConceptTable
    public private(set) var safety: SafetyNet
    public private(set) var normalizer: Normalizer
    public private(set) var router: Router
    public private(set) var examples: ExampleIndex
    private var byID: [String: Int]
    private var firstByTopic: [Topic: Int] = [:]

    public func dialogue(_ id: String) -> Dialogue? { byID[id].map { dialogues[$0] } }

    /// The first dialogue of a topic in load order, for the menu.
    public func firstDialogue(of topic: Topic) -> Dialogue? { firstByTopic[topic].map { dialogues[$0] } }
    public func index(of id: String) -> Int? { byID[id] }

    /// Normalises a message and finds its concepts.
    public func message(_ text: String) -> Message {
        Message(text, normalizer: normalizer, concepts: concepts)
    }

    /// Loads scripts and safety data. A broken file is refused with its diagnostics and the rest
    /// still load; without valid safety data nothing loads at all.
    ///
    /// - Parameters:
    ///   - sources: dialogue and concept files, in the order they should be ranked.
    ///   - safety: the shipped safety files; files of that kind among `sources` are refused.
    ///   - words: real English words, which spelling correction leaves alone.
    public static func build(sources: [ScriptSource], safety: [ScriptSource], words: WordList = .empty) -> (Library?, [Diagnostic]) {
        // Every file is read on its own, on every core at once; the safety net is one more task.
        // Each result keeps the words its patterns use, for spelling correction.
        enum Loaded: Sendable {
            case safety(SafetyNet?, [Diagnostic], Set<String>)
            case refused(Diagnostic)
            case concepts([String: (entries: [Located<String>], location: SourceLocation)], [Diagnostic])
            case dialogue(Dialogue?, [Diagnostic], Set<String>)
        }
        // The longest work first, so that neither core is left with a long file at the end.
        let order = [-1] + sources.indices.sorted { sources[$0].text.utf8.count > sources[$1].text.utf8.count }
        let done = parallelMap(order.count) { k -> (Int, Loaded) in
            let i = order[k]
            guard i >= 0 else {
                let (net, found) = SafetyLoader.load(safety)
                let words = (net?.rules.map(\.pattern) ?? []) + (net?.idioms ?? [])
                return (i, .safety(net, found, words.reduce(into: Set<String>()) { $0.formUnion($1.words) }))
            }
            return (i, load(sources[i]))
        }
        var results = [Loaded?](repeating: nil, count: sources.count + 1)
        for (i, loaded) in done { results[i < 0 ? sources.count : i] = loaded }

        @Sendable func load(_ source: ScriptSource) -> Loaded {
            switch ScriptLoader.kind(of: source.text) {
            case .safety:
                return .refused(Diagnostic(.error, .outranksSafety, at: SourceLocation(file: source.path, line: 1, column: 1),
                                           "safety data can only come from Steady's own Dialogues/safety folder",
                                           hint: "remove this file; the safety net cannot be changed by scripts"))
            case .concepts:
                let (definitions, found) = ConceptLoader.load(source)
                return .concepts(definitions, found)
            case .dialogue:
                let (dialogue, found) = ScriptLoader.loadDialogue(source)
                return .dialogue(dialogue, found, dialogue.map(Self.vocabulary(of:)) ?? [])
            }
        }

        var diagnostics: [Diagnostic] = []
        guard case .safety(let safetyNet, let safetyDiagnostics, let safetyWords) = results.last else { return (nil, []) }
        diagnostics += safetyDiagnostics
        var conceptDefinitions: [String: (entries: [Located<String>], location: SourceLocation)] = [:]
        var loaded: [Dialogue] = []
        var dialogueWords: [ObjectIdentifier: Set<String>] = [:]
        for case let result? in results.dropLast() {
            switch result {
            case .safety: break
            case .refused(let diagnostic):
                diagnostics.append(diagnostic)
            case .concepts(let definitions, let found):
                diagnostics += found
                guard !found.hasErrors else { continue }
                for (name, definition) in definitions {
                    if let existing = conceptDefinitions[name] {
                        // A concept named again in another file adds to it.
                        conceptDefinitions[name] = (existing.entries + definition.entries, existing.location)
                    } else {
                        conceptDefinitions[name] = definition
                    }
                }
            case .dialogue(let dialogue, let found, let words):
                diagnostics += found
                if let dialogue {
                    loaded.append(dialogue)
                    dialogueWords[ObjectIdentifier(dialogue)] = words
                }
            }
        }

        // Two things at once: the concept table and the checks that need it, and spelling
        // correction learning the words of every dialogue loaded (redone below in the rare case
        // that the checks refuse a dialogue).
        let loadedDialogues = loaded
        let conceptsFound = conceptDefinitions
        let wordsOf = dialogueWords
        let ((concepts, accepted, refusals), speculative) = concurrently({
            Self.checked(loadedDialogues, conceptDefinitions: conceptsFound)
        }, {
            var normalizer = Normalizer(dictionary: words)
            normalizer.addVocabulary(loadedDialogues.reduce(into: safetyWords) { $0.formUnion(wordsOf[ObjectIdentifier($1)] ?? []) })
            return normalizer
        })
        diagnostics += refusals

        guard let safetyNet else { return (nil, diagnostics) }
        var normalizer = speculative
        if accepted.count != loaded.count {
            normalizer = Normalizer(dictionary: words)
            normalizer.addVocabulary(accepted.reduce(into: safetyWords) { $0.formUnion(dialogueWords[ObjectIdentifier($1)] ?? []) })
        }
        normalizer.addVocabulary(concepts.words)
        // The universal words ("stop", "menu") get their ids before the normaliser learns them.
        _ = Engine.universalWords
        let ready = normalizer
        let ((prepared, examples), router) = concurrently({
            var normalizer = ready
            normalizer.prepare()
            let examples = ExampleIndex(dialogues: accepted, normalizer: normalizer, concepts: concepts)
            // Example words get their ids from the index, after the normaliser learned its words.
            normalizer.learn(examples.words)
            return (normalizer, examples)
        }, {
            Router(dialogues: accepted)
        })

        var library = Library(
            dialogues: accepted, concepts: concepts, safety: safetyNet, normalizer: prepared,
            router: router, examples: examples,
            byID: Dictionary(accepted.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a }))
        for (i, dialogue) in accepted.enumerated() where library.firstByTopic[dialogue.topic] == nil {
            library.firstByTopic[dialogue.topic] = i
        }
        return (library, diagnostics)
    }

    /// The concept table, and the dialogues that pass the checks that need every file: no id
    /// used twice, no unknown concept, no call to an unknown dialogue (repeated until no
    /// refusal breaks another dialogue's call). Returns what was refused, and why.
    static func checked(
        _ loaded: [Dialogue], conceptDefinitions: [String: (entries: [Located<String>], location: SourceLocation)]
    ) -> (ConceptTable, [Dialogue], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var concepts = ConceptTable()
        do {
            concepts = try ConceptTable(definitions: conceptDefinitions)
        } catch {
            let location: SourceLocation? = switch error {
            case .unknown(_, let at): at
            case .cycle(_, let at): at
            }
            diagnostics.append(Diagnostic(.error, .unknownConcept,
                                          at: location ?? SourceLocation(file: "Dialogues/concepts", line: 1, column: 1),
                                          error.description))
        }

        // Refuse dialogues that repeat an id, name unknown concepts, or call unknown dialogues,
        // repeating until no refusal breaks another dialogue's call.
        var seen: [String: SourceLocation] = [:]
        var accepted: [Dialogue] = []
        for dialogue in loaded {
            if let first = seen[dialogue.id] {
                diagnostics.append(Diagnostic(.error, .duplicateID, at: dialogue.location,
                                              "another dialogue already has the id '\(dialogue.id)' (\(first))",
                                              hint: "give this dialogue its own id"))
                continue
            }
            seen[dialogue.id] = dialogue.location
            let problems = conceptProblems(dialogue, concepts)
            diagnostics += problems
            if problems.isEmpty { accepted.append(dialogue) }
        }
        var changed = true
        while changed {
            changed = false
            let ids = Set(accepted.map(\.id))
            accepted.removeAll { dialogue in
                let problems = callProblems(dialogue, ids)
                if problems.isEmpty { return false }
                diagnostics += problems
                changed = true
                return true
            }
        }

        return (concepts, accepted, diagnostics)
    }

    /// The words a dialogue's patterns and option labels use: what spelling correction may
    /// correct towards.
    static func vocabulary(of dialogue: Dialogue) -> Set<String> {
        var words = Set<String>()
        for trigger in dialogue.triggers { words.formUnion(trigger.pattern.words) }
        for node in dialogue.nodes.values {
            for reply in node.replies { words.formUnion(reply.pattern.words) }
            for option in node.options { words.formUnion(Normalizer.normalizeWords(option.label)) }
        }
        return words
    }

    static func conceptProblems(_ dialogue: Dialogue, _ concepts: ConceptTable) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var patterns: [(Pattern, SourceLocation)] = dialogue.triggers.map { ($0.pattern, $0.location) }
        for node in dialogue.nodes.values { patterns += node.replies.map { ($0.pattern, $0.location) } }
        for (pattern, location) in patterns {
            for name in pattern.concepts.sorted() where !concepts.contains(name) {
                let hint = YAMLReader.nearest(name, in: Array(concepts.phrases.keys)).map { "did you mean ~\($0)?" }
                out.append(Diagnostic(.error, .unknownConcept, at: location, "no concept named ~\(name)",
                                      hint: hint ?? "define it in a file under Dialogues/concepts/"))
            }
        }
        return out
    }

    static func callProblems(_ dialogue: Dialogue, _ ids: Set<String>) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for id in dialogue.nodeOrder {
            guard let node = dialogue.nodes[id] else { continue }
            for (target, location) in ScriptLoader.targets(of: node) {
                if case .call(let name) = target, !ids.contains(name) {
                    out.append(Diagnostic(.error, .unknownDialogue, at: location, "call '\(name)': no dialogue has that id",
                                          hint: YAMLReader.nearest(name, in: Array(ids)).map { "did you mean '\($0)'?" }))
                }
            }
        }
        return out
    }
}
