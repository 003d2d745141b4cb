extension OpenerFeedback {
    /// What the message is for, which decides what good looks like.
    public enum Purpose: String, Sendable, Hashable, CaseIterable, Codable {
        /// Reaching out: an opener, or a reply that keeps a conversation going.
        case opener
        /// Saying no: to a drink, an offer, a request.
        case refusal
    }
}
