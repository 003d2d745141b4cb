import Foundation
import SteadyCore

/// One conversation at the terminal or through a pipe: reads lines, answers them, performs effects.
struct ChatSession {
    enum Output {
        /// One JSON object per turn (`--jsonl`).
        case jsonl
        /// Text for a person; prompts only when `interactive`.
        case human(Renderer, interactive: Bool)
    }

    var engine: Engine
    var state: ConversationState
    var output: Output
    var write: (String) -> Void

    static let commands: [(String, String)] = [
        ("/help", "show these commands"),
        ("/topics", "what Steady can help with"),
        ("/sos", "crisis lines and emergency numbers, right now"),
        ("/restart", "leave this conversation and start afresh"),
        ("/quit", "end the chat (Ctrl-D works too)"),
    ]

    init(engine: Engine, seed: UInt64, output: Output, write: @escaping (String) -> Void) {
        self.engine = engine
        self.output = output
        self.write = write
        let (opening, state) = engine.start(seed: seed)
        self.state = state
        show(opening)
    }

    /// Reads and answers lines until the input ends or the person quits.
    mutating func run<Reader: LineReader>(reader: inout Reader) {
        let prompt = if case .human(_, interactive: true) = output { "> " } else { "" }
        while let line = reader.readLine(prompt: prompt) {
            if !handle(line) { return }
        }
        if case .human(_, interactive: true) = output {
            write("\nTake care. I'm here whenever you need me.")
        }
    }

    /// Answers one line; false when the person asked to quit.
    mutating func handle(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("/"), !trimmed.hasPrefix("//") {
            return command(trimmed)
        }
        show(engine.respond(to: line, state: &state))
        return true
    }

    mutating func command(_ text: String) -> Bool {
        let name = text.split(separator: " ").first.map(String.init)?.lowercased() ?? text
        switch name {
        case "/sos":
            show(engine.sos(state: &state))
        case "/quit", "/exit", "/bye":
            show(note("Take care. I'm here whenever you need me.", ended: true))
            return false
        case "/restart":
            engine.restart(state: &state)
            show(note("Okay, a fresh start. What's going on for you right now?", ended: true))
        case "/help":
            let lines = Self.commands.map { "  \($0.0.padding(toLength: 10, withPad: " ", startingAt: 0)) \($0.1)" }
            show(note((["You can just type how you're feeling. Or use a command:"] + lines).joined(separator: "\n")))
        case "/topics":
            show(note((["I can help with:"] + engine.topicList().map { "  \u{2022} " + $0 }
                + ["Just tell me what's going on, in your own words."]).joined(separator: "\n")))
        default:
            show(note("I don't know the command \(name). Type /help to see the ones I know."))
        }
        return true
    }

    /// A turn made by the front end itself, such as the answer to a slash command.
    mutating func note(_ text: String, ended: Bool? = nil) -> Turn {
        state.turn += 1
        var turn = Turn(number: state.turn)
        turn.reply = text
        turn.route = .command(text)
        turn.ended = ended ?? state.isIdle
        if let frame = state.stack.last, ended != true {
            turn.dialogue = frame.dialogue
            turn.node = frame.node
            turn.topic = engine.library.dialogue(frame.dialogue)?.topic
        }
        return turn
    }

    func show(_ turn: Turn) {
        switch output {
        case .jsonl:
            write(TurnJSON.line(turn))
        case .human(let renderer, _):
            var text = renderer.render(turn)
            for extra in EffectText.lines(for: turn.effects) {
                text += "\n" + renderer.render(Turn.text(extra))
            }
            write(text)
        }
    }
}

extension Turn {
    /// A bare turn carrying only text, for rendering.
    static func text(_ reply: String) -> Turn {
        var turn = Turn(number: -1)
        turn.reply = reply
        return turn
    }
}

/// What the front end adds on screen for the effects it performs.
enum EffectText {
    static func lines(for effects: [Effect]) -> [String] {
        effects.compactMap { effect in
            switch effect.type {
            case "show_contacts", "suggest_contact":
                "You haven't added any support contacts yet. When you're ready, think of one person you could message."
            default:
                nil
            }
        }
    }
}
