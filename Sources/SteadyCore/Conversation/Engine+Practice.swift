import Foundation

/// Practice mode: starting a scenario directly, and the practice effects the engine works out
/// itself (feedback on what the person wrote, and the other person's way of answering).
extension Engine {
    /// Starts a dialogue without a message, as turn number `state.turn`: on a fresh state this is
    /// the opening turn 0. Nil when no dialogue has that id.
    public func begin(dialogueID: String, state: inout ConversationState) -> Turn? {
        guard let dialogue = library.dialogue(dialogueID) else { return nil }
        var out = TurnBuilder(number: state.turn)
        out.route = .opening
        begin(dialogue, state: &state, out: &out)
        return out.finish(state: state)
    }

    /// The list of practice scenarios as a numbered menu, as turn number `state.turn`; the next
    /// message can pick one by number or by words from its title.
    public func practiceMenu(state: inout ConversationState) -> Turn {
        var out = TurnBuilder(number: state.turn)
        let scenarios = library.practiceScenarios
        state.menu = scenarios.map(\.id)
        out.route = .opening
        out.topic = .practice
        out.say(scenarios.isEmpty
            ? "There are no practice conversations here yet."
            : "Which conversation would you like to practise? Pick a number. I'll play the other person.")
        out.options = scenarios.map(\.title)
        return out.finish(state: state)
    }

    /// Works out the practice effects a step just added: `feedback` becomes spoken feedback and a
    /// `practice_feedback` effect; `pick_response` sets a variable to one of its choices at random.
    func applyPracticeEffects(state: inout ConversationState, out: inout TurnBuilder) {
        guard out.effects.contains(where: { $0.kind == .feedback || $0.kind == .pickResponse }) else { return }
        let effects = out.effects
        out.effects = []
        for effect in effects {
            switch effect {
            case .feedback(let request): out.effects.append(feedback(request, state: &state, out: &out))
            case .pickResponse(let variable, let choices): pickResponse(variable, from: choices, state: &state)
            default: out.effects.append(effect)
            }
        }
    }

    /// Says feedback on the text in the named variable; stores the better version in `into`.
    func feedback(_ request: Effect.Feedback, state: inout ConversationState, out: inout TurnBuilder) -> Effect {
        let text = state.variables[request.variable].map(\.description) ?? ""
        let purpose = request.kind?.value ?? .opener
        let result = OpenerFeedback(analysing: text, purpose: purpose, time: request.when, addition: request.add)
        out.say(result.summary)
        if let into = request.into, !into.isEmpty { state.variables[into] = .text(result.draft) }
        return .practiceFeedback(Effect.PracticeFeedback(
            variable: request.variable, kind: purpose, draft: result.draft, strengths: result.strengths,
            advice: Array(result.advice.prefix(2))))
    }

    /// Sets the named variable to one of the choices, drawn from the seeded random source.
    func pickResponse(_ variable: String, from choices: [String], state: inout ConversationState) {
        let choices = choices.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !variable.isEmpty, !choices.isEmpty else { return }
        state.variables[variable] = .text(choices[Int(state.random.next() % UInt64(choices.count))])
    }
}
