import Foundation

/// When a support contact is usually around: simple weekly windows, or "any time".
///
/// Written and read as text: "any time", "weekdays 18:00-22:00", "weekends",
/// "mon,wed 09:00-17:00", "evenings", several joined with ";". No windows means the person
/// has not said.
public struct Availability: Sendable, Hashable, CustomStringConvertible {
    public var windows: [Window]

    public init(windows: [Window]) { self.windows = windows }

    /// Not said.
    public static let unstated = Availability(windows: [])
    /// Every day, all day.
    public static let anyTime = Availability(windows: [Window(days: Weekday.all)])

    public var isStated: Bool { !windows.isEmpty }

    /// The windows as text that reads back to the same availability; empty when not said.
    public var description: String { windows.map(\.text).joined(separator: "; ") }

    /// Whether the contact is usually around at this moment; nil when the person has not said.
    public func isAvailable(at date: Date, calendar: Calendar) -> Bool? {
        guard isStated else { return nil }
        let parts = calendar.dateComponents([.weekday, .hour, .minute], from: date)
        guard let weekday = parts.weekday.flatMap(Weekday.init(rawValue:)) else { return nil }
        let minute = (parts.hour ?? 0) * 60 + (parts.minute ?? 0)
        return windows.contains { $0.contains(weekday: weekday, minute: minute) }
    }

    /// Reads availability text; an empty text means not said.
    public init(parsing text: String) throws(ParseError) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty {
            self = .unstated
            return
        }
        var windows: [Window] = []
        for part in trimmed.split(separator: ";") {
            let piece = part.trimmingCharacters(in: .whitespaces)
            if piece.isEmpty { continue }
            windows.append(try Self.parseWindow(piece))
        }
        guard !windows.isEmpty else { throw .empty }
        self.windows = windows
    }

    static func parseWindow(_ text: String) throws(ParseError) -> Window {
        var normalized = " " + text.lowercased() + " "
        for (phrase, token) in [
            ("every day", "daily"), ("each day", "daily"), ("everyday", "daily"), ("any day", "daily"),
            ("any time", "anytime"), ("all day", "anytime"), ("24/7", "anytime"), ("always", "anytime"),
            ("whenever", "anytime"), (" to ", "-"), (" until ", "-"), (" till ", "-"),
        ] {
            normalized = normalized.replacingOccurrences(of: phrase, with: token)
        }
        while normalized.contains(" ,") || normalized.contains(", ") || normalized.contains(" -")
                || normalized.contains("- ") {
            normalized = normalized.replacingOccurrences(of: " ,", with: ",")
                .replacingOccurrences(of: ", ", with: ",")
                .replacingOccurrences(of: " -", with: "-")
                .replacingOccurrences(of: "- ", with: "-")
        }
        var days: Set<Weekday>?
        var span: (start: Int, end: Int)?
        for token in normalized.split(separator: " ").map(String.init) {
            if ["on", "at", "from", "every", "usually", "most", "in", "the"].contains(token) { continue }
            if let found = parseDays(token) {
                days = (days ?? []).union(found)
                continue
            }
            if let found = try parseSpan(token, original: text) {
                guard span == nil else { throw .twoTimes(text) }
                span = found
                continue
            }
            throw .unknownWord(token)
        }
        guard days != nil || span != nil else { throw .empty }
        let (start, end) = span ?? (0, 1440)
        return Window(days: days ?? Weekday.all, start: start, end: end)
    }

    /// Reads "weekdays", "weekends", "daily", "mon", "mon,wed" or "mon-fri".
    static func parseDays(_ token: String) -> Set<Weekday>? {
        switch token {
        case "daily": return Weekday.all
        case "weekdays", "weekday": return Weekday.weekdays
        case "weekends", "weekend": return Weekday.weekend
        default: break
        }
        var days = Set<Weekday>()
        for item in token.split(separator: ",", omittingEmptySubsequences: true) {
            let ends = item.split(separator: "-", omittingEmptySubsequences: false)
            if ends.count == 1, let day = Weekday(name: String(item)) {
                days.insert(day)
            } else if ends.count == 2, let first = Weekday(name: String(ends[0])),
                      let last = Weekday(name: String(ends[1])) {
                var day = first
                days.insert(day)
                while day != last {
                    day = Weekday(rawValue: day.rawValue % 7 + 1) ?? .sunday
                    days.insert(day)
                }
            } else {
                return nil
            }
        }
        return days.isEmpty ? nil : days
    }

    /// Reads "anytime", a named span such as "evenings", or a range such as "18:00-22:00" or "6pm-10pm".
    ///
    /// Returns nil when the token does not look like a time at all.
    static func parseSpan(_ token: String, original: String) throws(ParseError) -> (start: Int, end: Int)? {
        if token == "anytime" { return (0, 1440) }
        if let named = Window.namedSpans.first(where: { $0.name == token || $0.name.dropLast() == token }) {
            return (named.start, named.end)
        }
        guard let first = token.first, first.isNumber else { return nil }
        let ends = token.split(separator: "-", omittingEmptySubsequences: false)
        guard ends.count == 2,
              let start = clockMinutes(String(ends[0])), let end = clockMinutes(String(ends[1]))
        else { throw .badTime(token) }
        var endMinute = end.minutes
        // "9-5" means nine to five in the day, not an overnight shift.
        if !start.explicit, !end.explicit, endMinute < start.minutes, endMinute + 720 > start.minutes {
            endMinute += 720
        }
        if start.minutes == 1440 { throw .badTime(token) }
        if endMinute == 0 { endMinute = 1440 }
        guard start.minutes != endMinute else { throw .emptyRange(token) }
        return (start.minutes, endMinute)
    }

    /// Reads "18", "18:30", "6pm", "6:30am" or "24:00" as minutes after midnight.
    ///
    /// `explicit` is true when the text leaves no doubt about morning or afternoon.
    static func clockMinutes(_ text: String) -> (minutes: Int, explicit: Bool)? {
        var body = Substring(text)
        var meridiem: String?
        for suffix in ["am", "pm", "a", "p"] where body.hasSuffix(suffix) {
            meridiem = String(suffix.prefix(1))
            body = body.dropLast(suffix.count)
            break
        }
        let pieces = body.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(pieces.count), pieces.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }),
              let hour = Int(pieces[0]), pieces[0].count <= 2
        else { return nil }
        var minute = 0
        if pieces.count == 2 {
            guard pieces[1].count == 2, let parsed = Int(pieces[1]), (0..<60).contains(parsed) else { return nil }
            minute = parsed
        }
        if let meridiem {
            guard (1...12).contains(hour) else { return nil }
            let hour24 = (hour % 12) + (meridiem == "p" ? 12 : 0)
            return (hour24 * 60 + minute, true)
        }
        guard (0...24).contains(hour), hour < 24 || minute == 0 else { return nil }
        let written24Hour = hour == 0 || hour > 12 || pieces[0].hasPrefix("0")
        return (hour * 60 + minute, written24Hour)
    }
}

extension Availability: Codable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        do {
            self = try Availability(parsing: text)
        } catch {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: error.description))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
