import Foundation

/// Orders support contacts for a moment of need.
///
/// First those who give the kind of support asked for, then those usually around now, then
/// those the person has not reached out to for longest (never first), which keeps every
/// relationship alive rather than leaning on one person. Ties go by name.
public struct SuggestionRanker: Sendable {
    /// Gives the weekday and time of day of a moment, in the person's time zone.
    public var calendar: Calendar

    public init(calendar: Calendar) { self.calendar = calendar }

    /// All the contacts, best suggestion first.
    public func rank(_ contacts: [SupportContact], support: SupportKind?, at now: Date) -> [Suggestion] {
        let suggestions = contacts.map { contact in
            let gives: Bool? = if let support {
                contact.supports.isEmpty ? nil : contact.supports.contains(support)
            } else {
                true
            }
            return Suggestion(contact: contact, givesSupport: gives,
                              availableNow: contact.availability.isAvailable(at: now, calendar: calendar))
        }
        return suggestions.sorted { left, right in
            if left.supportScore != right.supportScore { return left.supportScore > right.supportScore }
            if left.availabilityScore != right.availabilityScore {
                return left.availabilityScore > right.availabilityScore
            }
            let leftLast = left.contact.lastContacted ?? .distantPast
            let rightLast = right.contact.lastContacted ?? .distantPast
            if leftLast != rightLast { return leftLast < rightLast }
            return left.contact.name.localizedCaseInsensitiveCompare(right.contact.name) == .orderedAscending
        }
    }
}
