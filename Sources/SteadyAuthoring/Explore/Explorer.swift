import SteadyCore

/// Plays random conversations through every dialogue, the way a careless or distressed person
/// might answer, and reports what no author wants a person to meet: a step that cannot be left,
/// a loop that never waits for the person, a reply with an unfilled `{variable}`; and the ways
/// between steps it took that no transcript takes.
///
/// Pure and deterministic: the same library, seed and count give the same report.
public struct Explorer: Sendable {
    public var library: Library
    /// The ways between steps the transcripts already take (see ``TranscriptCoverage``).
    public var covered: Set<TranscriptCoverage.Edge>
    /// The most turns one conversation lasts, its opening message included.
    public var maximumTurns = 16
    /// How many times a step must be answered, and never left, to count as one that cannot be left.
    public var stuckAfter = 6

    public init(library: Library, covered: Set<TranscriptCoverage.Edge> = []) {
        self.library = library
        self.covered = covered
    }

    /// Plays `count` conversations from `seed`, each starting with one example of a dialogue,
    /// taking the dialogues in turn. `willPlay` hears the number of each conversation and the
    /// dialogue it starts in before it is played (to say where a crash happened).
    public func run(conversations count: Int, seed: UInt64, willPlay: (Int, String) -> Void = { _, _ in }) -> Report {
        var report = Report()
        let dialogues = library.dialogues.filter { !$0.examples.isEmpty }
        guard !dialogues.isEmpty else { return report }
        let engine = Engine(library: library, region: nil)
        var answered: [String: Int] = [:], left: [String: Int] = [:], firstSeen: [String: Conversation] = [:]
        var explored: [TranscriptCoverage.Edge: Conversation] = [:]
        var seenFindings = Set<String>()

        func add(_ finding: Finding) {
            if seenFindings.insert(finding.key).inserted { report.findings.append(finding) }
        }

        for index in 0..<count {
            let dialogue = dialogues[index % dialogues.count]
            willPlay(index, dialogue.id)
            var random = SeededRandom(seed: seed &* 0x9E37_79B9_7F4A_7C15 &+ UInt64(index))
            var conversation = Conversation(number: index, dialogue: dialogue.id, inputs: [])
            var (turn, state) = engine.start(seed: random.next())
            let opening = dialogue.examples[Int(random.next() % UInt64(dialogue.examples.count))].value
            var input = opening
            var waiting: String?
            let turns = 2 + Int(random.next() % UInt64(max(1, maximumTurns - 1)))
            for _ in 0..<turns {
                conversation.inputs.append(input)
                turn = engine.respond(to: input, state: &state)
                report.turns += 1
                let current = turn.ended ? nil : turn.dialogue.flatMap { d in turn.node.map { "\(d)/\($0)" } }
                // Another dialogue that interrupts and will return here, or the crisis
                // response, is not a way out of the step.
                let interrupted = waiting.map { w in state.stack.dropLast().contains { "\($0.dialogue)/\($0.node)" == w } } ?? false
                if let waiting, !Self.isUniversal(input), !waiting.hasPrefix("safety/"), !interrupted, !turn.crisis,
                    state.crisis == nil
                {
                    answered[waiting, default: 0] += 1
                    if current != waiting { left[waiting, default: 0] += 1 }
                    if firstSeen[waiting] == nil { firstSeen[waiting] = conversation }
                }
                for edge in TranscriptCoverage.edges(of: turn, from: waiting) where explored[edge] == nil {
                    explored[edge] = conversation
                }
                if let loop = loopFinding(turn, conversation) { add(loop) }
                for finding in unfilledFindings(turn, state: state, conversation) { add(finding) }
                waiting = current
                if turn.ended && state.crisis == nil { break }
                input = nextInput(turn, random: &random)
            }
            report.conversations += 1
        }
        for (step, times) in answered.sorted(by: { $0.key < $1.key }) where times >= stuckAfter && left[step] == nil {
            guard let conversation = firstSeen[step] else { continue }
            add(Finding(kind: .cannotLeave, step: step, location: location(of: step), conversation: conversation,
                        message: "the step '\(step)' was answered \(times) times in different ways and never led anywhere else"))
        }
        report.uncovered = explored.filter { !covered.contains($0.key) && Self.isScripted($0.key) }
            .map { UncoveredPath(edge: $0.key, conversation: $0.value) }
            .sorted { ($0.edge.from, $0.edge.to) < ($1.edge.from, $1.edge.to) }
        return report
    }

