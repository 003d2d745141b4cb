import Foundation

/// What the person's check-ins show: recent moments, the trend, what helped, and when and
/// why hard moments come.
public struct Journal: Sendable, Hashable {
    /// Newest first.
    public var recent: [CheckIn]
    /// One entry per day of the period, oldest first, ending today.
    public var days: [Day]
    /// Coping steps by average drop in intensity, biggest drop first.
    public var copingDrops: [CopingDrop]
    /// Trigger names, most common first.
    public var triggers: [Tally]
    /// Parts of the day (see `TimeOfDay`), most common first.
    public var timesOfDay: [Tally]
    /// People reached out to by name, most often first.
    public var reachedOutTo: [Tally]
    /// Check-ins in the period.
    public var count: Int
    /// Check-ins in the period where the person reached out to someone.
    public var reachedOutCount: Int
    /// Lapses in the period.
    public var lapses: Int
    /// Weeks covered.
    public var weeks: Int

    /// Figures over the check-ins in the `weeks` up to and including today.
    public init(checkIns: [CheckIn], now: Date, calendar: Calendar, weeks: Int = 4, recentLimit: Int = 5) {
        let weeks = Swift.max(1, weeks)
        let today = calendar.startOfDay(for: now)
        let first = calendar.date(byAdding: .day, value: -(weeks * 7 - 1), to: today) ?? today
        let inPeriod = checkIns
            .filter { $0.time >= first && $0.time <= now }
            .sorted { $0.time != $1.time ? $0.time > $1.time : $0.id.uuidString < $1.id.uuidString }
        self.weeks = weeks
        count = inPeriod.count
        recent = Array(inPeriod.prefix(Swift.max(0, recentLimit)))
        lapses = inPeriod.filter(\.lapse).count
        reachedOutCount = inPeriod.filter(\.reachedOut).count

        var peaks: [Date: Int] = [:]
        for checkIn in inPeriod {
            let values = [checkIn.intensityBefore, checkIn.intensityAfter].compactMap { $0 }
            guard let high = values.max() else { continue }
            let day = calendar.startOfDay(for: checkIn.time)
            peaks[day] = Swift.max(peaks[day] ?? high, high)
        }
        days = (0..<(weeks * 7)).compactMap { offset in
            calendar.date(byAdding: .day, value: offset, to: first).map { Day(date: $0, peak: peaks[$0]) }
        }

        let chronological = inPeriod.reversed()
        var drops: [String: [Int]] = [:]
        var copingOrder: [String] = []
        for checkIn in chronological {
            guard let coping = checkIn.coping, let drop = checkIn.drop else { continue }
            if drops[coping] == nil { copingOrder.append(coping) }
            drops[coping, default: []].append(drop)
        }
        copingDrops = copingOrder.compactMap { coping in
            guard let values = drops[coping], !values.isEmpty else { return nil }
            return CopingDrop(coping: coping, averageDrop: Double(values.reduce(0, +)) / Double(values.count),
                              count: values.count)
        }.enumerated().sorted { left, right in
            left.element.averageDrop != right.element.averageDrop
                ? left.element.averageDrop > right.element.averageDrop : left.offset < right.offset
        }.map(\.element)

        triggers = Tally.count(chronological.compactMap { $0.trigger?.rawValue })
        timesOfDay = Tally.count(chronological.map {
            TimeOfDay(hour: calendar.component(.hour, from: $0.time)).rawValue
        })
        reachedOutTo = Tally.count(chronological.compactMap(\.reachedOutTo))
    }

    /// The daily peaks as a sparkline, one character per day.
    public var sparkline: String { Sparkline.line(days.map { $0.peak.map(Double.init) }) }
}
