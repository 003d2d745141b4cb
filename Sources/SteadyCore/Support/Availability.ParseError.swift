extension Availability {
    /// Why a piece of text could not be read as a time window.
    public enum ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        /// Nothing was given.
        case empty
        /// A word that is neither days nor times.
        case unknownWord(String)
        /// A time that is not a time of day, such as "25:00" or "18:00-".
        case badTime(String)
        /// A range that starts and ends at the same time.
        case emptyRange(String)
        /// More than one time range in one window.
        case twoTimes(String)

        static let examples =
            "Try \"any time\", \"weekdays 18:00-22:00\", \"weekends\", \"mon,wed 09:00-17:00\" or \"evenings\"; join windows with \";\"."

        public var description: String {
            switch self {
            case .empty:
                "Say when they're usually around. " + Self.examples
            case .unknownWord(let word):
                "I couldn't read \"\(word)\" as days or times. " + Self.examples
            case .badTime(let text):
                "\"\(text)\" isn't a time range I can read; use 24-hour times like 18:00-22:00 (or 6pm-10pm)."
            case .emptyRange(let text):
                "\"\(text)\" starts and ends at the same time; for a whole day, just leave the time out."
            case .twoTimes(let text):
                "\"\(text)\" has two time ranges; put each in its own window, separated by \";\" (for example \"mon 09:00-12:00; mon 18:00-20:00\")."
            }
        }
    }
}
