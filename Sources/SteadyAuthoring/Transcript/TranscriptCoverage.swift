import SteadyCore

/// Which dialogues, steps, triggers, options and branches a set of played transcripts (and the
/// dialogues' own examples) reached, and how often.
public struct TranscriptCoverage: Sendable {
    public let library: Library
    /// Turns that entered at least one step of each dialogue, by dialogue id.
    public private(set) var dialogueCounts: [String: Int] = [:]
    /// Times each step was entered, by "dialogueID/nodeID".
    public private(set) var nodeCounts: [String: Int] = [:]
    /// Turns each trigger started, by "dialogueID#index" (its place in the dialogue's triggers).
    public private(set) var triggerCounts: [String: Int] = [:]
    /// Examples that each trigger answered, by "dialogueID#index".
    public private(set) var exampleTriggerCounts: [String: Int] = [:]
    /// Times each way from one step to the next was taken, by ``Edge``.
    public private(set) var edgeCounts: [Edge: Int] = [:]
    /// The step the conversation waited at after the last recorded turn.
    private var waitingAt: String?

    public init(library: Library) { self.library = library }

    /// A way on from a step: to another step ("dialogueID/nodeID"), into a called dialogue
    /// ("call:ID"), or to the end ("end").
    public struct Edge: Sendable, Hashable {
        public var from: String
        public var to: String

        public init(from: String, to: String) {
            self.from = from
            self.to = to
        }
    }

    /// Forgets where the last conversation stood; call before playing the next one.
    public mutating func beginConversation() { waitingAt = nil }

    /// Counts what one played turn reached.
    public mutating func record(_ turn: Turn) {
        var entered: [String] = []
        for step in turn.path {
            nodeCounts[step, default: 0] += 1
            let dialogue = Self.dialogueID(of: step)
            if !entered.contains(dialogue) { entered.append(dialogue) }
        }
        for dialogue in entered { dialogueCounts[dialogue, default: 0] += 1 }
        if case .trigger(let source) = turn.route,
            let id = turn.path.first.map(Self.dialogueID(of:)) ?? turn.dialogue,
            let index = library.dialogue(id)?.triggers.firstIndex(where: { $0.source == source })
        {
            triggerCounts["\(id)#\(index)", default: 0] += 1
        }
        for edge in Self.edges(of: turn, from: waitingAt) { edgeCounts[edge, default: 0] += 1 }
        waitingAt = turn.ended ? nil : turn.dialogue.flatMap { d in turn.node.map { "\(d)/\($0)" } }
    }

    /// Plays every example of every dialogue through a fresh conversation and counts the
    /// triggers that answered those that arrived at their own dialogue.
    public mutating func recordExamples() {
        let engine = Engine(library: library, region: nil)
        for dialogue in library.dialogues {
            for example in dialogue.examples {
                var (_, state) = engine.start(seed: 1)
                let turn = engine.respond(to: example.value, state: &state)
                guard turn.dialogue == dialogue.id, case .trigger(let source) = turn.route,
                    let index = dialogue.triggers.firstIndex(where: { $0.source == source })
                else { continue }
                exampleTriggerCounts["\(dialogue.id)#\(index)", default: 0] += 1
            }
        }
    }

    /// The ways on a turn took: from the step it answered (if any) through every step it
    /// entered, and to the end when the last step entered left the dialogue without waiting.
    static func edges(of turn: Turn, from waiting: String?) -> [Edge] {
        let answered = turn.route == .answer || { if case .reply = turn.route { return true } else { return false } }()
        var steps = turn.path
        if answered, let waiting { steps.insert(waiting, at: 0) }
        var out: [Edge] = []
        for (a, b) in zip(steps, steps.dropFirst()) {
            let (da, db) = (dialogueID(of: a), dialogueID(of: b))
            out.append(Edge(from: a, to: da == db ? b : "call:\(db)"))
        }
        let current = turn.ended ? nil : turn.dialogue.flatMap { d in turn.node.map { "\(d)/\($0)" } }
        if let last = steps.last, last != current { out.append(Edge(from: last, to: "end")) }
        return out
    }

    /// Every dialogue of the library, in loading order, with how many turns reached it.
    public var dialogues: [Item] {
        library.dialogues.map { Item(name: $0.id, count: dialogueCounts[$0.id] ?? 0) }
    }

    /// Every step of every dialogue, in file order, with how often it was entered.
    public var nodes: [Item] {
        library.dialogues.flatMap { dialogue in
            dialogue.nodeOrder.map { node in
                let key = "\(dialogue.id)/\(node)"
                return Item(name: key, count: nodeCounts[key] ?? 0)
            }
        }
    }

    /// Every trigger of every dialogue, in file order, with how many turns it started and how
    /// many of its dialogue's examples it answered.
    public var triggers: [Item] {
        library.dialogues.flatMap { dialogue in
            dialogue.triggers.enumerated().map { index, trigger in
                let key = "\(dialogue.id)#\(index)"
                return Item(name: "\(dialogue.id) \u{201C}\(trigger.source)\u{201D}", count: triggerCounts[key] ?? 0,
                            examples: exampleTriggerCounts[key] ?? 0)
            }
        }
    }

    /// Every option of every step, with how often it was chosen.
    public var options: [Item] {
        ways { node in node.options.map { ("option \u{201C}\($0.label)\u{201D}", $0.target) } }
    }

    /// Every `next:` branch and `goto`/`call`/`end` of every step, with how often it was taken.
    public var branches: [Item] {
        ways { node in
            node.next.map { branch in
                (branch.condition == nil ? "way on" : "branch of line \(branch.location.line)", branch.target)
            }
        }
    }

    /// Items for some of each step's ways on, counted by the step they lead to.
    private func ways(_ list: (Node) -> [(String, Target)]) -> [Item] {
        library.dialogues.flatMap { dialogue in
            dialogue.nodeOrder.flatMap { id -> [Item] in
                guard let node = dialogue.nodes[id] else { return [] }
                let from = "\(dialogue.id)/\(id)"
                return list(node).map { label, target in
                    let to: String, shown: String
                    switch target {
                    case .goto(let step): (to, shown) = ("\(dialogue.id)/\(step)", step)
                    case .call(let other): (to, shown) = ("call:\(other)", "call \(other)")
                    case .end: (to, shown) = ("end", "end")
                    }
                    return Item(name: "\(from) \(label) -> \(shown)", count: edgeCounts[Edge(from: from, to: to)] ?? 0)
                }
            }
        }
    }

    static func dialogueID(of step: String) -> String {
        step.firstIndex(of: "/").map { String(step[..<$0]) } ?? step
    }
}

