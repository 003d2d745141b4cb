extension CheckIn {
    /// What set a hard moment off.
    public enum Trigger: String, Sendable, Codable, CaseIterable {
        case stress, people, places, loneliness, boredom, hunger, tiredness, complacency, other

        /// Reads a trigger, forgiving case and a few everyday words; anything else is `other`.
        public init(lenient text: String) {
            let word = text.trimmingCharacters(in: .whitespaces).lowercased()
            switch word {
            case "stressed", "work", "pressure": self = .stress
            case "person", "someone", "friends", "family": self = .people
            case "place", "somewhere": self = .places
            case "lonely", "alone", "isolation": self = .loneliness
            case "bored": self = .boredom
            case "hungry": self = .hunger
            case "tired", "exhausted", "sleep": self = .tiredness
            case "complacent", "overconfident": self = .complacency
            default: self = Trigger(rawValue: word) ?? .other
            }
        }
    }
}
