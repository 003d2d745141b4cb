/// Acting on what a first message was understood to be about: starting the dialogue Steady is
/// sure of (saying back what the message carried first), an honest line for what Steady is not
/// for, or a fallback that says back what it heard and asks.
extension Engine {
    /// The menu entry behind "Something else" in a fallback's options; no dialogue id can be this.
    static let somethingElse = "*something-else"
    static let somethingElseLabel = "Something else"
    /// The main menu's last entry, which shows the rest of the topics.
    static let moreTopicsEntry = "*more-topics"
    /// The most topics a fallback offers, before "Something else".
    static let fallbackChoices = 3
    /// Said by a fallback that offers a slip, or whose message names drink or drugs beside time
    /// away: after time away the next use is the riskiest.
    static let toleranceWarning = "One thing that can save a life: if this is about drink or drugs after time off, your tolerance is lower now, so the same amount hits much harder. Use less than before, and don't use alone."
    /// Set when a fallback has said ``toleranceWarning``: a lapse dialogue picked from its menu then
    /// leaves its own out, rather than saying it again one turn later.
    public static let toleranceSaid = "tolerance_said"
    /// The variables the engine sets itself, beside the `heard_` ones; lint knows them.
    public static let engineVariables: Set<String> = [toleranceSaid]
    /// The least similarity an example needs for its dialogue to be offered by a fallback.
    static let offerFloor = 0.3

    /// Starts the dialogue the understanding is sure of, or answers honestly that it is not.
    func route(_ message: Message, understanding: Understanding, state: inout ConversationState, out: inout TurnBuilder) {
        out.confidence = understanding.confidence
        if let chosen = understanding.route {
            let dialogue = library.dialogues[chosen.dialogue]
            state.captures = chosen.captures.map(Reflection.reflect)
            out.route = Self.routeTaken(chosen, dialogue: dialogue)
            if let line = acknowledgement(dialogue, understanding.reflected, state: state) { out.say(line) }
            begin(dialogue, heard: understanding.reflected, state: &state, out: &out)
        } else if understanding.outOfScope {
            outOfScope(state: &state, out: &out)
        } else {
            fallback(message, understanding: understanding, state: &state, out: &out)
        }
    }

    /// How the chosen candidate was reached, for `explain` and tests.
    static func routeTaken(_ chosen: Understanding.Candidate, dialogue: Dialogue) -> Turn.Route {
        if case .model(let probability, _) = chosen.evidence.first { return .model(probability) }
        for evidence in chosen.evidence {
            if case .trigger(let source, _) = evidence { return .trigger(source) }
        }
        for evidence in chosen.evidence {
            if case .example(let text, let similarity, _) = evidence { return .example(text, similarity) }
        }
        return .fallback
    }

    /// The first of the dialogue's `acknowledge:` lines whose placeholders the message filled.
    func acknowledgement(_ dialogue: Dialogue, _ heard: Understanding.Reflected, state: ConversationState) -> String? {
        let values = heard.values
        guard !values.isEmpty else { return nil }
        for line in dialogue.acknowledge {
            let names = Placeholder.names(in: line.value)
            guard !names.isEmpty, names.allSatisfy({ values[$0] != nil }) else { continue }
            var filled = state
            for (name, value) in values { filled.variables[name] = .text(value) }
            return interpolate(line.value, state: filled)
        }
        return nil
    }

    /// An honest line for a message about something Steady is not for.
    func outOfScope(state: inout ConversationState, out: inout TurnBuilder) {
        out.route = .outOfScope
        out.topic = .fallback
        out.say("""
            That's not something I can help with, I'm afraid. I'm a program for the hard moments of recovery: \
            cravings, stress, loneliness, a slip, or practising what to say to someone.
            If something like that is going on for you, tell me about it.
            """)
    }

