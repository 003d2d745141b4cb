/// The crisis response: shaped by what kind of danger it is, and it stays until the person
/// chooses to go on.
extension Engine {
    static let showContacts = "Show my support contacts"
    static let stayAndTalk = "Stay here and talk"
    static let carryOn = "I'm safe now, carry on"
    static let crisisOptions = [showContacts, stayAndTalk, carryOn]
    /// Without the contacts: for abuse, where a contact may be the person doing it.
    static let crisisOptionsWithoutContacts = [stayAndTalk, carryOn]
    /// After "I'm not sure": staying to talk is offered first.
    static let notSureOptions = [stayAndTalk, showContacts, carryOn]

    /// Shows the crisis response on request (`/sos`), whatever the state.
    public func sos(state: inout ConversationState) -> Turn {
        state.turn += 1
        var out = TurnBuilder(number: state.turn)
        openCrisis(category: nil, state: &state, out: &out)
        out.route = .command("sos")
        return out.finish(state: state)
    }

    func crisisResponse(_ finding: SafetyNet.Finding, message: Message, state: inout ConversationState, out: inout TurnBuilder) {
        out.crisis = true
        out.safety = .crisis
        out.route = .safety(finding.category)
        openCrisis(category: finding.category, child: finding.involvesChild,
                   namesFamily: !Set(message.tokens).isDisjoint(with: Self.closePeople), state: &state, out: &out)
    }

    /// Partners and family, who may be the person doing harm: their contacts are not offered.
    static let closePeople: Set<String> = [
        "he", "she", "him", "her", "partner", "husband", "wife", "boyfriend", "girlfriend", "bf", "gf", "ex", "dad",
        "father", "mum", "mother", "stepdad", "stepmum", "stepfather", "stepmother", "brother", "sister", "uncle",
        "aunt", "son", "daughter", "grandad", "grandma", "cousin", "fiance", "fiancee", "carer",
    ]

    func openCrisis(category: SafetyNet.Category?, child: Bool = false, namesFamily: Bool = false,
                    state: inout ConversationState, out: inout TurnBuilder) {
        state.crisis = ConversationState.Crisis(category: category ?? .suicide, since: state.turn)
        state.menu = []
        state.pendingCheck = nil
        out.topic = .crisis
        out.dialogue = "safety"
        out.node = category?.rawValue ?? "sos"
        let emergency = emergencyNumber
        var kinds: [CrisisLines.Kind] = [.suicide]
        var options = Self.crisisOptions
        switch category {
        case .overdose?:
            out.say("This could be a medical emergency. Please call \(emergency) now, or ask someone near you to call.")
            out.say("Stay with the person and don't leave them alone. If they're hard to wake, lie them on their side in the recovery position. If opioids could be involved and there's naloxone, use it.")
            kinds = [.poison]
        case .withdrawal?:
            out.say("Please take this seriously: stopping alcohol or benzodiazepines suddenly can cause seizures. It needs a doctor today.")
            out.say("If there's a seizure, confusion, or seeing things that aren't there, call \(emergency) now. Try not to be alone until you've been seen.")
            kinds = [.drugs, .poison]
        case .abuse?:
            out.say("I'm really glad you told me. You deserve to be safe, and this is not your fault.")
            out.say("If you are in danger right now, call \(emergency).")
            out.say("If others use this device, what you type here can be read: /settings history off keeps no history.")
            kinds = child ? [.children, .abuse] : [.abuse, .children]
            if namesFamily { options = Self.crisisOptionsWithoutContacts }
        case .harmOthers?:
            out.say("Thank you for telling me. Feelings this strong can be frightening.")
            out.say("If you might act on them, please put some distance between you and the other person, and call \(emergency) if anyone is in danger.")
        case .someoneElse?:
            out.say("Thank you for looking out for them. You don't have to handle this alone.")
            out.say("Stay with them if you can, and ask them directly whether they're thinking about suicide; asking doesn't put the idea there. You can call a line together. If they're in danger right now, call \(emergency).")
        case .suicide?, .selfHarm?:
            out.say("I'm really glad you told me. What you're feeling matters, and you don't have to face it alone.")
            out.say("Are you safe right now? If you can, don't stay alone tonight, and put some distance between you and anything you could use to hurt yourself. Not drinking or using tonight helps too.")
        case nil:
            out.say("Here is where to find help right now.")
        }
        // The person's own safety plan, before the lines (after the emergency sentences above);
        // not when the one at risk is someone else.
        if category != .someoneElse { out.place(.showSafetyPlan) }
        out.say("I'm a program, so I can't call anyone or send help. People can, right now:")
        out.say(lineList(kinds: kinds))
        out.say("Reaching out now is the right thing to do. Help exists, and people want to hear from you.")
        out.options = options
        state.crisis?.options = options
        out.effects.append(.crisis(category: category, region: region))
    }


