/// Everything loaded from the Dialogues folders: dialogues, concepts, the safety net, and the
/// matching structures built from them once at load.
public struct Library: Sendable {
    public private(set) var dialogues: [Dialogue]
    public private(set) var concepts: ConceptTable
    public private(set) var safety: SafetyNet
    public private(set) var normalizer: Normalizer
    /// The ids of every word and concept the library names.
    public private(set) var ids: WordIDs
    public private(set) var router: Router
    public private(set) var examples: ExampleIndex
    /// Learnt from `messages:` files (Dialogues/messages/): which topic people's words lean
    /// towards, for what triggers and examples miss. Nil without such files.
    public private(set) var topicModel: NaiveBayes?
    private var byID: [String: Int]
    private(set) var firstByTopic: [Topic: Int] = [:]

    public func dialogue(_ id: String) -> Dialogue? { byID[id].map { dialogues[$0] } }

    /// The first dialogue of a topic in load order, for the menu.
    public func firstDialogue(of topic: Topic) -> Dialogue? { firstByTopic[topic].map { dialogues[$0] } }
    public func index(of id: String) -> Int? { byID[id] }

    /// Normalises a message and finds its concepts.
    public func message(_ text: String) -> Message {
        Message(text, normalizer: normalizer, ids: ids, concepts: concepts)
    }

