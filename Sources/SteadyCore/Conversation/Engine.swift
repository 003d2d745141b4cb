/// Plays dialogues: takes a message and the conversation state, returns a ``Turn``.
///
/// The engine is pure: it does no I/O, reads no clock and draws randomness only from the state
/// it is handed. Effects come back as values for the front end to perform.
///
/// The match order for each message:
/// 1. the safety net (always, in every state);
/// 2. while a crisis response is open, only its own choices;
/// 3. words that work everywhere ("stop", "help", "menu"), then a menu pick (at the practice
///    menu, any words: the closest scenario, or the menu again);
/// 4. the answer to a question about the last message (a scale value to confirm, a switch to
///    offer), then the current step's expected answers: the question, the numbered options, the
///    replies; inside a rehearsal nothing goes further;
/// 5. triggers, ranked by priority, specificity, then file order (mid-dialogue, another topic's
///    is offered as a switch);
/// 6. the nearest labelled example above ``ExampleIndex/threshold``;
/// 7. the fallback, which reflects what was said and offers the menu.
public struct Engine: Sendable {
    public var library: Library {
        didSet { (menu, moreMenu) = Self.menus(of: library) }
    }
    /// The main menu and the one behind its "Something else": one dialogue per topic, in menu
    /// order, as (dialogue id, label); worked out once per library.
    private(set) var menu: [(String, String)]
    private(set) var moreMenu: [(String, String)]
    /// The region whose crisis lines are shown (a key of the crisis-lines file), if known.
    public var region: String?
    /// The most characters of a message that are answered; the safety net reads the rest too.
    public static let maximumMessageLength = 4_000
    /// The most steps one turn may pass through without waiting for the person.
    public static let maximumStepsPerTurn = 64
    /// The deepest that calls may nest.
    public static let maximumCallDepth = 8
    /// How many times an unusable answer is asked again before moving on.
    public static let maximumReasks = 2

    public init(library: Library, region: String? = nil) {
        self.library = library
        self.region = region
        (menu, moreMenu) = Self.menus(of: library)
    }

    /// The opening turn (turn 0) and a fresh state; the greeting uses the person's name when given.
    public func start(seed: UInt64, name: String? = nil) -> (Turn, ConversationState) {
        let state = ConversationState(seed: seed)
        var turn = Turn(number: 0)
        let name = name?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        let hello = name.isEmpty ? "Hi, I'm Steady." : "Hi \(name), it's Steady."
        turn.reply = """
            \(hello) I'm a program, not a therapist or an emergency service, but I can help \
            you through a hard moment and toward people who can help.
            What's going on for you right now?
            """
        turn.route = .opening
        turn.ended = true
        return (turn, state)
    }

    /// Answers one message, updating the state.
    public func respond(to text: String, state: inout ConversationState) -> Turn {
        state.turn += 1
        var out = TurnBuilder(number: state.turn)
        let clipped = Self.answeredPart(of: text)
        let message = library.message(clipped)

        let finding = safetyFinding(message, text: text)
        if let finding, finding.level == .crisis {
            state.pending = nil
            crisisResponse(finding, message: message, state: &state, out: &out)
            return out.finish(state: state)
        }
        if let pending = state.pendingCheck {
            answerCheck(pending, message, state: &state, out: &out)
            return out.finish(state: state)
        }
        if state.crisis != nil {
            crisisFollowUp(message, state: &state, out: &out)
            return out.finish(state: state)
        }
        if let finding, askCheck(finding, text: clipped, state: &state, out: &out) {
            return out.finish(state: state)
        }
        answer(message, state: &state, out: &out)
        return out.finish(state: state)
    }