    /// A turn that went round until the engine stopped it.
    func loopFinding(_ turn: Turn, _ conversation: Conversation) -> Finding? {
        guard turn.path.count >= Engine.maximumStepsPerTurn else { return nil }
        let tail = Array(turn.path.suffix(8))
        var round: [String] = []
        for step in tail.reversed() where !round.contains(step) { round.insert(step, at: 0) }
        let step = round.first ?? "?"
        return Finding(kind: .loopWithoutWaiting, step: step, location: location(of: step), conversation: conversation,
                       message: "the steps \(round.map { "'\($0)'" }.joined(separator: " -> ")) went round "
                           + "\(turn.path.count) times in one turn without waiting for the person")
    }

    /// Steps entered in this turn whose line names a variable that has no value.
    func unfilledFindings(_ turn: Turn, state: ConversationState, _ conversation: Conversation) -> [Finding] {
        var out: [Finding] = []
        for step in turn.path {
            guard let node = self.node(step) else { continue }
            for line in node.say {
                for name in Placeholder.names(in: line) where state.variables[name] == nil {
                    out.append(Finding(
                        kind: .unfilledVariable, step: step, location: node.location, conversation: conversation,
                        message: "the step '\(step)' said \"{\(name)}\" but nothing had set '\(name)'", variable: name))
                }
            }
        }
        return out
    }

    /// What a person might type next: an option's number or words, an answer of the kind
    /// asked, words a reply listens for, an empty line, another dialogue's example, and now and
    /// then a message in crisis.
    func nextInput(_ turn: Turn, random: inout SeededRandom) -> String {
        func pick<T>(_ items: [T]) -> T? { items.isEmpty ? nil : items[Int(random.next() % UInt64(items.count))] }
        let node = turn.dialogue.flatMap { d in turn.node.map { "\(d)/\($0)" } }.flatMap(self.node)
        let roll = random.next() % 100
        switch roll {
        case 0..<2: return pick(Self.crisisLines) ?? ""
        case 2..<7: return ""
        case 7..<14: return pick(library.dialogues.flatMap(\.examples)).map(\.value) ?? "hi"
        case 14..<20: return pick(Self.typical) ?? "ok"
        default: break
        }
        var candidates: [String] = []
        if !turn.options.isEmpty {
            candidates += (1...turn.options.count).map(String.init)
            candidates += turn.options.map { $0.lowercased() }
        }
        if let ask = node?.ask {
            switch ask.kind {
            case .scale(let min, let max): candidates += [min, max, (min + max) / 2, max + 3].map(String.init) + ["seven"]
            case .yesNo: candidates += ["yes", "no", "yeah", "nah", "not sure"]
            case .choice(let choices): candidates += choices.map { $0.lowercased() } + ["1"]
            case .text: candidates += ["my friend sam", "i dont know", "going for a walk"]
            }
        }
        if let node, !node.replies.isEmpty {
            let sampler = Linter.PatternSampler(concepts: library.concepts, limit: 8, phrasesPerConcept: 3)
            for reply in node.replies {
                candidates += sampler.samples(reply.pattern).prefix(3).map { words in
                    words.map { $0 == Linter.PatternSampler.filler ? "something" : $0 }.joined(separator: " ")
                }
            }
        }
        return pick(candidates) ?? pick(Self.typical) ?? "ok"
    }

    func node(_ step: String) -> Node? {
        guard let slash = step.firstIndex(of: "/") else { return nil }
        return library.dialogue(String(step[..<slash]))?.nodes[String(step[step.index(after: slash)...])]
    }

    func location(of step: String) -> SourceLocation? { node(step)?.location }

    /// Whether a way between steps belongs to the scripts (not to the safety net's own flow).
    static func isScripted(_ edge: TranscriptCoverage.Edge) -> Bool {
        !edge.from.hasPrefix("safety/") && !edge.to.hasPrefix("safety/") && edge.to != "call:safety"
    }

    static func isUniversal(_ input: String) -> Bool {
        ["stop", "help", "menu"].contains(input.lowercased())
    }

    /// Everyday answers that fit no question in particular.
    static let typical = ["ok", "yes", "no", "idk", "maybe", "thanks", "i guess", "not really", "stop", "what", "2", "10"]

    /// Messages the safety net must answer, whatever step the conversation is in.
    static let crisisLines = ["i want to kill myself", "i took too many pills", "i dont want to be here anymore"]
}
