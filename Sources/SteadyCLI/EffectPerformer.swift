import Foundation
import SteadyCore
import SteadyStore

/// Carries out what a turn's effects ask for: records check-ins, looks up contacts and reasons.
/// Returns what to add to the reply, so the person sees the result.
struct EffectPerformer {
    var store: Store?
    var now: () -> Date = Date.init
    /// The calendar hours and days are read in; nil for the person's own, looked up when a
    /// suggestion first needs it (that loads the system's calendar data, which takes longer
    /// than answering a message).
    var calendar: Calendar?
    /// Set when something could not be saved, so the person is told once.
    private(set) var saveFailure: String?

    init(store: Store?) { self.store = store }

    mutating func perform(_ effect: Effect, topic: Topic?) -> String? {
        switch effect {
        case .recordCheckin(let record):
            let checkIn = CheckIn(record: record, time: now(), topic: topic?.rawValue)
            attempt { (store: Store) throws(StoreError) in try store.record(checkIn) }
            return nil
        case .recordPractice(let record):
            return recordPractice(record)
        case .suggestContact(let support):
            return suggestion(for: support?.value)
        case .showContacts:
            return contactList()
        case .showReasons:
            return reasonList()
        case .showSafetyPlan:
            return planEssentials()
        case .addReason(let text):
            if !text.trimmingCharacters(in: .whitespaces).isEmpty {
                let time = now()
                attempt { (store: Store) throws(StoreError) in _ = try store.addReason(text, at: time) }
            }
            return nil
        case .exercise, .showCrisisLines, .offerPractice, .feedback, .pickResponse, .practiceFeedback, .safetyCheck, .crisis:
            // The chat runs exercises after showing the turn; the engine itself says the crisis
            // lines, asks the safety check and works out practice feedback; an offer to practise
            // is the script's own words.
            return nil
        }
    }

    /// Notes a practice session, and that the person reached out when they say they did.
    private mutating func recordPractice(_ record: Effect.PracticeRecord) -> String? {
        // Given but unreadable (an empty variable) counts as not reaching out.
        let reached = record.reachedOut.map { $0.value ?? false }
        let session = PracticeSession(
            time: now(), scenario: record.scenario ?? "practice",
            contact: record.contact.flatMap { $0.isEmpty ? nil : $0 },
            confidenceAfter: record.after?.value.map { min(10, max(0, $0)) },
            response: record.response.flatMap { $0.isEmpty ? nil : $0 }, reachedOut: reached)
        attempt { (store: Store) throws(StoreError) in try store.record(session) }
        if reached == true, let contact = session.contact, let store, (try? store.contact(named: contact)) != nil {
            let time = now()
            attempt { (store: Store) throws(StoreError) in try store.markContacted(name: contact, at: time) }
            return "I've noted that you reached out to \(Renderer.sanitize(contact)). That took courage."
        }
        return nil
    }

    /// Runs a store write; a failure is remembered and reported once instead of stopping the chat.
    private mutating func attempt(_ body: (Store) throws(StoreError) -> Void) {
        guard let store else { return }
        do {
            try body(store)
        } catch {
            saveFailure = saveFailure ?? error.description
        }
    }

    func suggestion(for support: SupportKind?) -> String {
        guard let store, let suggestions = try? store.suggestions(support: support, now: now(), calendar: calendar ?? .current, limit: 2),
            !suggestions.isEmpty
        else {
            return "You haven't added any support contacts yet. You can add someone with /contacts add NAME, "
                + "or we can look at groups and professional help: just say \u{201C}find support\u{201D}."
        }
        let lines = suggestions.map { suggestion in
            var line = "  \u{2022} \(suggestion.contact.name)"
            if !suggestion.contact.reach.isEmpty { line += " (\(suggestion.contact.reach))" }
            if suggestion.availableNow == true { line += ", usually around now" }
            return line
        }
        return (["You could reach out to:"] + lines).joined(separator: "\n")
    }

    func contactList() -> String {
        guard let store, let contacts = try? store.contacts(), !contacts.isEmpty else {
            return "You haven't added any support contacts yet. When you're ready, add one with /contacts add NAME."
        }
        return (["Your support contacts:"] + contacts.map { contact in
            "  \u{2022} \(contact.name)" + (contact.reach.isEmpty ? "" : ": \(contact.reach)")
        }).joined(separator: "\n")
    }

    /// The essentials of the person's safety plan, or nil when they have none (then nothing is said of it).
    func planEssentials() -> String? {
        guard let store, let plan = try? store.safetyPlan(), !plan.isEmpty else { return nil }
        return SafetyPlanText(plan: plan, contacts: (try? store.contacts()) ?? []).essentials().map(Renderer.sanitizeLines)
    }

    func reasonList() -> String? {
        guard let store, let reasons = try? store.reasons(), !reasons.isEmpty else {
            return "You haven't written down your reasons for change yet. You can add one any time with /reasons add TEXT."
        }
        return (["You told me why this matters to you:"] + reasons.map { "  \u{2022} \($0.text)" }).joined(separator: "\n")
    }
}

extension EffectPerformer {
    /// The contact to suggest at the end of a session, as "Name (how to reach)".
    func nextPerson() -> String? {
        guard let store, let first = try? store.suggest(support: nil, now: now(), calendar: calendar ?? .current, limit: 1).first else {
            return nil
        }
        return first.reach.isEmpty ? first.name : "\(first.name) (\(first.reach))"
    }
}