    /// Answers a message the safety net let through: universal words, the menu, the current
    /// step, a dialogue's trigger or example, or the fallback.
    func answer(_ message: Message, state: inout ConversationState, out: inout TurnBuilder) {
        if message.tokens.isEmpty {
            out.say("I'm here. Take your time.")
            out.route = .empty
            representCurrent(state: &state, out: &out)
            return
        }
        let pending = state.pending
        state.pending = nil
        if let handled = universal(message, state: &state, out: &out), handled {
            return
        }
        let menu = state.menu
        state.menu = []
        if !menu.isEmpty, let pick = AnswerParser.pick(message.tokens, labels: menuLabels(menu)), menu.indices.contains(pick) {
            out.route = .answer
            if let dialogue = library.dialogue(menu[pick]) {
                begin(dialogue, state: &state, out: &out)
                return
            }
            if menu[pick] == Self.moreTopicsEntry {
                out.topic = .fallback
                showMoreMenu(state: &state, out: &out)
                return
            }
            if menu[pick] == Self.somethingElse {
                out.topic = .fallback
                out.say("Okay. Tell me a little more about what's going on, in your own words, or say \u{201C}help\u{201D} to see everything I can help with.")
                return
            }
        }
        if isPracticeMenu(menu) {
            answerPracticeMenu(message, menu: menu, state: &state, out: &out)
            return
        }
        if let pending, resolve(pending, message, state: &state, out: &out) {
            return
        }
        if answerCurrentStep(message, state: &state, out: &out) || staysInRehearsal(message, state: &state, out: &out) {
            return
        }
        if !state.stack.isEmpty {
            if let (index, route, captures) = interruption(message, state: state) {
                if offerSwitch(to: index, route: route, captures: captures, state: &state, out: &out) { return }
                state.captures = captures.map(Reflection.reflect)
                out.route = route
                out.confidence = .high
                begin(library.dialogues[index], state: &state, out: &out)
                return
            }
            reaskOrMoveOn(state: &state, out: &out)
            return
        }
        route(message, understanding: library.understand(message), state: &state, out: &out)
    }

    /// Leaves every dialogue and the crisis response; the next message starts afresh.
    public func restart(state: inout ConversationState) {
        state.stack = []
        state.crisis = nil
        state.pendingCheck = nil
        state.menu = []
        state.pending = nil
        state.lastQuestion = nil
    }

    /// A trigger that interrupts the active dialogue: while a question is open only a trigger
    /// may, since a loose likeness to an example is more likely an answer that was not understood.
    func interruption(_ message: Message, state: ConversationState) -> (Int, Turn.Route, [[String]])? {
        let active = state.stack.map(\.dialogue)
        guard let candidate = library.router.matches(message).first else { return nil }
        let dialogue = library.dialogues[candidate.entry.dialogue]
        if active.contains(dialogue.id) { return nil }
        let trigger = dialogue.triggers[candidate.entry.trigger]
        return (candidate.entry.dialogue, .trigger(trigger.source), candidate.match.captures)
    }

    static let stopPhrases: Set<String> = ["stop", "cancel", "enough", "quit", "exit", "stop this", "stop it"]
    /// Asking for the menu in any step; "what can you do" belongs to the smalltalk dialogue.
    static let menuPhrases: Set<String> = ["help", "menu", "options", "show menu", "show me the menu"]
    static let politeWords: Set<String> = ["please", "okay", "just", "can", "we", "i", "want", "to", "now", "lets", "let", "us"]

    /// Words that work in every step.
    func universal(_ message: Message, state: inout ConversationState, out: inout TurnBuilder) -> Bool? {
        guard message.tokens.count <= 8 else { return nil }
        let phrase = message.tokens.filter { !Self.politeWords.contains($0) }.joined(separator: " ")
        if Self.stopPhrases.contains(phrase), !state.stack.isEmpty {
            state.stack = []
            state.menu = []
            out.route = .command("stop")
            out.say("Okay, we can stop there. I'm still here if you want to talk about something else.")
            return true
        }
        if Self.menuPhrases.contains(phrase) {
            out.route = .command("menu")
            showMenu(intro: "Here's what I can help with. Pick a number, or just tell me what's going on.",
                     state: &state, out: &out)
            return true
        }
        return nil
    }

    /// One entry of the menu: a topic, its label, and the dialogue it starts when that is not
    /// the topic's first (a topic with a menu of its own starts there).
    struct MenuEntry {
        var topic: Topic, label: String, dialogue: String? = nil
        init(_ topic: Topic, _ label: String, dialogue: String? = nil) { (self.topic, self.label, self.dialogue) = (topic, label, dialogue) }
    }

