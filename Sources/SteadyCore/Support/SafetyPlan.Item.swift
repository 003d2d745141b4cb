import Foundation

extension SafetyPlan {
    /// One line of the plan, in the person's words.
    public struct Item: Sendable, Hashable, Codable, Identifiable {
        /// Stable across export and import, so an item is never duplicated.
        public var id: UUID
        public var section: Section
        public var text: String
        /// Its place within the section, smallest first.
        public var position: Int
        public var created: Date

        public init(id: UUID = UUID(), section: Section, text: String, position: Int, created: Date) {
            self.id = id
            self.section = section
            self.text = text
            self.position = position
            self.created = created
        }
    }
}
