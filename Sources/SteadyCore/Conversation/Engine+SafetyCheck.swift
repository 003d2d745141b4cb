/// The safety check: when a message carries risk cues without stating danger, Steady asks
/// directly and kindly, with three answers. Asking does not plant the idea; not asking misses
/// people.
extension Engine {
    static let checkOptions = ["Yes", "No", "I'm not sure"]
    /// The direct question about suicide, asked by the safety net and by dialogues alike.
    static let suicideQuestion = "Are you thinking about ending your life, or about hurting yourself?"

    /// A check asked and not yet answered.
    public struct PendingCheck: Sendable, Codable, Hashable {
        public var category: SafetyNet.Category
        /// The message that raised it, answered as routing would have after a "No".
        public var text: String
        /// Replies so far that were no answer.
        public var attempts = 0
        /// The dialogue step that asked (`dialogue/node`), nil when the safety net did; after a
        /// "No" that dialogue carries on.
        public var step: String?
    }

    /// Asks the question for a check finding, unless the same kind was asked before in this
    /// conversation; returns whether it asked.
    func askCheck(_ finding: SafetyNet.Finding, text: String, state: inout ConversationState, out: inout TurnBuilder) -> Bool {
        var asked = state.askedChecks ?? []
        guard asked.insert(finding.checkKind).inserted else { return false }
        if finding.category == .suicide { asked.insert(Self.suicideQuestionAsked) }
        state.askedChecks = asked
        state.pendingCheck = PendingCheck(category: finding.category, text: text)
        out.safety = .check
        out.route = .safetyCheck(finding.category)
        sayCheckQuestion(finding.category, first: true, out: &out)
        return true
    }

    func sayCheckQuestion(_ category: SafetyNet.Category, first: Bool, out: inout TurnBuilder) {
        out.topic = .crisis
        out.dialogue = "safety"
        out.node = "check"
        switch category {
        case .abuse:
            if first { out.say("Thank you for telling me that. Can I ask you something directly?") }
            out.say("Is someone hurting you, or are you afraid of someone you live with?")
        case .overdose, .withdrawal:
            if first { out.say("I want to check, to be safe.") }
            out.say("Could someone be in danger right now, from an overdose, a reaction or withdrawal?")
        default:
            if first { out.say("I'm glad you said something. It sounds like a lot, and I want to ask you directly, because it matters.") }
            out.say(Self.suicideQuestion)
        }
        out.options = Self.checkOptions
    }

    /// A reply to the check: yes, no, not sure; asked once more when it is none of these.
    func answerCheck(_ pending: PendingCheck, _ message: Message, state: inout ConversationState, out: inout TurnBuilder) {
        switch Self.checkAnswer(message.tokens) {
        case .yes?:
            out.crisis = true
            out.safety = .crisis
            out.route = .safety(pending.category)
            openCrisis(category: pending.category, state: &state, out: &out)
        case .notSure?:
            state.pendingCheck = nil
            out.route = .safetyCheck(pending.category)
            out.topic = .crisis
            out.dialogue = "safety"
            out.node = "not-sure"
            state.crisis = ConversationState.Crisis(category: pending.category, since: state.turn, options: Self.notSureOptions)
            out.say("Thank you for being honest. Not being sure is okay, and it's worth taking seriously.")
            out.place(.showSafetyPlan)
            out.say("I'm a program, so I can't call anyone. These people are there right now, if things get worse or you'd just like to talk:")
            out.say(lineList(kinds: pending.category == .abuse ? [.abuse, .children] : [.suicide]))
            out.say("I'm here too. Would you like to stay and talk for a bit?")
            out.options = Self.notSureOptions
        case .no?:
            state.pendingCheck = nil
            out.route = .safetyCheck(pending.category)
            out.say("Thank you for telling me. I'm glad.")
            if pending.step != nil, continueAfterScriptCheck(state: &state, out: &out) { return }
            answer(library.message(pending.text), state: &state, out: &out)
        case nil:
            guard pending.attempts < 1 else {
                // No answer twice: treated as not sure, the safer reading.
                var unsure = pending
                unsure.attempts += 1
                answerCheck(unsure, library.message("not sure"), state: &state, out: &out)
                return
            }
            state.pendingCheck?.attempts += 1
            out.route = .reask
            out.say("I'd really like to know, so I can help in the right way.")
            sayCheckQuestion(pending.category, first: false, out: &out)
        }
    }

    enum CheckAnswer { case yes, no, notSure }

    /// Reads a reply to the check: the options by number or words, and plain replies such as
    /// "nah im fine", "yeah kind of", "idk".
    static func checkAnswer(_ tokens: [String]) -> CheckAnswer? {
        let text = " " + tokens.joined(separator: " ") + " "
        func has(_ phrases: [String]) -> Bool { phrases.contains { text.contains(" \($0) ") } }
        if has(["not sure", "unsure", "do not know", "maybe", "i guess", "sort of", "dunno", "no idea", "hard to say",
                "not certain", "perhaps", "could be", "possibly", "sometimes", "a bit", "a little"]), !has(["yes"]) {
            return .notSure
        }
        if let pick = AnswerParser.choice(tokens, labels: checkOptions) {
            return [CheckAnswer.yes, .no, .notSure][pick]
        }
        if has(["not okay", "not fine", "not safe", "not alright", "not good", "not well"]) { return .yes }
        if ["no", "nah", "nope", "na", "never"].contains(tokens.first ?? "")
            || has(["not really", "i am fine", "i am okay", "i am safe", "i am alright", "i am good", "not at all", "of course not"])
        {
            return .no
        }
        if has(["yes", "yeah", "yep", "yh", "ya", "kind of", "i think so", "i am", "i have", "i do", "true"]) { return .yes }
        return AnswerParser.yesNo(tokens).map { $0 ? .yes : .no }
    }
}