    /// The fallback: says back what it understood, then offers the likeliest topics and
    /// "Something else" (or the whole menu when nothing is likely); never a dead end. When low
    /// mood is among the likely topics, it first asks the direct question about suicide, as the
    /// low-mood dialogue would; after a "No" the message comes back here and the menu follows.
    /// The menu may come with the tolerance warning (``fallbackWarnsOfTolerance``), as the lapse
    /// dialogues give it in their first turn.
    func fallback(_ message: Message, understanding: Understanding, state: inout ConversationState, out: inout TurnBuilder) {
        out.route = .fallback
        out.topic = .fallback
        let heard = Self.sayBack(understanding.reflected)
        let offers = offered(understanding)
        let said = out.lines.count
        if offers.contains(where: { library.dialogue($0)?.topic == .lowMood }),
            askScriptCheck(at: nil, text: message.text, state: &state, out: &out)
        {
            if let heard { out.lines.insert(heard, at: said) }
            return
        }
        let warns = fallbackWarnsOfTolerance(message, understanding, offers: offers)
        if offers.isEmpty {
            out.say((heard.map { $0 + " " } ?? "") + "I'm not sure I understood, and I don't want to guess.")
            if warns { warnOfTolerance(state: &state, out: &out) }
            showMenu(intro: "Here's what I can help with:", state: &state, out: &out)
        } else {
            if let heard { out.say(heard) }
            if warns { warnOfTolerance(state: &state, out: &out) }
            out.say("I don't want to guess what matters most here. Is it one of these?")
            state.menu = offers + [Self.somethingElse]
            out.options = menuLabels(state.menu)
        }
    }

    /// Whether a fallback's menu comes with the tolerance warning: never beside a habit without
    /// tolerance danger ("the slots"); when the menu offers a slip, or the message names drink or
    /// drugs beside time away, whatever the menu offers (the person may pick nothing).
    func fallbackWarnsOfTolerance(_ message: Message, _ understanding: Understanding, offers: [String]) -> Bool {
        understanding.reflected.habit == nil
            && (offers.contains { library.dialogue($0)?.topic == .lapse } || library.namesDrinkOrDrugsBesideBreak(message))
    }

    /// Says the tolerance warning, and remembers it: lapse-after and lapse-just-happened, picked next
    /// from the menu, leave their own out.
    func warnOfTolerance(state: inout ConversationState, out: inout TurnBuilder) {
        out.say(Self.toleranceWarning)
        state.variables[Self.toleranceSaid] = .bool(true)
    }

    /// The dialogues a fallback offers: the best of each likely topic, at most ``fallbackChoices``.
    func offered(_ understanding: Understanding) -> [String] {
        var topics = Set<Topic>()
        var out: [String] = []
        for candidate in understanding.candidates where out.count < Self.fallbackChoices {
            let likely = candidate.evidence.contains {
                switch $0 {
                case .trigger: true
                case .example(_, let similarity, _): similarity >= Self.offerFloor
                case .model: true
                }
            }
            guard likely, topics.insert(candidate.topic).inserted else { continue }
            // A topic on the menu is offered through its menu entry, so its label reads the same.
            let id = allMenuEntries.first { library.dialogue($0.0)?.topic == candidate.topic }?.0 ?? library.dialogues[candidate.dialogue].id
            out.append(id)
        }
        return out
    }

    /// One line built from what was understood ("It sounds like the rent is on your mind, and
    /// you're feeling anxious."), or nil when nothing was.
    static func sayBack(_ heard: Understanding.Reflected) -> String? {
        var things: [String] = []
        if let stressor = heard.stressor { things.append(stressor) }
        if let person = heard.person, !(heard.stressor?.contains(person) ?? false) { things.append(person) }
        var line: String
        if things.isEmpty {
            guard let feeling = heard.feeling else { return nil }
            line = "It sounds like you're feeling \(feeling)"
        } else {
            let subject = things.joined(separator: " and ")
            line = "It sounds like \(subject) \(things.count > 1 ? "are" : "is") on your mind"
            if let feeling = heard.feeling { line += ", and you're feeling \(feeling)" }
        }
        if let when = heard.when { line += " \(when)" }
        return line + "."
    }
}
