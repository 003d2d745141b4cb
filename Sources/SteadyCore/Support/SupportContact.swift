import Foundation

/// Someone in the person's own life who can help, and how and when to reach them.
public struct SupportContact: Sendable, Hashable, Codable, Identifiable {
    /// Stable across export and import, so a contact is never duplicated.
    public var id: UUID
    public var name: String
    /// How to reach them, in the person's words: a number, "text", "at the Tuesday meeting".
    public var reach: String
    public var relationship: Relationship?
    public var supports: Set<SupportKind>
    public var availability: Availability
    public var notes: String
    /// When the person last reached out to them.
    public var lastContacted: Date?

    /// The longest name accepted, in characters.
    public static let maxNameLength = 80

    public init(
        id: UUID = UUID(), name: String, reach: String = "", relationship: Relationship? = nil,
        supports: Set<SupportKind> = [], availability: Availability = .unstated, notes: String = "",
        lastContacted: Date? = nil
    ) {
        self.id = id
        self.name = name
        self.reach = reach
        self.relationship = relationship
        self.supports = supports
        self.availability = availability
        self.notes = notes
        self.lastContacted = lastContacted
    }

    /// The contact with its name tidied, or why it cannot be kept.
    public func validated() throws(ContactError) -> SupportContact {
        var contact = self
        contact.name = name.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        contact.reach = reach.trimmingCharacters(in: .whitespacesAndNewlines)
        contact.notes = notes.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !contact.name.isEmpty else { throw .emptyName }
        guard contact.name.count <= Self.maxNameLength else { throw .nameTooLong(Self.maxNameLength) }
        return contact
    }

    enum CodingKeys: String, CodingKey {
        case id, name, reach, relationship, supports, availability, notes, lastContacted
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encode(reach, forKey: .reach)
        try container.encodeIfPresent(relationship, forKey: .relationship)
        try container.encode(supports.sorted(), forKey: .supports)
        try container.encode(availability, forKey: .availability)
        try container.encode(notes, forKey: .notes)
        try container.encodeIfPresent(lastContacted, forKey: .lastContacted)
    }
}
