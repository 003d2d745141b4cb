import Foundation

extension Calendar {
    /// A formatter for `pattern` in this calendar and its time zone, in fixed English: what every
    /// date a person reads in Steady (journal, practice, contacts) is written with.
    public func formatter(_ pattern: String) -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.calendar = self
        formatter.timeZone = timeZone
        formatter.dateFormat = pattern
        return formatter
    }
}
