import Foundation
import SteadyCore

/// The journal as a printable page: intensity before and after over time as an SVG chart, the
/// coping steps that helped most, and practice sessions with how they went.
struct JournalHTML {
    var journal: Journal
    /// The check-ins of the period, any order.
    var checkIns: [CheckIn]
    var practice: [PracticeSession]
    var calendar: Calendar
    var now: Date

    func document() -> String {
        var body = ["<main>", "<h1>My journal</h1>"]
        body.append("<p class=\"lead\">The last \(journal.weeks == 1 ? "week" : "\(journal.weeks) weeks"): "
            + "\(journal.count == 1 ? "one check-in" : "\(journal.count) check-ins"), "
            + "reached out \(journal.reachedOutCount == 1 ? "once" : "\(journal.reachedOutCount) times").</p>")
        body.append("<section><h2>How strong it was, before and after</h2>")
        body.append(chart())
        body.append("</section>")
        body.append("<section><h2>What helped most</h2>")
        if journal.copingDrops.isEmpty {
            body.append("<p class=\"empty\">Nothing to compare yet: when you rate how strong it is before and after a step, it shows here.</p>")
        } else {
            body.append("<table><thead><tr><th>Coping step</th><th>Average drop</th><th>Times</th></tr></thead><tbody>")
            for drop in journal.copingDrops.prefix(8) {
                body.append("<tr><td>\(HTMLPage.escape(drop.coping.replacingOccurrences(of: "-", with: " ")))</td>"
                    + "<td>\(String(format: "%.1f", drop.averageDrop)) points</td><td>\(drop.count)</td></tr>")
            }
            body.append("</tbody></table>")
        }
        body.append("</section>")
        let notes = checkIns.filter { $0.note != nil }.sorted { $0.time > $1.time }
        if !notes.isEmpty {
            body.append("<section><h2>What you wrote</h2>")
            let formatter = calendar.formatter("EEE d MMM HH:mm")
            for checkIn in notes {
                let title = [formatter.string(from: checkIn.time), checkIn.coping?.replacingOccurrences(of: "-", with: " ")]
                    .compactMap { $0 }.joined(separator: ", ")
                let text = (checkIn.note ?? "").split(separator: "\n", omittingEmptySubsequences: false)
                    .map { HTMLPage.escape(String($0)) }.joined(separator: "<br>")
                body.append("<h3>\(HTMLPage.escape(title))</h3><p>\(text)</p>")
            }
            body.append("</section>")
        }
        body.append("<section><h2>Practice</h2>")
        body.append(practiceTable())
        body.append("</section>")
        body.append("<p class=\"footer\">Made with Steady on your own computer. Nothing in it has left this machine.</p>")
        body.append("</main>")
        return HTMLPage(title: "My journal", style: Self.style, body: body.joined(separator: "\n")).document
    }