    /// The main menu: short, the moments people come with most, and withdrawal, which can need a
    /// doctor today. Its last entry, "Something else", shows ``moreTopics``.
    static let mainTopics: [MenuEntry] = [
        MenuEntry(.craving, "Riding out a craving"), MenuEntry(.stress, "Stress, anxiety or anger"),
        MenuEntry(.loneliness, "Feeling lonely"), MenuEntry(.lowMood, "Feeling low, empty or hopeless"),
        MenuEntry(.lapse, "After a slip"), MenuEntry(.withdrawal, "Shaky or unwell after stopping"),
        MenuEntry(.practice, "Practising what to say to someone"),
    ]
    /// The rest, behind "Something else".
    static let moreTopics: [MenuEntry] = [
        MenuEntry(.pressure, "A risky event or people pushing"), MenuEntry(.halt, "Hungry, angry, lonely, tired"),
        MenuEntry(.complacency, "Thinking \u{201C}one won't hurt\u{201D}"),
        MenuEntry(.eating, "Bingeing, purging or not eating"),
        MenuEntry(.lifeChange, "A big change: a loss, leaving prison or treatment, a baby"),
        MenuEntry(.practicalHelp, "Asking someone for practical help"),
        MenuEntry(.tools, "Recovery tools: weigh it up, the ABC of a trigger, values", dialogue: "tools-menu"),
        MenuEntry(.findSupport, "Finding a group or a professional"), MenuEntry(.progress, "Sharing something that went well"),
    ]

    /// The main menu and the one behind its "Something else", for a library.
    static func menus(of library: Library) -> (main: [(String, String)], more: [(String, String)]) {
        (menu(of: library, mainTopics), menu(of: library, moreTopics))
    }

    /// Both menus' entries, the main one's first.
    var allMenuEntries: [(String, String)] { menu + moreMenu }

    /// One dialogue per topic, in menu order.
    static func menu(of library: Library, _ entries: [MenuEntry]) -> [(String, String)] {
        entries.compactMap { entry in
            let dialogue = entry.dialogue.flatMap { library.dialogue($0) } ?? library.firstDialogue(of: entry.topic)
            return dialogue.map { ($0.id, entry.label) }
        }
    }

    /// The label of each menu entry: the menu's own, else the dialogue's title.
    func menuLabels(_ ids: [String]) -> [String] {
        ids.map { id in
            if id == Self.somethingElse || id == Self.moreTopicsEntry { return Self.somethingElseLabel }
            return allMenuEntries.first { $0.0 == id }?.1 ?? library.dialogue(id)?.title ?? id
        }
    }

    /// Shows the main menu, whose last entry leads to the rest (``showMoreMenu``).
    func showMenu(intro: String, state: inout ConversationState, out: inout TurnBuilder) {
        state.menu = menu.map(\.0) + [Self.moreTopicsEntry]
        out.say(intro)
        out.options = menuLabels(state.menu)
        if !state.stack.isEmpty {
            out.say("Or say \u{201C}stop\u{201D} to leave what we were doing.")
        }
    }
}

extension Engine {
    /// What Steady can help with, one line per topic that has a dialogue.
    public func topicList() -> [String] { allMenuEntries.map(\.1) }

    /// The topics behind the main menu's "Something else".
    func showMoreMenu(state: inout ConversationState, out: inout TurnBuilder) {
        state.menu = moreMenu.map(\.0)
        out.say("Here's the rest of what I can help with. Pick a number, or tell me in your own words.")
        out.options = moreMenu.map(\.1)
    }
}

extension Engine {
    /// Picks up a saved conversation: asks its current question again (or reopens the crisis
    /// response), numbering the turn after `turn`.
    public func resume(_ saved: ConversationState, turn: Int) -> (Turn, ConversationState) {
        var state = saved
        state.turn = turn + 1
        state.menu = []
        state.pending = nil
        var out = TurnBuilder(number: state.turn)
        out.route = .command("resume")
        if state.crisis != nil {
            openCrisis(category: state.crisis?.category, state: &state, out: &out)
        } else {
            out.say("Okay, let's carry on from where we were.")
            if state.lastQuestion == nil, let frame = state.stack.last,
                let first = library.dialogue(frame.dialogue)?.nodes[frame.node]?.say.first
            {
                state.lastQuestion = interpolate(first, state: state)
            }
            representCurrent(state: &state, out: &out)
        }
        return (out.finish(state: state), state)
    }

    /// The title of the dialogue a saved state is in the middle of, if any.
    public func activeTitle(_ state: ConversationState) -> String? {
        state.stack.last.flatMap { library.dialogue($0.dialogue)?.title }
    }
}
