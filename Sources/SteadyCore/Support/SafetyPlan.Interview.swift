import Foundation

/// The guided conversation that builds or reviews the plan one section at a time.
///
/// It only works out what to say and what to keep; the front end saves each answer as it is
/// given (so a kill loses at most the answer in flight) and checks every message with the
/// safety net first.
extension SafetyPlan {
    public struct Interview: Sendable, Hashable {
        /// What the interview needs to know about the person, read fresh before each answer.
        public struct Context: Sendable {
            public var plan: SafetyPlan
            /// Reasons for change the person wrote down before.
            public var savedReasons: [String]
            public var contacts: [SupportContact]
            /// The region's crisis lines and the emergency number, as "name: how".
            public var lines: [String]

            public init(plan: SafetyPlan, savedReasons: [String] = [], contacts: [SupportContact] = [], lines: [String] = []) {
                self.plan = plan
                self.savedReasons = savedReasons
                self.contacts = contacts
                self.lines = lines
            }
        }

        /// What to say and what to keep after one message.
        public struct Reply: Sendable, Hashable {
            public var text: String
            public var options: [String] = []
            /// The section these items go in, and the items, in the person's words.
            public var section: Section?
            public var additions: [String] = []
            /// Names to add to the support contacts, with the person's leave.
            public var contactsToAdd: [String] = []
            /// The section now being asked about; nil once finished.
            public var asking: Section?
            public var finished = false
        }

        /// The section being asked about; nil once the interview is over.
        public private(set) var current: Section?
        /// Names from the people section waiting for a yes or no about adding them as contacts.
        private var pendingContacts: [String] = []
        /// Saved reasons offered in the reasons section.
        private var offeredReasons: [String] = []
        /// Items added so far.
        public private(set) var added = 0

        public init() { current = Section.allCases.first }

        public var isFinished: Bool { current == nil }

        static let yesWords: Set<String> = [
            "yes", "y", "yeah", "yep", "yup", "sure", "ok", "okay", "please", "yes please", "go on", "use them",
            "use those", "those", "all of them", "add them", "do it",
        ]

        /// The first message: what the plan is, then the first section.
        public mutating func opening(_ context: Context) -> Reply {
            current = Section.allCases.first
            let intro = context.plan.isEmpty
                ? "Let's make your safety plan together: a short list, in your own words, of what to do when things get really hard, used from the top down."
                : "Let's look over your safety plan together, one part at a time. You can add to each part, or say skip to keep it as it is."
            let how = "There are seven short parts. Separate things with commas, say skip to move on, or stop to finish for now. Each answer is saved as you give it, and it all stays on this computer."
            return ask(intro + "\n" + how, context: context)
        }

        /// Answers one message.
        public mutating func respond(to text: String, context: Context) -> Reply {
            guard let section = current else {
                return Reply(text: "Your plan is saved. Type /plan to look at it again.", finished: true)
            }
            let answer = SafetyPlan.answer(text)
            if !pendingContacts.isEmpty {
                let names = pendingContacts
                pendingContacts = []
                if case .stop = answer { return finish(context: context, early: true) }
                if Self.isYes(text) {
                    var reply = advance("I've added \(Self.list(names)) to your support contacts.", context: context)
                    reply.contactsToAdd = names
                    return reply
                }
                return advance("Okay, I'll keep them on your plan only.", context: context)
            }
            if section == .reasons, !offeredReasons.isEmpty, Self.isYes(text) {
                let reasons = offeredReasons
                offeredReasons = []
                added += reasons.count
                var reply = advance("Added your reasons.", context: context)
                reply.section = .reasons
                reply.additions = reasons
                return reply
            }
            switch answer {
            case .empty:
                var reply = Reply(text: "Take your time. \(section.question) Or say skip.", asking: section)
                reply.options = offeredReasons.isEmpty || section != .reasons ? [] : ["Yes", "Skip"]
                return reply
            case .stop:
                return finish(context: context, early: true)
            case .skip:
                return advance(nil, context: context)
            case .items(let items):
                let existing = Set(context.plan.texts(section).map { $0.lowercased() })
                let room = max(0, SafetyPlan.maximumItemsPerSection - existing.count)
                let fresh = Array(items.filter { !existing.contains($0.lowercased()) }.prefix(room))
                added += fresh.count
                let said = fresh.isEmpty ? "That's already on your plan." : "Added: " + fresh.joined(separator: "; ") + "."
                if section == .people {
                    let strangers = fresh.filter { SafetyPlan.contact(for: $0, in: context.contacts) == nil }
                        .filter { $0.count <= SupportContact.maxNameLength }
                    if !strangers.isEmpty {
                        pendingContacts = strangers
                        var reply = Reply(
                            text: said + "\nShall I add \(Self.list(strangers)) to your support contacts as well, so I can suggest them when things are hard?",
                            options: ["Yes", "No"], section: section, additions: fresh, asking: section)
                        reply.asking = section
                        return reply
                    }
                }
                var reply = advance(said, context: context)
                reply.section = section
                reply.additions = fresh
                return reply
            }
        }

