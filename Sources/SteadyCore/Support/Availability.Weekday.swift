extension Availability {
    /// A day of the week, numbered as `Calendar` numbers them (Sunday is 1).
    public enum Weekday: Int, Sendable, Codable, CaseIterable, Comparable {
        case sunday = 1, monday, tuesday, wednesday, thursday, friday, saturday

        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.mondayFirst < rhs.mondayFirst }

        /// Position in a week that starts on Monday, from 0.
        var mondayFirst: Int { (rawValue + 5) % 7 }

        /// Three-letter name, such as "mon".
        public var shortName: String {
            switch self {
            case .sunday: "sun"
            case .monday: "mon"
            case .tuesday: "tue"
            case .wednesday: "wed"
            case .thursday: "thu"
            case .friday: "fri"
            case .saturday: "sat"
            }
        }

        /// The day before.
        public var previous: Weekday { Weekday(rawValue: rawValue == 1 ? 7 : rawValue - 1) ?? .saturday }

        public static let weekdays: Set<Weekday> = [.monday, .tuesday, .wednesday, .thursday, .friday]
        public static let weekend: Set<Weekday> = [.saturday, .sunday]
        public static let all = Set(allCases)

        /// Reads a day name in full, plural or cut short to three letters or more ("mon", "tues", "sundays").
        init?(name: String) {
            var word = name.lowercased()
            if word.count > 3, word.hasSuffix("s"), !word.hasSuffix("tues"), !word.hasSuffix("thurs") {
                word.removeLast()
            }
            guard word.count >= 3,
                  let match = Weekday.allCases.first(where: { $0.fullName.hasPrefix(word) })
            else { return nil }
            self = match
        }

        var fullName: String {
            switch self {
            case .sunday: "sunday"
            case .monday: "monday"
            case .tuesday: "tuesday"
            case .wednesday: "wednesday"
            case .thursday: "thursday"
            case .friday: "friday"
            case .saturday: "saturday"
            }
        }
    }
}
