/// The crisis response: the same every time, and it stays until the person chooses to go on.
extension Engine {
    static let crisisOptions = ["Show my support contacts", "Stay here and talk", "I'm safe now, carry on"]

    /// Shows the crisis response on request (`/sos`), whatever the state.
    public func sos(state: inout ConversationState) -> Turn {
        state.turn += 1
        var out = TurnBuilder(number: state.turn)
        openCrisis(category: nil, state: &state, out: &out)
        out.route = .command("sos")
        return out.finish(state: state)
    }

    func crisisResponse(_ finding: SafetyNet.Finding, state: inout ConversationState, out: inout TurnBuilder) {
        out.crisis = true
        out.route = .safety(finding.category)
        openCrisis(category: finding.category, state: &state, out: &out)
    }

    func openCrisis(category: SafetyNet.Category?, state: inout ConversationState, out: inout TurnBuilder) {
        state.crisis = ConversationState.Crisis(category: category ?? .suicide, since: state.turn)
        state.menu = []
        out.topic = .crisis
        out.dialogue = "safety"
        out.node = category?.rawValue ?? "sos"
        let emergency = regionInfo?.emergency ?? library.safety.lines.defaultEmergency
        switch category {
        case .overdose?:
            out.say("This could be a medical emergency. Please call \(emergency) now, or ask someone near you to call.")
            out.say("If someone is with you and hard to wake, stay with them while help comes.")
        case .abuse?:
            out.say("I'm really glad you told me. You deserve to be safe, and this is not your fault.")
            out.say("If you are in danger right now, call \(emergency).")
        case .harmOthers?:
            out.say("Thank you for telling me. Feelings this strong can be frightening.")
            out.say("If you might act on them, please put some distance between you and the other person, and call \(emergency) if anyone is in danger.")
        case .suicide?, .selfHarm?:
            out.say("I'm really glad you told me. What you're feeling matters, and you don't have to face it alone.")
        case nil:
            out.say("Here is where to find help right now.")
        }
        // The person's own safety plan, before the lines (after the emergency sentences above).
        out.place(.showSafetyPlan)
        out.say("I'm a program, so I can't call anyone or send help. People can, right now:")
        out.say(lineList(emergency: emergency))
        out.say("Reaching out now is the right thing to do. Help exists, and people want to hear from you.")
        out.options = Self.crisisOptions
        out.effects.append(.crisis(category: category, region: region))
    }

    /// The crisis lines for the person's region, with the emergency number, as a list.
    func crisisLinesText() -> String {
        lineList(emergency: regionInfo?.emergency ?? library.safety.lines.defaultEmergency)
    }

    var regionInfo: CrisisLines.Region? { region.flatMap { library.safety.lines.regions[$0] } }

    func lineList(emergency: String) -> String {
        guard let info = regionInfo else {
            var lines = ["  \u{2022} Emergency: call \(emergency)"]
            if !library.safety.lines.defaultFind.isEmpty { lines.append("  \u{2022} " + library.safety.lines.defaultFind) }
            return lines.joined(separator: "\n")
        }
        return (info.lines.map { "  \u{2022} \($0.name): \($0.how)" } + ["  \u{2022} Emergency: \(info.emergency)"])
            .joined(separator: "\n")
    }

    /// A message while the crisis response is open: its own choices, or staying with the person.
    func crisisFollowUp(_ message: Message, state: inout ConversationState, out: inout TurnBuilder) {
        out.route = .crisisFollowUp
        out.topic = .crisis
        out.dialogue = "safety"
        out.node = "with-you"
        let pick = AnswerParser.choice(message.tokens, labels: Self.crisisOptions)
        let tokens = Set(message.tokens)
        let negated = !tokens.isDisjoint(with: ["not", "never", "no"])
        let wantsToGoOn = pick == 2 || (!negated && (
            !tokens.isDisjoint(with: ["safe", "better", "continue"]) || message.tokens.joined(separator: " ").contains("carry on")
                || message.tokens.joined(separator: " ").contains("go back")))
        if pick == 0 || (pick == nil && tokens.contains("contacts")) {
            out.effects.append(.showContacts)
            out.say("Here are the people you said you can turn to. Even a short message is enough: \u{201C}I'm having a really hard time. Can you talk?\u{201D}")
            out.options = Self.crisisOptions
            return
        }
        if wantsToGoOn {
            state.crisis = nil
            out.say("Okay. I'm glad you're safe. The lines are there any time, and typing /sos shows them again.")
            if state.stack.isEmpty {
                out.topic = nil
                out.dialogue = nil
                out.node = nil
                out.say("What would help most right now?")
            } else {
                out.say("Shall we go back to where we were?")
                representCurrent(state: &state, out: &out)
            }
            return
        }
        if pick == 1 {
            out.say("I'm here. What's happening right now?")
        } else {
            let emergency = regionInfo?.emergency ?? library.safety.lines.defaultEmergency
            let first = regionInfo?.lines.first.map { "\($0.name) (\($0.how))" } ?? "a crisis line"
            out.say("Thank you for telling me. I'm still here with you.")
            out.say("If you feel unsafe, please contact \(first) now, or call \(emergency).")
            out.say("Would you like to see your support contacts, or carry on when you're ready?")
        }
        out.options = Self.crisisOptions
    }
}
