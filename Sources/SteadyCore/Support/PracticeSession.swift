import Foundation

/// One rehearsal of reaching out: a message or a call practised before the real thing.
public struct PracticeSession: Sendable, Hashable, Codable, Identifiable {
    /// Stable across export and import, so a session is never duplicated.
    public var id: UUID
    public var time: Date
    /// What was practised, such as "ask-for-help" or "after-a-long-silence".
    public var scenario: String
    /// Who the person was practising for, when they said.
    public var contact: String?
    /// How confident they felt before and after, 0 to 10.
    public var confidenceBefore: Int?
    public var confidenceAfter: Int?
    /// How the other person answered in the rehearsal: warm, busy, awkward, question, no reply.
    public var response: String?
    /// Whether the person said they sent the message for real.
    public var reachedOut: Bool?

    public init(
        id: UUID = UUID(), time: Date, scenario: String, contact: String? = nil,
        confidenceBefore: Int? = nil, confidenceAfter: Int? = nil, response: String? = nil, reachedOut: Bool? = nil
    ) {
        self.response = response
        self.reachedOut = reachedOut
        self.id = id
        self.time = time
        self.scenario = scenario
        self.contact = contact
        self.confidenceBefore = confidenceBefore
        self.confidenceAfter = confidenceAfter
    }
}
