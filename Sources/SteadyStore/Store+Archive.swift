import Foundation
import GRDB
import SteadyCore

extension Store {
    /// Everything in the store, as an archive.
    public func exportArchive(at now: Date = Date()) throws(StoreError) -> Archive {
        let contacts = try contacts()
        let checkIns = try checkIns()
        let reasons = try reasons()
        let sessions = try practiceSessions()
        let settings = try settings()
        let state = try loadState().flatMap { String(data: $0, encoding: .utf8) }
        let plan = try safetyPlan()
        return Archive(exported: now, contacts: contacts, checkIns: checkIns, reasons: reasons,
                       practiceSessions: sessions, settings: settings, conversationState: state, safetyPlan: plan.items)
    }

    /// Adds what the archive holds that the store does not, all at once or not at all.
    ///
    /// Records already here (same id) are kept as they are, except that a contact's
    /// last-contacted date moves on to the later of the two; a contact whose name is taken by
    /// another is skipped. Settings and a conversation in progress are only filled in where
    /// none is set.
    @discardableResult
    public func importArchive(_ archive: Archive, at now: Date = Date()) throws(StoreError) -> Archive.ImportSummary {
        var contacts: [SupportContact] = []
        var checkIns: [CheckIn] = []
        do {
            contacts = try archive.contacts.map { contact throws(ContactError) in try contact.validated() }
        } catch {
            throw .contact(error)
        }
        do {
            checkIns = try archive.checkIns.map { checkIn throws(CheckInError) in try checkIn.validated() }
        } catch {
            throw .checkIn(error)
        }
        guard archive.safetyPlan.allSatisfy({ !$0.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) else {
            throw .badArchive("an item of the safety plan has no words")
        }
        let validContacts = contacts, validCheckIns = checkIns
        return try write { db in
            var summary = Archive.ImportSummary()
            for contact in validContacts {
                if try Self.insert(contact, created: now, orIgnore: true, in: db) {
                    summary.contactsAdded += 1
                } else {
                    summary.alreadyThere += 1
                    if let date = contact.lastContacted {
                        try db.execute(sql: """
                            UPDATE contacts SET lastContacted = ? WHERE id = ? AND (lastContacted IS NULL OR lastContacted < ?)
                            """, arguments: [date, contact.id.uuidString, date])
                    }
                }
            }
            for checkIn in validCheckIns {
                if try checkIn.insert(in: db) { summary.checkInsAdded += 1 } else { summary.alreadyThere += 1 }
            }
            for reason in archive.reasons {
                if try reason.insert(in: db) { summary.reasonsAdded += 1 } else { summary.alreadyThere += 1 }
            }
            for session in archive.practiceSessions {
                if try session.insert(in: db) { summary.practiceSessionsAdded += 1 } else { summary.alreadyThere += 1 }
            }
            for item in archive.safetyPlan {
                if try Self.insertPlanItem(item, in: db) { summary.planItemsAdded += 1 } else { summary.alreadyThere += 1 }
            }
            for (key, value) in archive.settings.sorted(by: { $0.key < $1.key }) {
                try db.execute(sql: "INSERT OR IGNORE INTO settings (key, value) VALUES (?, ?)", arguments: [key, value])
                if db.changesCount > 0 { summary.settingsAdded += 1 }
            }
            if let state = archive.conversationState {
                try db.execute(sql: "INSERT OR IGNORE INTO conversation_state (id, state, saved) VALUES (1, ?, ?)",
                               arguments: [Data(state.utf8), now])
                summary.conversationRestored = db.changesCount > 0
            }
            return summary
        }
    }
}
