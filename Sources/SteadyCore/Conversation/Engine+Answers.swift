/// Understanding the answer to the current step: its question, its options, its replies.
extension Engine {
    /// Handles the message as an answer to the current step; false when it is not one.
    func answerCurrentStep(_ message: Message, state: inout ConversationState, out: inout TurnBuilder) -> Bool {
        guard let frame = state.stack.last, let dialogue = library.dialogue(frame.dialogue),
            let node = dialogue.nodes[frame.node], node.waitsForInput
        else { return false }
        let tokens = message.tokens
        out.topic = dialogue.topic
        out.dialogue = dialogue.id
        out.node = node.id

        // To a yes/no question the step's own replies come first: "no, but he's seeing things" to
        // a question about danger signs is the reply that names one, and "not sure" may have a
        // reply of its own.
        if node.ask?.kind == .yesNo, answerWithReply(message, dialogue: dialogue, node: node, state: &state, out: &out) {
            return true
        }
        // "dunno" and "what do you mean" are not a pick nor a number: only a reply may take
        // them. To a yes/no question, "not sure" takes the no branch, the careful default ("Are
        // you safe right now?" then leads to help).
        var nonAnswer = AnswerParser.nonAnswer(tokens)
        if let ask = node.ask, nonAnswer == nil || (ask.kind == .yesNo && nonAnswer == .unsure) {
            var value: Value?
            switch ask.kind {
            case .scale(let min, let max):
                switch scaleReading(tokens, min: min, max: max, node: node, state: state) {
                case .exact(let n)?: value = .number(Double(n))
                case .approximate(let n)?:
                    askToConfirm(n, state: &state, out: &out)
                    return true
                case nil: value = nil
                }
            case .yesNo:
                value = nonAnswer == nil ? AnswerParser.yesNo(tokens).map(Value.bool) : .bool(false)
                nonAnswer = nil
            case .choice(let choices): value = AnswerParser.pick(tokens, labels: choices).map { .text(choices[$0]) }
            case .text: value = nil
            }
            if let value {
                if let name = ask.into { state.variables[name] = value }
                return proceed(from: node, state: &state, out: &out)
            }
        }
        if nonAnswer == nil, let pick = AnswerParser.pick(tokens, labels: node.options.map(\.label)) {
            out.route = .answer
            if go(to: node.options[pick].target, resume: .reask, state: &state, out: &out) { run(state: &state, out: &out) }
            return true
        }
        if node.ask?.kind != .yesNo, answerWithReply(message, dialogue: dialogue, node: node, state: &state, out: &out) { return true }
        if let nonAnswer, clarify(nonAnswer, node: node, state: &state, out: &out) {
            return true
        }
        if case .text? = node.ask?.kind {
            if let name = node.ask?.into {
                state.variables[name] = .text(message.text.trimmingCharacters(in: .whitespacesAndNewlines))
            }
            state.captures = [Reflection.reflect(tokens)]
            return proceed(from: node, state: &state, out: &out)
        }
        return false
    }

    /// Takes the message as one of the step's own replies; false when none matches.
    func answerWithReply(_ message: Message, dialogue: Dialogue, node: Node, state: inout ConversationState, out: inout TurnBuilder) -> Bool {
        for reply in node.replies {
            guard let match = reply.pattern.match(message) else { continue }
            out.route = .reply(reply.source)
            state.captures = match.captures.map(Reflection.reflect)
            if let line = pickVariant(reply.say, key: "\(dialogue.id)/\(node.id)/\(reply.source)", state: &state) {
                out.say(interpolate(line, state: state))
            }
            if let target = reply.target {
                if go(to: target, resume: .reask, state: &state, out: &out) { run(state: &state, out: &out) }
            } else {
                if follow(node, from: 0, state: &state, out: &out) { run(state: &state, out: &out) }
            }
            return true
        }
        return false
    }

    private func proceed(from node: Node, state: inout ConversationState, out: inout TurnBuilder) -> Bool {
        out.route = .answer
        if follow(node, from: 0, state: &state, out: &out) { run(state: &state, out: &out) }
        return true
    }
}