    /// Loads scripts and safety data. A broken file is refused with its diagnostics and the rest
    /// still load; without valid safety data nothing loads at all.
    ///
    /// - Parameters:
    ///   - sources: dialogue and concept files, in the order they should be ranked.
    ///   - safety: the shipped safety files; files of that kind among `sources` are refused.
    ///   - words: real English words, which spelling correction leaves alone.
    ///   - learnt: what an earlier build from the same files learnt (``learnt``), kept by the
    ///     program under ``learningKey(sources:safety:words:program:)``; nil to learn it now.
    public static func build(
        sources: [ScriptSource], safety: [ScriptSource], words: WordList = .empty, learnt: Learnt? = nil
    ) -> (Library?, [Diagnostic]) {
        // 1. Every file read as written: patterns parsed, not compiled.
        let files = loadFiles(sources, safety: safety)
        // 2. The concept table, and the dialogues that pass the checks that need every file.
        //    Word ids start here: the concepts' words first, then each pattern's as it compiles.
        var ids = WordIDs()
        let (concepts, accepted, refusals) = checked(files.dialogues, conceptDefinitions: files.conceptDefinitions, ids: &ids)
        let diagnostics = files.diagnostics + refusals
        guard let definition = files.safety else { return (nil, diagnostics) }
        // 3 and 4 need nothing from each other, and run side by side (see InParallel).
        // 3. Spelling correction corrects towards the words of the safety net, of the accepted
        //    dialogues and of the concepts.
        // 4. The safety net and the triggers, compiled; the steps' replies, compiled when a
        //    message is tried on them, have their words named now.
        let vocabulary = accepted.reduce(into: files.safetyWords) { $0.formUnion(files.words[ObjectIdentifier($1)] ?? []) }
        let (normalizer, (safetyNet, router, named)) = InParallel.both {
            var normalizer = Normalizer(dictionary: words)
            normalizer.addVocabulary(vocabulary)
            normalizer.addVocabulary(concepts.words)
            return normalizer
        } and: { [ids] in
            var ids = ids
            let safetyNet = SafetyNet(definition, ids: &ids)
            let router = Router(dialogues: accepted, ids: &ids)
            for dialogue in accepted {
                for node in dialogue.nodes.values {
                    for reply in node.replies { _ = CompiledPattern(reply.pattern, naming: &ids) }
                }
            }
            return (safetyNet, router, ids)
        }
        ids = named
        // 5. The examples, read with the finished normaliser.
        let examples = ExampleIndex(accepted, normalizer: normalizer, concepts: concepts, ids: &ids)
        // 6. The models: given, or learnt from labelled messages read with the finished normaliser.
        let models = learnt ?? Self.learn(files, accepted: accepted, definition: definition, normalizer: normalizer)
        var safety = safetyNet
        safety.model = models.safety

        var library = Library(
            dialogues: accepted, concepts: concepts, safety: safety, normalizer: normalizer, ids: ids,
            router: router, examples: examples, topicModel: models.topics,
            byID: Dictionary(accepted.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a }))
        for (i, dialogue) in accepted.enumerated() where library.firstByTopic[dialogue.topic] == nil {
            library.firstByTopic[dialogue.topic] = i
        }
        return (library, diagnostics)
    }

    /// How many labelled messages one thread reads at a time when the models learn.
    static let textsPerPart = 1_000

    /// The models, learnt from labelled messages read with the finished normaliser (each text
    /// once: the safety net's calm messages include routing's): the safety net's from its own
    /// files, routing's from the messages files and every dialogue's examples.
    static func learn(_ files: LoadedFiles, accepted: [Dialogue], definition: SafetyNet.Definition, normalizer: Normalizer) -> Learnt {
        let topicMessages = files.messages + accepted.flatMap { dialogue in
            dialogue.examples.map { (label: dialogue.topic.rawValue, text: $0.value) }
        }
        let texts = Array(Set(definition.messages.map(\.text) + (files.messages.isEmpty ? [] : topicMessages.map(\.text))))
        let parts = stride(from: 0, to: texts.count, by: Self.textsPerPart).map { Array(texts[$0..<min($0 + Self.textsPerPart, texts.count)]) }
        let read = Dictionary(
            InParallel.map(parts) { part in part.map { ($0, normalizer.normalize($0).tokens) } }.joined(),
            uniquingKeysWith: { a, _ in a })
        // The two models need nothing from each other (see InParallel).
        let (safety, topics) = InParallel.both {
            definition.messages.isEmpty ? nil : NaiveBayes(definition.messages.map { ($0.label, read[$0.text] ?? []) })
        } and: {
            files.messages.isEmpty ? nil
                : NaiveBayes(topicMessages.map { ($0.label, read[$0.text] ?? []) }, priorWeight: Self.topicPriorWeight)
        }
        return Learnt(safety: safety, topics: topics)
    }

    /// What reading every file gave, in the order of the sources.
    struct LoadedFiles: Sendable {
        var safety: SafetyNet.Definition?
        /// The words the safety patterns use, and each dialogue's (for spelling correction).
        var safetyWords: Set<String> = []
        var words: [ObjectIdentifier: Set<String>] = [:]
        var conceptDefinitions: [String: ConceptTable.Definition] = [:]
        var dialogues: [Dialogue] = []
        /// Labelled messages for routing's model, from `messages:` files.
        var messages: [(label: String, text: String)] = []
        var diagnostics: [Diagnostic] = []
    }

    /// Reads every file on its own, then gathers the results in the order of the sources.
    static func loadFiles(_ sources: [ScriptSource], safety: [ScriptSource]) -> LoadedFiles {
        enum Loaded: Sendable {
            case safety(SafetyNet.Definition?, [Diagnostic], Set<String>)
            case refused(Diagnostic)
            case concepts([String: ConceptTable.Definition], [Diagnostic])
            case messages([(label: String, text: String)], [Diagnostic])
            case dialogue(Dialogue?, [Diagnostic], Set<String>)
        }
        @Sendable func load(_ source: ScriptSource) -> Loaded {
            switch ScriptLoader.kind(of: source.text) {
            case .safety:
                return .refused(Diagnostic(.error, .outranksSafety, at: SourceLocation(file: source.path, line: 1, column: 1),
                                           "safety data can only come from Steady's own Dialogues/safety folder",
                                           hint: "remove this file; the safety net cannot be changed by scripts"))
            case .concepts:
                let (definitions, found) = ConceptLoader.load(source)
                return .concepts(definitions, found)
            case .messages:
                let (messages, found) = MessagesLoader.load(source, labels: MessagesLoader.routingLabels)
                return .messages(messages, found)
            case .dialogue:
                let (dialogue, found) = ScriptLoader.loadDialogue(source)
                return .dialogue(dialogue, found, dialogue.map(Self.vocabulary(of:)) ?? [])
            }
        }
        @Sendable func loadSafety() -> Loaded {
            let (definition, found) = SafetyLoader.load(safety)
            let patterns = (definition?.cues.map(\.pattern) ?? []) + (definition?.figures ?? [])
            return .safety(definition, found, patterns.reduce(into: Set<String>()) { $1.addWords(to: &$0) })
        }
        // Each file on its own, the safety net (the largest) first; see InParallel for why.
        let results = InParallel.map([nil] + sources.map(Optional.some)) { source in
            source.map(load) ?? loadSafety()
        }

        var files = LoadedFiles()
        for result in results {
            switch result {
            case .safety(let net, let found, let words):
                files.safety = net
                files.safetyWords = words
                files.diagnostics += found
            case .refused(let diagnostic):
                files.diagnostics.append(diagnostic)
            case .concepts(let definitions, let found):
                files.diagnostics += found
                guard !found.hasErrors else { continue }
                for (name, definition) in definitions {
                    if let existing = files.conceptDefinitions[name] {
                        // A concept named again in another file adds to it.
                        files.conceptDefinitions[name] = ConceptTable.Definition(
                            entries: existing.entries + definition.entries, location: existing.location)
                    } else {
                        files.conceptDefinitions[name] = definition
                    }
                }
            case .messages(let messages, let found):
                files.diagnostics += found
                files.messages += messages
            case .dialogue(let dialogue, let found, let words):
                files.diagnostics += found
                if let dialogue {
                    files.dialogues.append(dialogue)
                    files.words[ObjectIdentifier(dialogue)] = words
                }
            }
        }
        return files
    }

    /// The concept table, and the dialogues that pass the checks that need every file: no id
    /// used twice, no unknown concept, no call to an unknown dialogue (repeated until no
    /// refusal breaks another dialogue's call). Returns what was refused, and why.
    static func checked(
        _ loaded: [Dialogue], conceptDefinitions: [String: ConceptTable.Definition], ids: inout WordIDs
    ) -> (ConceptTable, [Dialogue], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var concepts = ConceptTable()
        do {
            concepts = try ConceptTable(definitions: conceptDefinitions, ids: &ids)
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
        for trigger in dialogue.triggers { trigger.pattern.addWords(to: &words) }
        for node in dialogue.nodes.values {
            for reply in node.replies { reply.pattern.addWords(to: &words) }
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
                let hint = DidYouMean.nearest(name, in: Array(concepts.phrases.keys)).map { "did you mean ~\($0)?" }
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
                                          hint: DidYouMean.nearest(name, in: Array(ids)).map { "did you mean '\($0)'?" }))
                }
            }
        }
        return out
    }
}
