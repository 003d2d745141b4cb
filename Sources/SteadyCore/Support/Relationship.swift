/// Who a support contact is to the person.
public enum Relationship: String, Sendable, Codable, CaseIterable {
    case friend, family, sponsor, peer, counsellor, therapist, group

    /// Reads a relationship, forgiving case and American spelling ("counselor").
    public init(parsing text: String) throws(ContactError) {
        let word = text.trimmingCharacters(in: .whitespaces).lowercased()
        switch word {
        case "counselor": self = .counsellor
        case "friends": self = .friend
        case "peer support", "peer worker": self = .peer
        case "support group", "meeting": self = .group
        default:
            guard let relationship = Relationship(rawValue: word) else {
                throw .unknownRelationship(text.trimmingCharacters(in: .whitespaces))
            }
            self = relationship
        }
    }
}
