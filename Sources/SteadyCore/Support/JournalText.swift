import Foundation

/// The journal as plain text for a person, at most 80 columns wide, with no colour.
public struct JournalText: Sendable {
    public static let width = 80
    /// Gives the time zone that dates are shown in.
    public var calendar: Calendar

    public init(calendar: Calendar) { self.calendar = calendar }

    public func render(_ journal: Journal) -> String {
        let weeks = journal.weeks == 1 ? "week" : "\(journal.weeks) weeks"
        guard journal.count > 0 else {
            let text = """
                No check-ins in the last \(weeks) yet.
                When you talk a hard moment through with Steady, it keeps a short note here: \
                how strong it was, what set it off and what helped.
                """
            return Self.wrap(text, Self.width).joined(separator: "\n")
        }
        var lines: [String] = []
        let times = journal.count == 1 ? "1 check-in" : "\(journal.count) check-ins"
        lines.append("Your journal: \(times) in the last \(weeks).")

        lines.append("")
        lines.append("Intensity, the highest each day (\(Sparkline.gap) = nothing noted)")
        if let first = journal.days.first, let last = journal.days.last {
            lines.append("  " + format(first.date, "d MMM") + "  " + journal.sparkline + "  " + format(last.date, "d MMM"))
        }

        lines.append("")
        lines.append("Recent check-ins")
        for checkIn in journal.recent {
            lines.append(fit("  " + describe(checkIn)))
            lines += noteLines(checkIn.note)
        }

        if !journal.copingDrops.isEmpty {
            lines.append("")
            lines.append("What helped (average drop in intensity)")
            for drop in journal.copingDrops {
                let name = String(drop.coping.prefix(40)).padding(toLength: 40, withPad: " ", startingAt: 0)
                let times = drop.count == 1 ? "once" : "\(drop.count) times"
                lines.append("  \(name) \(signed(drop.averageDrop))  (\(times))")
            }
        }
        if !journal.triggers.isEmpty {
            lines.append("")
            lines.append("What set things off")
            lines += tallyLines(journal.triggers)
        }
        if !journal.timesOfDay.isEmpty {
            lines.append("")
            lines.append("Times of day")
            lines += tallyLines(journal.timesOfDay)
        }
        lines.append("")
        if journal.reachedOutTo.isEmpty {
            lines.append(journal.reachedOutCount == 0
                ? "Reaching out: not yet in this period. One message to someone can make a hard moment lighter."
                : "You reached out to someone \(journal.reachedOutCount == 1 ? "once" : "\(journal.reachedOutCount) times").")
        } else {
            lines.append("People you reached out to")
            lines += tallyLines(journal.reachedOutTo)
        }
        if journal.lapses > 0 {
            lines.append("")
            lines.append("Lapses noted: \(journal.lapses). A lapse is one moment, not the whole road; you kept going.")
        }
        return lines.flatMap { $0.count > Self.width ? Self.wrap($0, Self.width) : [$0] }.joined(separator: "\n")
    }

    func describe(_ checkIn: CheckIn) -> String {
        var parts = [format(checkIn.time, "EEE d MMM HH:mm")]
        if let topic = checkIn.topic { parts.append(topic) }
        switch (checkIn.intensityBefore, checkIn.intensityAfter) {
        case (let before?, let after?): parts.append("\(before) -> \(after)")
        case (let before?, nil): parts.append("\(before)")
        case (nil, let after?): parts.append("-> \(after)")
        case (nil, nil): break
        }
        if let trigger = checkIn.trigger { parts.append(trigger.rawValue) }
        if let coping = checkIn.coping { parts.append(coping) }
        if let name = checkIn.reachedOutTo {
            parts.append("reached out to \(name)")
        } else if checkIn.reachedOut {
            parts.append("reached out")
        }
        if checkIn.lapse { parts.append("lapse") }
        return parts.joined(separator: "  ")
    }

    /// A check-in's note, whole, wrapped and indented under it: the person's own words are never cut.
    func noteLines(_ note: String?) -> [String] {
        guard let note, !note.isEmpty else { return [] }
        return Self.wrap(note, Self.width - 4).map { "    " + $0 }
    }

    func tallyLines(_ tallies: [Journal.Tally]) -> [String] {
        var lines: [String] = []
        var line = " "
        for tally in tallies {
            let item = " \(tally.label) \(tally.count)"
            if line.count + item.count + 2 > Self.width, line != " " {
                lines.append(line)
                line = " "
            }
            line += (line == " " ? "" : " ·") + item
        }
        lines.append(line)
        return lines
    }

    func signed(_ value: Double) -> String {
        let tenths = (value * 10).rounded() / 10
        let text = tenths == tenths.rounded() ? String(Int(tenths)) : String(tenths)
        return tenths > 0 ? "-" + text : tenths < 0 ? "+" + text.dropFirst() : "0"
    }

    func format(_ date: Date, _ pattern: String) -> String {
        calendar.formatter(pattern).string(from: date)
    }

    /// The text broken at spaces into lines of at most `width` characters.
    static func wrap(_ text: String, _ width: Int) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                if !line.isEmpty, line.count + 1 + word.count > width {
                    lines.append(line)
                    line = ""
                }
                line += (line.isEmpty ? "" : " ") + word
            }
            lines.append(line)
        }
        return lines
    }

    func fit(_ line: String) -> String {
        line.count <= Self.width ? line : String(line.prefix(Self.width - 3)) + "..."
    }
}