        /// Moves to the next section (or finishes), after `said`.
        private mutating func advance(_ said: String?, context: Context) -> Reply {
            guard let section = current, let index = Section.allCases.firstIndex(of: section) else {
                return finish(context: context, early: false)
            }
            let next = Section.allCases.index(after: index)
            guard next < Section.allCases.endIndex else {
                current = nil
                var reply = finish(context: context, early: false)
                if let said { reply.text = said + "\n" + reply.text }
                return reply
            }
            current = Section.allCases[next]
            return ask(said, context: context)
        }

        /// Asks about the current section: why it matters, an example, what is there already.
        private mutating func ask(_ before: String?, context: Context) -> Reply {
            guard let section = current, let index = Section.allCases.firstIndex(of: section) else {
                return finish(context: context, early: false)
            }
            var lines = before.map { [$0] } ?? []
            lines.append("\(index + 1) of \(Section.allCases.count). \(section.title). \(section.why)")
            lines.append("For example: \(section.examples).")
            let have = context.plan.texts(section)
            if section == .professionals, !context.lines.isEmpty {
                lines.append("Already on it: " + context.lines.joined(separator: "; ") + ".")
            }
            if !have.isEmpty {
                lines.append("You have: " + have.joined(separator: "; ") + ". Add more, or say skip to keep it as it is.")
            }
            var options: [String] = []
            offeredReasons = []
            if section == .reasons {
                let kept = Set(have.map { $0.lowercased() })
                offeredReasons = context.savedReasons.filter { !kept.contains($0.lowercased()) }
                if !offeredReasons.isEmpty {
                    lines.append("You wrote these down before: " + offeredReasons.joined(separator: "; ") + ". Say yes to put them on your plan, or write your own.")
                    options = ["Yes", "Skip"]
                }
            }
            if section == .people {
                let listed = Set(have.map { $0.lowercased() })
                let saved = context.contacts.map(\.name).filter { !listed.contains($0.lowercased()) }
                if !saved.isEmpty { lines.append("Your support contacts: " + saved.joined(separator: ", ") + ".") }
            }
            lines.append(section.question)
            return Reply(text: lines.joined(separator: "\n"), options: options, asking: section)
        }

        private mutating func finish(context: Context, early: Bool) -> Reply {
            current = nil
            pendingContacts = []
            offeredReasons = []
            let text = early
                ? "Okay, we'll stop here. Everything you gave is saved. Type /plan, or run steady plan, to carry on any time."
                : "That's your safety plan, in your own words. If things get very hard, I'll show it to you first, and /sos shows it too. "
                    + "To print it, or a card for your wallet: steady plan show --format html --output plan.html"
            return Reply(text: text, finished: true)
        }

        static func isYes(_ text: String) -> Bool {
            let plain = text.lowercased().trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
            return yesWords.contains(plain)
        }

        /// "Sam", "Sam and Jo", "Sam, Jo and Ali".
        static func list(_ names: [String]) -> String {
            names.count <= 1 ? names.joined() : names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
        }
    }
}
