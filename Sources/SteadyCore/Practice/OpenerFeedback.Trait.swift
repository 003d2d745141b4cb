extension OpenerFeedback {
    /// Something the feedback rules noticed in a message, good or worth changing.
    public enum Trait: String, Sendable, Hashable, CaseIterable, Codable {
        /// Says what they would like: a chat, help, a coffee, a call.
        case saysNeed = "says_need"
        /// Asks a question the other person can answer.
        case asksClearly = "asks_clearly"
        /// Names a time: tonight, this week, Saturday, at 6.
        case suggestsTime = "suggests_time"
        /// Speaks from "I" rather than about the other person.
        case speaksFromI = "speaks_from_i"
        /// Short enough to read and answer at a glance.
        case short
        /// More sorry than the message needs, or "I hate to bother you".
        case overApologises = "over_apologises"
        /// Calls themselves a mess, useless, annoying and the like.
        case putsSelfDown = "puts_self_down"
        /// Opens with blame: "you never call", "you always".
        case blames
        /// A refusal that says no plainly.
        case saysNoClearly = "says_no_clearly"
        /// A refusal with something else ready: a soda, another time.
        case offersAlternative = "offers_alternative"
        /// A rehearsed refusal that says yes instead: "go on then, just one".
        case acceptsOffer = "accepts_offer"
    }
}
