import Foundation

/// Fixed dates and a fixed calendar, so tests never depend on the machine's clock or zone.
public enum TestClock {
    public static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar
    }()

    /// A moment written as "2025-06-02 18:30" (UTC). 2 June 2025 is a Monday.
    public static func date(_ text: String) -> Date {
        let parts = text.split(whereSeparator: { "- :".contains($0) }).compactMap { Int($0) }
        var components = DateComponents()
        components.year = parts[0]
        components.month = parts[1]
        components.day = parts[2]
        components.hour = parts.count > 3 ? parts[3] : 0
        components.minute = parts.count > 4 ? parts[4] : 0
        return calendar.date(from: components)!
    }

    /// A fresh folder under the temporary directory.
    public static func temporaryFolder() -> String {
        let path = NSTemporaryDirectory() + "steady-store-tests-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
