import Foundation
import GRDB
import SteadyCore

extension Store {
    /// Keeps a check-in; recording the same one twice keeps it once.
    ///
    /// When it names a contact the person reached out to, that contact's last-contacted date moves on.
    public func record(_ checkIn: CheckIn) throws(StoreError) {
        let valid: CheckIn
        do {
            valid = try checkIn.validated()
        } catch {
            throw .checkIn(error)
        }
        try write { db in
            try valid.insert(in: db)
            if let name = valid.reachedOutTo {
                _ = try Self.markContacted(name: name, at: valid.time, in: db)
            }
        }
    }

    /// Check-ins from `since` on (all when nil), oldest first.
    public func checkIns(since: Date? = nil) throws(StoreError) -> [CheckIn] {
        try read { db in
            let rows = if let since {
                try Row.fetchAll(db, sql: "SELECT * FROM checkins WHERE time >= ? ORDER BY time, id", arguments: [since])
            } else {
                try Row.fetchAll(db, sql: "SELECT * FROM checkins ORDER BY time, id")
            }
            return try rows.map(CheckIn.init(row:))
        }
    }

    /// The journal figures over the last `weeks`, up to `now`.
    public func journal(now: Date, calendar: Calendar = .current, weeks: Int = 4) throws(StoreError) -> Journal {
        let since = calendar.date(byAdding: .day, value: -(max(1, weeks) * 7), to: now)
        return Journal(checkIns: try checkIns(since: since), now: now, calendar: calendar, weeks: weeks)
    }

    /// Keeps a practice session; recording the same one twice keeps it once.
    public func record(_ session: PracticeSession) throws(StoreError) {
        _ = try write { db in try session.insert(in: db) }
    }

    /// All practice sessions, oldest first.
    public func practiceSessions() throws(StoreError) -> [PracticeSession] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM practice_sessions ORDER BY time, id").map(PracticeSession.init(row:))
        }
    }
}
