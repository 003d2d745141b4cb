/// The safety check asked by a dialogue (`do: safety_check`): the same question, options and
/// answers as the safety net's own check, so every answer goes through the one safety path.
extension Engine {
    /// Marks in ``ConversationState/askedChecks`` that the question about suicide was asked, by
    /// the safety net or by a dialogue, so a dialogue never asks it a second time.
    static let suicideQuestionAsked = "question:suicide"

    /// Asks the question about suicide from a dialogue's step (`step`), or for a first message
    /// that fell back while low mood was among its likely topics (`text`, answered again after a
    /// "No"), unless it was asked before in this conversation; returns whether it asked (the
    /// step or the message then waits for the answer).
    func askScriptCheck(at step: String?, text: String = "", state: inout ConversationState, out: inout TurnBuilder) -> Bool {
        var asked = state.askedChecks ?? []
        guard asked.insert(Self.suicideQuestionAsked).inserted else { return false }
        state.askedChecks = asked
        state.pendingCheck = PendingCheck(category: .suicide, text: text, step: step)
        out.say("I want to ask you something directly, because it matters.")
        out.say(Self.suicideQuestion)
        out.options = Self.checkOptions
        out.effects.append(.safetyCheck)
        state.lastQuestion = Self.suicideQuestion
        return true
    }

    /// After "No" to a dialogue's check, or when the person carries on after the crisis response
    /// it opened: the dialogue goes on past the step that asked. Returns whether it did.
    func continueAfterScriptCheck(state: inout ConversationState, out: inout TurnBuilder) -> Bool {
        guard let frame = state.stack.last, let dialogue = library.dialogue(frame.dialogue),
            let node = dialogue.nodes[frame.node], node.effects.contains(.safetyCheck)
        else { return false }
        out.topic = dialogue.topic
        out.dialogue = dialogue.id
        out.node = node.id
        if follow(node, from: 0, state: &state, out: &out) { run(state: &state, out: &out) }
        return true
    }
}
