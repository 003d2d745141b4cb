/// Answers that are not quite answers: a scale read from words, confirmed before it counts, and
/// replies such as "dunno" or "what do you mean", which get the question put another way.
extension Engine {
    /// Reads a reply to a scale step, with words such as "bad" read the way its question points.
    func scaleReading(_ tokens: [String], min: Int, max: Int, node: Node, state: ConversationState) -> AnswerParser.ScaleReading? {
        let polarity = AnswerParser.ScalePolarity(question: state.lastQuestion ?? node.say.first, max: max)
        return AnswerParser.readScale(tokens, min: min, max: max, polarity: polarity)
    }

    /// Asks whether a value read from words is close; the step waits for the answer.
    func askToConfirm(_ value: Int, state: inout ConversationState, out: inout TurnBuilder) {
        state.pending = .estimate(value: value)
        out.route = .confirm
        out.say("Sounds like about \(Self.article(value)) \(value) \u{2014} is that close?")
    }

    /// "an" before 8, 11, 18 and the eighties, "a" before other numbers.
    static func article(_ n: Int) -> String { [8, 11, 18].contains(n) || (80...89).contains(n) ? "an" : "a" }

    static let closeWords: Set<String> = ["close", "exactly", "correct", "spot", "right", "roughly", "about", "much", "thats"]
    static let higherWords: Set<String> = ["higher", "more", "stronger", "bigger", "worse", "up"]
    static let lowerWords: Set<String> = ["lower", "less", "weaker", "smaller", "down"]

    /// Takes the reply to "is that close?": yes keeps the value, no asks for a number, "higher"
    /// or "lower" moves it; anything else (a number, other words of degree, something new) is
    /// read as usual. Returns whether the reply was handled here.
    func confirmEstimate(_ value: Int, _ message: Message, state: inout ConversationState, out: inout TurnBuilder) -> Bool {
        guard let frame = state.stack.last, let dialogue = library.dialogue(frame.dialogue),
            let node = dialogue.nodes[frame.node], let ask = node.ask, case .scale(let min, let max) = ask.kind
        else { return false }
        let tokens = message.tokens
        switch scaleReading(tokens, min: min, max: max, node: node, state: state) {
        case .exact?: return false
        case .approximate(let other)? where other != value: return false
        default: break
        }
        out.topic = dialogue.topic
        out.dialogue = dialogue.id
        out.node = node.id
        let yes = AnswerParser.yesNo(tokens)
        if tokens.count <= 5, tokens.contains(where: Self.higherWords.contains) != tokens.contains(where: Self.lowerWords.contains) {
            let step = tokens.contains(where: Self.higherWords.contains) ? 1 : -1
            askToConfirm(Swift.min(max, Swift.max(min, value + step)), state: &state, out: &out)
            return true
        }
        if yes == true || (yes == nil && tokens.count <= 4 && tokens.contains(where: Self.closeWords.contains)) {
            if let name = ask.into { state.variables[name] = .number(Double(value)) }
            out.route = .answer
            if follow(node, from: 0, state: &state, out: &out) { run(state: &state, out: &out) }
            return true
        }
        if yes == false {
            out.route = .reask
            out.say("Okay. What number would you give it, from \(min) to \(max)?")
            return true
        }
        return false
    }

    /// Puts the question another way after "dunno" or "what do you mean", or moves on gently
    /// after ``maximumReasks``. A text question takes the words as its answer the second time
    /// (in a rehearsal, the first), so nothing the person wrote is lost. Returns whether the
    /// reply was handled here.
    func clarify(_ kind: AnswerParser.NonAnswer, node: Node, state: inout ConversationState, out: inout TurnBuilder) -> Bool {
        guard let frame = state.stack.last else { return false }
        // In a rehearsal, any line is the person's line: "what?" may be just what they'd say.
        if case .text? = node.ask?.kind, frame.attempts >= 1 || library.dialogue(frame.dialogue)?.topic == .practice {
            return false
        }
        reaskOrMoveOn(hint: Self.clarifyHint(kind, node: node), state: &state, out: &out)
        return true
    }

    static func clarifyHint(_ kind: AnswerParser.NonAnswer, node: Node) -> String {
        let unsure = kind == .unsure
        switch node.ask?.kind {
        case .scale(let min, let max)?:
            return unsure
                ? "That's okay, it doesn't have to be exact. A rough guess is fine, or a word like \u{201C}low\u{201D}, \u{201C}medium\u{201D} or \u{201C}high\u{201D}."
                : "Let me put it another way: \(min) means not at all, and \(max) means as much as it gets. Any number in between is fine, or a word like \u{201C}low\u{201D} or \u{201C}high\u{201D}."
        case .yesNo?:
            return "Sorry, I could have been clearer. It's a yes-or-no question:"
        case .text?:
            return unsure
                ? "That's okay, there's no right answer. Whatever comes to mind is fine, even a word or two."
                : "Sorry, I could have been clearer. There's no wrong answer; just put it in your own words."
        case .choice?, nil:
            if node.options.isEmpty && node.ask == nil {
                return unsure ? "That's okay, take your time." : "Sorry, I could have been clearer."
            }
            return unsure
                ? "That's okay, there's no wrong choice. If you're not sure, the first one is a good place to start."
                : "Sorry, I could have been clearer. Pick whichever of these fits best, by its number or in your own words:"
        }
    }
}
