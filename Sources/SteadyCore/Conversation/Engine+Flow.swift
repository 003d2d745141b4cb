import Foundation

/// Moving through a dialogue's steps: entering them, following branches, calls and returns.
extension Engine {
    /// Starts a dialogue, on top of any that is active (it returns there when it ends). `heard`
    /// is what the message it answers carried, nothing when it was chosen from a list; its steps
    /// read it as the `heard_` variables (`when: "heard_habit"`), which the dialogues it calls share.
    func begin(_ dialogue: Dialogue, heard: Understanding.Reflected = Understanding.Reflected(),
               state: inout ConversationState, out: inout TurnBuilder) {
        if state.stack.count >= Self.maximumCallDepth {
            out.say("We're a few conversations deep already. Let's finish this one first.")
            representCurrent(state: &state, out: &out)
            return
        }
        let values = heard.values
        for name in Understanding.Reflected.names {
            state.variables[Understanding.Reflected.variable(name)] = values[name].map(Value.text)
        }
        if var caller = state.stack.popLast() {
            caller.resume = .reask
            state.stack.append(caller)
        }
        state.stack.append(ConversationState.Frame(dialogue: dialogue.id, node: dialogue.start))
        run(state: &state, out: &out)
    }

    /// Enters the current step of the innermost dialogue and keeps going until a step waits for
    /// the person or no dialogue is left.
    func run(state: inout ConversationState, out: inout TurnBuilder) {
        var steps = 0
        while let frame = state.stack.last {
            steps += 1
            guard steps <= Self.maximumStepsPerTurn,
                let dialogue = library.dialogue(frame.dialogue), let node = dialogue.nodes[frame.node]
            else {
                out.say("Something in this conversation went round in circles, so I've stopped it. I'm still here.")
                state.stack = []
                return
            }
            out.topic = dialogue.topic
            out.dialogue = dialogue.id
            out.node = node.id
            out.path.append("\(dialogue.id)/\(node.id)")
            for (name, value) in node.sets { state.variables[name] = value }
            let effects = node.effects.map { interpolate($0, state: state) }
            // A safety check is an effect only when it is asked (askScriptCheck).
            out.effects += effects.filter { $0 != .safetyCheck }
            applyPracticeEffects(state: &state, out: &out)
            var said: String?
            if let line = pickVariant(node.say, key: "\(dialogue.id)/\(node.id)", state: &state) {
                said = interpolate(line, state: state)
                out.say(said ?? "")
            }
            // The crisis lines are the engine's own data, so it shows them itself wherever a
            // script asks: no front end can forget them.
            for case .showCrisisLines(let kind) in effects {
                out.say(crisisLinesText(kind: kind?.value ?? .suicide))
            }
            out.anchorNewEffects()
            if effects.contains(.safetyCheck), askScriptCheck(at: "\(dialogue.id)/\(node.id)", state: &state, out: &out) {
                return
            }
            if node.waitsForInput {
                state.stack[state.stack.count - 1].attempts = 0
                state.lastQuestion = said
                out.options = optionLabels(node)
                return
            }
            if !follow(node, from: 0, state: &state, out: &out) { return }
        }
    }

    /// Takes the first branch of a step whose condition holds, starting at a given branch.
    /// Returns whether there is a step to enter next.
    @discardableResult
    func follow(_ node: Node, from first: Int, state: inout ConversationState, out: inout TurnBuilder) -> Bool {
        for index in node.next.indices where index >= first {
            let branch = node.next[index]
            if let condition = branch.condition, !condition.holds(in: state.variables) { continue }
            return go(to: branch.target, resume: .branchesAfter(index + 1), state: &state, out: &out)
        }
        return endDialogue(state: &state, out: &out)
    }

    /// Goes to a target from the current step; returns whether there is a step to enter next.
    @discardableResult
    func go(to target: Target, resume: ConversationState.Resume, state: inout ConversationState, out: inout TurnBuilder) -> Bool {
        switch target {
        case .goto(let id):
            state.stack[state.stack.count - 1].node = id
            return true
        case .call(let id):
            guard let dialogue = library.dialogue(id), state.stack.count < Self.maximumCallDepth else {
                return endDialogue(state: &state, out: &out)
            }
            state.stack[state.stack.count - 1].resume = resume
            state.stack.append(ConversationState.Frame(dialogue: dialogue.id, node: dialogue.start))
            return true
        case .end:
            return endDialogue(state: &state, out: &out)
        }
    }

    /// Ends the innermost dialogue and resumes the one that called it, if any.
    /// Returns whether there is a step to enter next.
    @discardableResult
    func endDialogue(state: inout ConversationState, out: inout TurnBuilder) -> Bool {
        state.stack.removeLast()
        state.lastQuestion = nil
        guard let caller = state.stack.last, let dialogue = library.dialogue(caller.dialogue),
            let node = dialogue.nodes[caller.node]
        else { return false }
        state.stack[state.stack.count - 1].resume = nil
        switch caller.resume ?? .reask {
        case .reask:
            guard node.waitsForInput else { return follow(node, from: node.next.count, state: &state, out: &out) }
            out.say("Shall we go back to where we were?")
            state.lastQuestion = node.say.first.map { interpolate($0, state: state) }
            representCurrent(state: &state, out: &out)
            return false
        case .branchesAfter(let index):
            return follow(node, from: index, state: &state, out: &out)
        }
    }

