extension SafetyPlan {
    /// The seven parts of a Stanley-Brown safety plan, in the order they are used.
    public enum Section: String, Sendable, Hashable, Codable, CaseIterable {
        case warningSigns = "warning_signs"
        case coping
        case distractions
        case people
        case professionals
        case safeEnvironment = "safe_environment"
        case reasons

        /// The id as commands and the export name it: `warning_signs`, `coping`, ...
        public var id: String { rawValue }

        /// The heading a person reads.
        public var title: String {
            switch self {
            case .warningSigns: "Warning signs"
            case .coping: "Things I can do on my own"
            case .distractions: "People and places that take my mind off it"
            case .people: "People I can ask for help"
            case .professionals: "Professionals and crisis lines"
            case .safeEnvironment: "Making my surroundings safe"
            case .reasons: "My reasons for living and for my recovery"
            }
        }

        /// One sentence on why the part matters.
        public var why: String {
            switch self {
            case .warningSigns:
                "Knowing your own signs that things are getting worse tells you when to start using this plan."
            case .coping:
                "Small things you can do alone, wherever you are, can take the edge off before it builds."
            case .distractions:
                "Being around other people or somewhere different can shift your mind, even without talking about it."
            case .people:
                "When it's more than you can hold alone, these are the people you can tell and ask for help."
            case .professionals:
                "People whose job it is to help, day or night. Your region's crisis lines are on it already."
            case .safeEnvironment:
                "Putting distance between you and anything you could hurt yourself with is one of the strongest steps there is."
            case .reasons:
                "In the hardest moments it helps to see, in your own words, what you're living and recovering for."
            }
        }

        /// One or two examples of what people write.
        public var examples: String {
            switch self {
            case .warningSigns: "staying in bed all day, not answering my phone, skipping meals"
            case .coping: "a cold shower, a walk round the block, box breathing, my playlist"
            case .distractions: "the library, my sister's kitchen, the Thursday meeting"
            case .people: "Sam, my sponsor, and Mum"
            case .professionals: "my GP Dr Okafor, my counsellor at the clinic, the Monday group"
            case .safeEnvironment: "Jo keeps my medication, no alcohol in the house"
            case .reasons: "my kids, seeing the sea again, staying sober for a year"
            }
        }

        /// The question that asks for this part.
        public var question: String {
            switch self {
            case .warningSigns: "What tells you a hard time may be starting: thoughts, feelings or things you do?"
            case .coping: "What can you do on your own to feel a little better, even for a while?"
            case .distractions: "Which people or places help take your mind off things?"
            case .people: "Who could you ask for help when it gets really hard?"
            case .professionals: "Is there a GP, counsellor, service or group you'd add?"
            case .safeEnvironment: "What could you do to keep yourself safe at home, or who could help with that?"
            case .reasons: "What are your reasons for living and for your recovery?"
            }
        }

        /// The section named by its id, or nil.
        public init?(id: String) {
            self.init(rawValue: id.lowercased().replacingOccurrences(of: "-", with: "_"))
        }

        /// Every id, for usage messages.
        public static var ids: String { allCases.map(\.rawValue).joined(separator: ", ") }
    }
}
