import Foundation

/// The practice part of the journal: what was rehearsed, how it went, whether they reached out.
public struct PracticeText: Sendable {
    public var calendar: Calendar

    public init(calendar: Calendar) { self.calendar = calendar }

    /// Lines for the most recent sessions, newest first, or nil when there are none.
    public func render(_ sessions: [PracticeSession], limit: Int = 8) -> String? {
        guard !sessions.isEmpty else { return nil }
        let formatter = calendar.formatter("EEE d MMM")
        var lines = ["Practice"]
        for session in sessions.sorted(by: { $0.time > $1.time }).prefix(limit) {
            var line = "  \(formatter.string(from: session.time))  \(session.scenario.replacingOccurrences(of: "scenario-", with: ""))"
            if let contact = session.contact { line += " with \(contact)" }
            if let response = session.response { line += ", they were \(response)" }
            switch session.reachedOut {
            case true?: line += "; you reached out"
            case false?: line += "; not sent yet"
            case nil: break
            }
            lines.append(String(line.prefix(80)))
        }
        let reached = sessions.filter { $0.reachedOut == true }.count
        lines.append("  \(sessions.count) practised, \(reached) sent for real.")
        return lines.joined(separator: "\n")
    }
}