    /// Intensity before (filled dots) and after (rings) each check-in, over the period, 0 to 10.
    func chart() -> String {
        let rated = checkIns.filter { $0.intensityBefore != nil || $0.intensityAfter != nil }.sorted { $0.time < $1.time }
        guard !rated.isEmpty, let start = journal.days.first?.date else {
            return "<p class=\"empty\">No ratings yet in this period.</p>"
        }
        let (width, height, left, right, top, bottom) = (640.0, 240.0, 34.0, 12.0, 12.0, 30.0)
        let end = max(now.timeIntervalSince(start), 1)
        func x(_ date: Date) -> Double { left + (width - left - right) * min(1, max(0, date.timeIntervalSince(start) / end)) }
        func y(_ value: Int) -> Double { top + (height - top - bottom) * (1 - Double(min(10, max(0, value))) / 10) }
        func f(_ value: Double) -> String { String(format: "%.1f", value) }
        var svg = ["<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-labelledby=\"chart-title\">",
                   "<title id=\"chart-title\">Intensity before and after each check-in, 0 to 10</title>"]
        for value in stride(from: 0, through: 10, by: 2) {
            svg.append("<line class=\"grid\" x1=\"\(f(left))\" x2=\"\(f(width - right))\" y1=\"\(f(y(value)))\" y2=\"\(f(y(value)))\"/>")
            svg.append("<text class=\"axis\" x=\"\(f(left - 6))\" y=\"\(f(y(value) + 4))\" text-anchor=\"end\">\(value)</text>")
        }
        let formatter = calendar.formatter("d MMM")
        for (index, day) in journal.days.enumerated() where index % 7 == 0 {
            svg.append("<text class=\"axis\" x=\"\(f(x(day.date)))\" y=\"\(f(height - 10))\" text-anchor=\"middle\">\(HTMLPage.escape(formatter.string(from: day.date)))</text>")
        }
        for checkIn in rated {
            let cx = x(checkIn.time)
            if let before = checkIn.intensityBefore, let after = checkIn.intensityAfter {
                svg.append("<line class=\"drop\" x1=\"\(f(cx))\" x2=\"\(f(cx))\" y1=\"\(f(y(before)))\" y2=\"\(f(y(after)))\"/>")
            }
            if let before = checkIn.intensityBefore {
                svg.append("<circle class=\"before\" cx=\"\(f(cx))\" cy=\"\(f(y(before)))\" r=\"4\"/>")
            }
            if let after = checkIn.intensityAfter {
                svg.append("<circle class=\"after\" cx=\"\(f(cx))\" cy=\"\(f(y(after)))\" r=\"4\"/>")
            }
        }
        svg.append("</svg>")
        let legend = "<p class=\"legend\"><span class=\"key before\"></span> before &nbsp; <span class=\"key after\"></span> after a coping step</p>"
        return "<figure>" + svg.joined(separator: "\n") + legend + "</figure>"
    }

    func practiceTable() -> String {
        guard !practice.isEmpty else {
            return "<p class=\"empty\">No practice yet. Rehearsing a message first makes sending it easier: try steady practice.</p>"
        }
        let formatter = calendar.formatter("EEE d MMM")
        var rows = ["<table><thead><tr><th>When</th><th>What</th><th>With</th><th>How they answered</th><th>Confidence after</th><th>Sent for real</th></tr></thead><tbody>"]
        for session in practice.sorted(by: { $0.time > $1.time }).prefix(12) {
            let sent = session.reachedOut.map { $0 ? "yes" : "not yet" } ?? ""
            let cells = [formatter.string(from: session.time), session.scenario.replacingOccurrences(of: "-", with: " "),
                         session.contact ?? "", session.response ?? "", session.confidenceAfter.map { "\($0) of 10" } ?? "", sent]
            rows.append("<tr>" + cells.map { "<td>\(HTMLPage.escape($0))</td>" }.joined() + "</tr>")
        }
        rows.append("</tbody></table>")
        let reached = practice.filter { $0.reachedOut == true }.count
        rows.append("<p>\(practice.count) practised, \(reached) sent for real.</p>")
        return rows.joined(separator: "\n")
    }

    static let style = """
        section { margin: 0 0 1.4rem; }
        figure { margin: 0; }
        svg { width: 100%; height: auto; display: block; }
        .grid { stroke: #dfe7ea; stroke-width: 1; }
        .axis { font-size: 11px; fill: #5b6d73; font-family: inherit; }
        .drop { stroke: #9bb8c2; stroke-width: 2; }
        circle.before { fill: #c8553d; }
        circle.after { fill: #fff; stroke: #1f7a6d; stroke-width: 2.5; }
        .legend { font-size: .85rem; color: #44575e; margin: .3rem 0 0; }
        .key { display: inline-block; width: .7rem; height: .7rem; border-radius: 50%; vertical-align: middle; }
        .key.before { background: #c8553d; }
        .key.after { border: 2px solid #1f7a6d; box-sizing: border-box; }
        table { border-collapse: collapse; width: 100%; font-size: .9rem; }
        th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #dfe7ea; }
        th { color: #1f4e5f; }
        """
}
