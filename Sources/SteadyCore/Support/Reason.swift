import Foundation

/// One of the person's own reasons for recovery, in their words ("for my kids").
public struct Reason: Sendable, Hashable, Codable, Identifiable {
    /// Stable across export and import, so a reason is never duplicated.
    public var id: UUID
    public var text: String
    public var created: Date

    public init(id: UUID = UUID(), text: String, created: Date) {
        self.id = id
        self.text = text
        self.created = created
    }
}
