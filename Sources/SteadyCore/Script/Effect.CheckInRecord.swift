extension Effect {
    /// What a `record_checkin` notes: the coping step, what set it off, the intensity before and
    /// after (0 to 10), whether the person reached out, whether it was a lapse, and a note in the
    /// person's own words.
    public struct CheckInRecord: Sendable, Hashable {
        public var coping: String?
        /// Free text, read leniently into a ``CheckIn/Trigger`` when recorded.
        public var trigger: String?
        public var before: Slot<Int>?
        public var after: Slot<Int>?
        public var reachedOut: Slot<ReachedOut>?
        public var lapse: Slot<Bool>?
        /// What the person wrote, usually `"{variable}"` lines joined; kept whole in the journal.
        public var note: String?

        public init(coping: String? = nil, trigger: String? = nil, before: Slot<Int>? = nil, after: Slot<Int>? = nil,
                    reachedOut: Slot<ReachedOut>? = nil, lapse: Slot<Bool>? = nil, note: String? = nil) {
            self.coping = coping
            self.trigger = trigger
            self.before = before
            self.after = after
            self.reachedOut = reachedOut
            self.lapse = lapse
            self.note = note
        }
    }

    /// Whether the person reached out, in a check-in: yes, no, or the name of who they reached.
    public enum ReachedOut: Sendable, Hashable, EffectValue {
        case yes
        case no
        case to(String)

        /// Yes or no as ``Bool`` reads them; empty text is no; any other text is a name.
        public init?(effectText: String) {
            let text = effectText.trimmingCharacters(in: .whitespaces)
            if let flag = Bool(effectText: text) {
                self = flag ? .yes : .no
            } else {
                self = text.isEmpty ? .no : .to(text)
            }
        }

        public var effectText: String {
            switch self {
            case .yes: "true"
            case .no: "false"
            case .to(let name): name
            }
        }

        public static var effectDescription: String { "yes, no or the name of a person" }
        public static var effectChoices: [String] { [] }
    }
}
