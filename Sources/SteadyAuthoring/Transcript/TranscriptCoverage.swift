import SteadyCore

/// Which dialogues, steps and triggers a set of played transcripts reached, and how often.
public struct TranscriptCoverage: Sendable {
    public let library: Library
    /// Turns that entered at least one step of each dialogue, by dialogue id.
    public private(set) var dialogueCounts: [String: Int] = [:]
    /// Times each step was entered, by "dialogueID/nodeID".
    public private(set) var nodeCounts: [String: Int] = [:]
    /// Turns each trigger started, by "dialogueID#index" (its place in the dialogue's triggers).
    public private(set) var triggerCounts: [String: Int] = [:]

    public init(library: Library) { self.library = library }

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

    /// Every trigger of every dialogue, in file order, with how many turns it started.
    public var triggers: [Item] {
        library.dialogues.flatMap { dialogue in
            dialogue.triggers.enumerated().map { index, trigger in
                Item(name: "\(dialogue.id) \u{201C}\(trigger.source)\u{201D}", count: triggerCounts["\(dialogue.id)#\(index)"] ?? 0)
            }
        }
    }

    static func dialogueID(of step: String) -> String {
        step.firstIndex(of: "/").map { String(step[..<$0]) } ?? step
    }
}
