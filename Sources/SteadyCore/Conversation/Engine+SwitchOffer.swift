/// Messages mid-dialogue that are not answers to the step: in a rehearsal they stay in the
/// rehearsal; elsewhere, one that clearly belongs to another topic gets a question ("Switch to
/// that, or finish this first?") instead of a silent switch.
extension Engine {
    /// The two choices of the switch question, in order.
    static let switchLabels = ["Switch to that", "Finish this first"]

    /// What Steady says it heard, per topic, when offering to switch to it.
    static let switchHeadlines: [Topic: String] = [
        .craving: "Sounds like a craving is pulling at you.",
        .stress: "Sounds like stress is weighing on you.",
        .loneliness: "Sounds like you're feeling alone.",
        .lapse: "Sounds like you might have had a slip.",
        .practice: "Sounds like you'd like to practise what to say to someone.",
        .pressure: "Sounds like someone's pushing you, or a risky time is coming up.",
        .complacency: "Sounds like the thought \u{201C}one won't hurt\u{201D} is around.",
        .halt: "Sounds like you're running on empty.",
        .findSupport: "Sounds like you're looking for a group or a professional.",
        .progress: "Sounds like something's gone well.",
        .withdrawal: "Sounds like your body's having a hard time since you stopped.",
        .lowMood: "Sounds like things feel heavy right now.",
        .eating: "Sounds like food and eating are hard right now.",
        .lifeChange: "Sounds like a big change is weighing on you.",
        .practicalHelp: "Sounds like you could use a hand with something.",
        .tools: "Sounds like you'd like to think something through.",
    ]

    /// Whether the innermost dialogue is a rehearsal (the practice topic): there the person's
    /// lines belong to the rehearsal and never start another dialogue. Asks the step again.
    /// A sentence of a few words is taken for a line of the rehearsal, and heard as one.
    func staysInRehearsal(_ message: Message, state: inout ConversationState, out: inout TurnBuilder) -> Bool {
        guard let frame = state.stack.last, let dialogue = library.dialogue(frame.dialogue), dialogue.topic == .practice,
            let node = dialogue.nodes[frame.node]
        else { return false }
        var hint: String?
        if message.tokens.count >= 3 {
            let lead = reachesTextQuestion(from: node, in: dialogue)
                ? "Hold on to that: you'll get to say your piece in a moment."
                : "We're in the middle of practising, so let's stay with it."
            hint = lead + howToAnswer(node)
        }
        reaskOrMoveOn(hint: hint, state: &state, out: &out)
        return true
    }

    /// Whether a step after this one asks for the person's own words.
    func reachesTextQuestion(from start: Node, in dialogue: Dialogue) -> Bool {
        var seen: Set<String> = [start.id]
        var queue = Self.targets(of: start)
        while let id = queue.popLast() {
            guard seen.insert(id).inserted, let node = dialogue.nodes[id] else { continue }
            if case .text? = node.ask?.kind { return true }
            queue += Self.targets(of: node)
        }
        return false
    }

    static func targets(of node: Node) -> [String] {
        (node.next.map(\.target) + node.options.map(\.target) + node.replies.compactMap(\.target)).compactMap {
            if case .goto(let id) = $0 { id } else { nil }
        }
    }

    /// Offers to switch when a message that did not answer the step matched a trigger of a
    /// dialogue of another topic; small talk is answered in passing, as before.
    func offerSwitch(to index: Int, route: Turn.Route, captures: [[String]], state: inout ConversationState, out: inout TurnBuilder) -> Bool {
        guard case .trigger(let source) = route, let frame = state.stack.last,
            let current = library.dialogue(frame.dialogue), let node = current.nodes[frame.node]
        else { return false }
        let target = library.dialogues[index]
        guard target.topic != current.topic, let headline = Self.switchHeadlines[target.topic] else { return false }
        state.pending = .switchTo(dialogue: target.id, trigger: source, captures: captures.map(Reflection.reflect))
        out.route = .confirm
        out.topic = current.topic
        out.dialogue = current.id
        out.node = node.id
        out.say("\(headline) Switch to that, or finish this first?")
        out.options = Self.switchLabels
        return true
    }

    /// Takes the answer to a question about the last message; false when the reply answers
    /// something else, and is then read as usual.
    func resolve(_ pending: ConversationState.Pending, _ message: Message, state: inout ConversationState, out: inout TurnBuilder) -> Bool {
        switch pending {
        case .estimate(let value):
            return confirmEstimate(value, message, state: &state, out: &out)
        case .switchTo(let id, let trigger, let captures):
            guard let dialogue = library.dialogue(id) else { return false }
            var pick = AnswerParser.pick(message.tokens, labels: Self.switchLabels)
            if pick == nil, message.tokens.count <= 3, let yes = AnswerParser.yesNo(message.tokens) { pick = yes ? 0 : 1 }
            switch pick {
            case 0?:
                state.captures = captures
                out.route = .trigger(trigger)
                begin(dialogue, state: &state, out: &out)
            case 1?:
                out.route = .answer
                out.say("Okay, let's finish this first.")
                representCurrent(state: &state, out: &out)
            default:
                return false
            }
            return true
        }
    }
}