    /// The person's region's lines of one kind, with the emergency number, as a list: the suicide
    /// and crisis lines, or for a helpline of another kind (drugs and alcohol) that kind's lines
    /// alone, or where to find one when the region has none.
    func crisisLinesText(kind: CrisisLines.Kind = .suicide) -> String {
        guard kind != .suicide, let info = regionInfo else { return lineList(kinds: [kind]) }
        var lines = info.lines([kind]).map { "  \u{2022} \($0.name): \($0.how)" }
        if lines.isEmpty {
            lines.append("  \u{2022} " + (info.none[kind] ?? library.safety.lines.defaultFind))
        }
        lines.append("  \u{2022} Emergency: \(info.emergency)")
        return lines.joined(separator: "\n")
    }

    var regionInfo: CrisisLines.Region? { region.flatMap { library.safety.lines.regions[$0] } }

    /// The region's lines of these kinds first, then its other suicide lines, then the emergency
    /// number; without a region, the emergency number and where to find a line.
    func lineList(kinds: [CrisisLines.Kind]) -> String {
        guard let info = regionInfo else {
            var lines = ["  \u{2022} Emergency: call \(emergencyNumber)"]
            if !library.safety.lines.defaultFind.isEmpty { lines.append("  \u{2022} " + library.safety.lines.defaultFind) }
            return lines.joined(separator: "\n")
        }
        var shown = info.lines(kinds)
        for line in info.lines([.suicide]) where !shown.contains(line) { shown.append(line) }
        return (shown.map { "  \u{2022} \($0.name): \($0.how)" } + ["  \u{2022} Emergency: \(info.emergency)"])
            .joined(separator: "\n")
    }

    /// A message while the crisis response is open: its own choices, or staying with the person.
    func crisisFollowUp(_ message: Message, state: inout ConversationState, out: inout TurnBuilder) {
        out.route = .crisisFollowUp
        out.topic = .crisis
        out.dialogue = "safety"
        out.node = "with-you"
        // A number is read against the choices this response offered: without the contacts (abuse
        // by someone close), or in another order (after "I'm not sure").
        let options = state.crisis?.options ?? Self.crisisOptions
        let pick = AnswerParser.choice(message.tokens, labels: options).map { options[$0] }
        let tokens = Set(message.tokens)
        let negated = !tokens.isDisjoint(with: ["not", "never", "no"])
        let wantsToGoOn = pick == Self.carryOn || (!negated && (
            !tokens.isDisjoint(with: ["safe", "better", "continue"]) || message.tokens.joined(separator: " ").contains("carry on")
                || message.tokens.joined(separator: " ").contains("go back")))
        if pick == Self.showContacts || (pick == nil && tokens.contains("contacts")) {
            out.effects.append(.showContacts)
            out.say("Here are the people you said you can turn to. Even a short message is enough: \u{201C}I'm having a really hard time. Can you talk?\u{201D}")
            out.options = options
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
            } else if !continueAfterScriptCheck(state: &state, out: &out) {
                out.say("Shall we go back to where we were?")
                representCurrent(state: &state, out: &out)
            }
            return
        }
        if pick == Self.stayAndTalk {
            out.say("I'm here. What's happening right now?")
        } else {
            let first = regionInfo?.lines.first.map { "\($0.name) (\($0.how))" } ?? "a crisis line"
            out.say("Thank you for telling me. I'm still here with you.")
            out.say("If you feel unsafe, please contact \(first) now, or call \(emergencyNumber).")
            out.say(options.contains(Self.showContacts)
                ? "Would you like to see your support contacts, or carry on when you're ready?"
                : "We can keep talking, or carry on when you're ready.")
        }
        out.options = options
    }
}