    /// Asks the current step's question again, with its options.
    func representCurrent(state: inout ConversationState, out: inout TurnBuilder) {
        guard let frame = state.stack.last, let dialogue = library.dialogue(frame.dialogue),
            let node = dialogue.nodes[frame.node]
        else { return }
        out.topic = dialogue.topic
        out.dialogue = dialogue.id
        out.node = node.id
        if let question = state.lastQuestion { out.say(question) }
        out.options = optionLabels(node)
    }

    /// Re-asks a question that got an unusable answer, or moves on after ``maximumReasks``.
    /// A `hint` replaces the usual "Sorry, I didn't catch that".
    func reaskOrMoveOn(hint: String? = nil, state: inout ConversationState, out: inout TurnBuilder) {
        guard let frame = state.stack.last, let dialogue = library.dialogue(frame.dialogue),
            let node = dialogue.nodes[frame.node]
        else { return }
        if frame.attempts < Self.maximumReasks {
            state.stack[state.stack.count - 1].attempts += 1
            out.route = .reask
            out.say(hint ?? reaskHint(node))
            representCurrent(state: &state, out: &out)
            return
        }
        out.route = .movedOn
        out.topic = dialogue.topic
        out.dialogue = dialogue.id
        out.node = node.id
        let more: Bool
        if node.next.isEmpty {
            out.say("That's okay, we can leave that there.")
            more = endDialogue(state: &state, out: &out)
        } else {
            out.say("That's okay, let's keep going.")
            more = follow(node, from: 0, state: &state, out: &out)
        }
        if more { run(state: &state, out: &out) }
        if state.stack.isEmpty {
            out.say("I'm still here. Tell me what's going on, or say \u{201C}help\u{201D} to see what I can do.")
        }
    }

    func reaskHint(_ node: Node) -> String {
        let how = howToAnswer(node)
        return "Sorry, I didn't \(how.isEmpty ? "quite follow" : "catch that")." + how
    }

    /// How to answer a step, as a sentence after a space; empty when any words will do.
    func howToAnswer(_ node: Node) -> String {
        switch node.ask?.kind {
        case .scale(let min, let max)?: " Just a number from \(min) to \(max) is fine."
        case .yesNo?: " A yes or a no is fine."
        case .choice?: " You can type the number of one of these."
        default: node.options.isEmpty ? "" : " You can type the number of one of these."
        }
    }

    func optionLabels(_ node: Node) -> [String] {
        if case .choice(let choices)? = node.ask?.kind { return choices }
        return node.options.map(\.label)
    }

    /// Picks one variant of a line, never the same one twice in a row.
    func pickVariant(_ variants: [String], key: String, state: inout ConversationState) -> String? {
        guard !variants.isEmpty else { return nil }
        guard variants.count > 1 else { return variants[0] }
        var index = Int(state.random.next() % UInt64(variants.count))
        if index == state.lastVariant[key] { index = (index + 1) % variants.count }
        state.lastVariant[key] = index
        return variants[index]
    }

    /// Fills `{name}` with a variable, `{~name}` with it turned toward the person ("my mate" ->
    /// "your mate"), and `{1}`, `{2}` with reflected captures. In a line Steady says, a value
    /// that starts a sentence gets a capital letter; an effect's values stay as they are.
    func interpolate(_ text: String, state: ConversationState, sentenceCase: Bool = true) -> String {
        guard text.utf8.contains(UInt8(ascii: "{")) else { return text }
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out += rest[..<open]
            var name = String(rest[rest.index(after: open)..<close]).trimmingCharacters(in: .whitespaces)
            let reflected = name.hasPrefix("~")
            if reflected { name.removeFirst() }
            var value: String
            if let n = Int(name) {
                value = state.captures.indices.contains(n - 1) ? state.captures[n - 1] : ""
            } else {
                value = state.variables[name]?.description ?? ""
                if reflected {
                    value = Reflection.reflect(value.split(separator: " ").map { $0.lowercased() })
                }
            }
            let trimmedOut = out.trimmingCharacters(in: .whitespaces)
            if sentenceCase, trimmedOut.isEmpty || trimmedOut.hasSuffix(".") || trimmedOut.hasSuffix("!") || trimmedOut.hasSuffix("?")
                || trimmedOut.hasSuffix("\n")
            {
                value = value.prefix(1).uppercased() + value.dropFirst()
            }
            out += value
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// The effect with its `{variables}` filled, as they stand, and their values read.
    func interpolate(_ effect: Effect, state: ConversationState) -> Effect {
        effect.filled { interpolate($0, state: state, sentenceCase: false) }
    }
}
