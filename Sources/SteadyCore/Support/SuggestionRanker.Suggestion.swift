extension SuggestionRanker {
    /// A contact as a suggestion, with what made it rank where it did.
    public struct Suggestion: Sendable, Hashable {
        public var contact: SupportContact
        /// Whether they give the kind of support asked for; nil when the person has not said what they give.
        public var givesSupport: Bool?
        /// Whether they are usually around now; nil when the person has not said.
        public var availableNow: Bool?

        public init(contact: SupportContact, givesSupport: Bool?, availableNow: Bool?) {
            self.contact = contact
            self.givesSupport = givesSupport
            self.availableNow = availableNow
        }

        var supportScore: Int { givesSupport.map { $0 ? 2 : 0 } ?? 1 }
        var availabilityScore: Int { availableNow.map { $0 ? 2 : 0 } ?? 1 }
    }
}
