import SteadyCore

extension ChatSession {
    /// Starts the conversation from an opening the caller made, such as a practice scenario's
    /// first step or the list of scenarios, instead of the usual greeting.
    mutating func open(_ opening: Turn, state: ConversationState) {
        self.state = state
        show(opening)
    }
}
