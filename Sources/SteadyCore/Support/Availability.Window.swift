extension Availability {
    /// Some days of the week, and a span of the day on each of them.
    ///
    /// A span whose end is before its start runs past midnight into the next day.
    public struct Window: Sendable, Hashable {
        public var days: Set<Weekday>
        /// Minutes after midnight, 0 to 1439.
        public var start: Int
        /// Minutes after midnight, 1 to 1440; before `start` when the span runs past midnight.
        public var end: Int

        public init(days: Set<Weekday>, start: Int = 0, end: Int = 1440) {
            self.days = days
            self.start = start
            self.end = end
        }

        public var isWholeDay: Bool { start == 0 && end == 1440 }

        /// Whether the window covers this minute of this day.
        public func contains(weekday: Weekday, minute: Int) -> Bool {
            if start < end {
                return days.contains(weekday) && minute >= start && minute < end
            }
            return (days.contains(weekday) && minute >= start) || (days.contains(weekday.previous) && minute < end)
        }

        /// Named spans of the day, as written and read.
        static let namedSpans: [(name: String, start: Int, end: Int)] = [
            ("mornings", 6 * 60, 12 * 60),
            ("afternoons", 12 * 60, 17 * 60),
            ("evenings", 17 * 60, 22 * 60),
            ("nights", 22 * 60, 6 * 60),
            ("daytime", 9 * 60, 17 * 60),
        ]

        var daysText: String {
            switch days {
            case Weekday.all: ""
            case Weekday.weekdays: "weekdays"
            case Weekday.weekend: "weekends"
            default: days.sorted().map(\.shortName).joined(separator: ",")
            }
        }

        var timeText: String {
            if isWholeDay { return "" }
            if let named = Self.namedSpans.first(where: { $0.start == start && $0.end == end }) { return named.name }
            return Self.clock(start) + "-" + Self.clock(end)
        }

        static func clock(_ minutes: Int) -> String {
            let hours = minutes / 60, rest = minutes % 60
            return (hours < 10 ? "0" : "") + String(hours) + ":" + (rest < 10 ? "0" : "") + String(rest)
        }

        /// The window as text that reads back to the same window.
        var text: String {
            switch (daysText, timeText) {
            case ("", ""): "any time"
            case ("", let time): time
            case (let days, ""): days
            case (let days, let time): days + " " + time
            }
        }
    }
}
