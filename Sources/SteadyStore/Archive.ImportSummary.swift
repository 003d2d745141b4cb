extension Archive {
    /// What an import added, and what was already there.
    public struct ImportSummary: Sendable, Equatable, CustomStringConvertible {
        public var contactsAdded = 0
        public var checkInsAdded = 0
        public var reasonsAdded = 0
        public var practiceSessionsAdded = 0
        public var settingsAdded = 0
        public var planItemsAdded = 0
        public var conversationRestored = false
        /// Records skipped because they, or a contact of the same name, were already there.
        public var alreadyThere = 0

        public init() {}

        public var description: String {
            func count(_ number: Int, _ one: String, _ many: String) -> String? {
                number == 0 ? nil : "\(number) \(number == 1 ? one : many)"
            }
            let added = [
                count(contactsAdded, "contact", "contacts"), count(checkInsAdded, "check-in", "check-ins"),
                count(reasonsAdded, "reason", "reasons"),
                count(practiceSessionsAdded, "practice session", "practice sessions"),
                count(settingsAdded, "setting", "settings"),
                count(planItemsAdded, "safety plan item", "safety plan items"),
                conversationRestored ? "the conversation in progress" : nil,
            ].compactMap { $0 }
            var text = added.isEmpty ? "Nothing new to import." : "Imported " + Self.list(added) + "."
            if alreadyThere > 0 {
                text += " \(alreadyThere) \(alreadyThere == 1 ? "record was" : "records were") already here and left as they were."
            }
            return text
        }

        static func list(_ items: [String]) -> String {
            guard let last = items.last else { return "" }
            return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " and " + last
        }
    }
}
