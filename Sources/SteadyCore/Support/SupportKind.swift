/// One of the three kinds of social support a person can give.
public enum SupportKind: String, Sendable, Codable, CaseIterable, Comparable {
    /// Listening, comfort, encouragement.
    case emotional
    /// Help with a task: a lift, a meal, company for an errand.
    case practical
    /// Advice, facts, knowing where to go next.
    case information

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }

    /// Reads one kind, forgiving case, spaces and a few everyday words ("info", "advice").
    public init(parsing text: String) throws(ContactError) {
        let word = text.trimmingCharacters(in: .whitespaces).lowercased()
        switch word {
        case "emotional", "emotion", "emotions", "listening", "comfort": self = .emotional
        case "practical", "practice", "help", "hands-on": self = .practical
        case "information", "info", "informational", "advice": self = .information
        default: throw .unknownSupport(text.trimmingCharacters(in: .whitespaces))
        }
    }

    /// Reads a comma-separated list such as "emotional,practical".
    public static func parseList(_ text: String) throws(ContactError) -> Set<SupportKind> {
        var kinds = Set<SupportKind>()
        for part in text.split(separator: ",", omittingEmptySubsequences: false) {
            let word = part.trimmingCharacters(in: .whitespaces)
            if word.isEmpty {
                if text.trimmingCharacters(in: .whitespaces).isEmpty { throw .unknownSupport("") }
                continue
            }
            kinds.insert(try SupportKind(parsing: word))
        }
        return kinds
    }

    /// The kinds as text, in a fixed order, such as "emotional, practical".
    public static func listText(_ kinds: Set<SupportKind>) -> String {
        kinds.sorted().map(\.rawValue).joined(separator: ", ")
    }
}
