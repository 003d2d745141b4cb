extension ConversationState {
    /// A question Steady asked about the person's last message, in the middle of a dialogue,
    /// waiting for their answer before the dialogue goes on. The step's own question stays in
    /// ``ConversationState/lastQuestion``, to ask again.
    public enum Pending: Sendable, Codable, Hashable {
        /// A scale answer read from words ("pretty high"): the value to confirm.
        case estimate(value: Int)
        /// A message that seemed to belong to another dialogue: whether to switch to it (by the
        /// trigger it matched, with what that caught, reflected) or to finish this one first.
        case switchTo(dialogue: String, trigger: String, captures: [String])
    }
}
