import Foundation

/// The person's safety plan (Stanley & Brown): seven short lists in their own words, used in
/// order when things get very hard.
public struct SafetyPlan: Sendable, Hashable {
    /// Every item, in section order and then by position.
    public private(set) var items: [Item]

    public init(items: [Item] = []) {
        self.items = items.sorted { left, right in
            let (l, r) = (Section.allCases.firstIndex(of: left.section) ?? 0, Section.allCases.firstIndex(of: right.section) ?? 0)
            if l != r { return l < r }
            return left.position != right.position ? left.position < right.position : left.id.uuidString < right.id.uuidString
        }
    }

    /// The items of one section, in order.
    public subscript(section: Section) -> [Item] { items.filter { $0.section == section } }

    /// The texts of one section, in order.
    public func texts(_ section: Section) -> [String] { self[section].map(\.text) }

    public var isEmpty: Bool { items.isEmpty }

    /// The longest item kept, in characters; longer answers are cut there.
    public static let maximumItemLength = 300
    /// The most items one section holds.
    public static let maximumItemsPerSection = 30

    /// The contact a `people` item names: the same name, or the name followed by more words
    /// ("Sam, my sponsor"). Nil when none matches.
    public static func contact(for item: String, in contacts: [SupportContact]) -> SupportContact? {
        let text = item.lowercased()
        return contacts.sorted { $0.name.count > $1.name.count }.first { contact in
            let name = contact.name.lowercased()
            guard !name.isEmpty, text.hasPrefix(name) else { return false }
            guard let next = text.dropFirst(name.count).first else { return true }
            return !next.isLetter && !next.isNumber
        }
    }
}
