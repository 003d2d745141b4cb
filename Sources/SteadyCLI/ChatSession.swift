import Foundation
import SteadyCore
import SteadyStore

/// One conversation at the terminal or through a pipe: reads lines, answers them, performs
/// effects, and saves the conversation after every turn.
struct ChatSession {
    enum Output {
        /// One JSON object per turn (`--jsonl`).
        case jsonl
        /// Text for a person; prompts, timers and onboarding only when `interactive`.
        case human(Renderer, interactive: Bool)
    }

    var engine: Engine
    var state: ConversationState
    var output: Output
    var write: (String) -> Void
    var performer: EffectPerformer
    let store: Store?
    /// How to reload the scripts for /reload; nil when reloading is not possible.
    var reload: (() -> (Library?, [Diagnostic]))?
    /// A conversation saved part-way through, offered at the start.
    var pendingResume: ConversationState?
    /// Told once when saving fails.
    var warnedAboutSaving = false
    var saveProblem: String?
    /// What happened this session, for the goodbye summary.
    var summary = SessionSummary()
    var finished = false
    /// The guided safety plan, while it runs.
    var planInterview: SafetyPlan.Interview?
    /// Whether the session ends when the guided plan does (`steady plan`).
    var endAfterPlan = false
    /// Whether Steady has offered to make a safety plan this session.
    var offeredPlan = false

    static let resumeOptions = ["Carry on", "Start afresh"]

    init(engine: Engine, seed: UInt64, output: Output, store: Store? = nil, write: @escaping (String) -> Void) {
        self.engine = engine
        self.output = output
        self.write = write
        self.store = store
        self.performer = EffectPerformer(store: store)
        (_, state) = engine.start(seed: seed)
    }

    var interactive: Bool {
        if case .human(_, interactive: true) = output { return true }
        return false
    }

    /// Shows the opening turn, offering to carry on with `saved`, the conversation left partway
    /// through last time (read with the store, on its own thread, while the scripts loaded).
    mutating func open(saved: ConversationState?) {
        var (opening, _) = engine.start(seed: 0, name: (try? store?.setting("name")) ?? nil)
        if let saved, !saved.stack.isEmpty || saved.crisis != nil {
            pendingResume = saved
            let title = engine.activeTitle(saved).map { "\u{201C}\($0)\u{201D}" } ?? "something"
            opening.reply += "\nLast time we were partway through \(title). Would you like to carry on where we left off?"
            opening.options = Self.resumeOptions
        }
        show(opening)
    }

    /// Reads and answers lines until the input ends or the person quits.
    mutating func run<Reader: LineReader>(reader: inout Reader) {
        let prompt = interactive ? "> " : ""
        while !finished {
            reader.setCompletions(completions())
            guard let line = reader.readLine(prompt: prompt) else { break }
            if !handle(line) { break }
        }
        if interactive {
            write(summary.goodbye(suggestion: performer.nextPerson()))
        }
    }

    /// Answers one line; false when the person asked to quit.
    mutating func handle(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if let saved = pendingResume {
            pendingResume = nil
            let tokens = engine.library.message(trimmed).tokens
            let pick = AnswerParser.choice(tokens, labels: Self.resumeOptions)
                ?? AnswerParser.yesNo(tokens).map { $0 ? 0 : 1 }
            if pick == 0 {
                let (turn, resumed) = engine.resume(saved, turn: state.turn)
                state = resumed
                show(turn)
                return true
            }
            if pick == 1 {
                show(note("Okay, a fresh start. What's going on for you right now?", ended: true))
                return true
            }
        }
        if trimmed.hasPrefix("/"), !trimmed.hasPrefix("//") {
            return command(trimmed)
        }
        if planInterview != nil, state.crisis == nil {
            answerPlan(line)
            return !finished
        }
        let wasInCrisis = state.crisis != nil
        var turn = engine.respond(to: line, state: &state)
        if wasInCrisis, state.crisis == nil, !turn.crisis { offerPlanAfterCrisis(&turn) }
        show(turn)
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

    /// Performs the turn's effects, shows it, runs any timed exercise, and saves the conversation.
    mutating func show(_ turn: Turn) {
        var turn = turn
        // A crisis response ends the guided plan; what was given so far is kept.
        if state.crisis != nil { planInterview = nil }
        turn.reply = performer.performAll(turn)
        summary.note(turn)
        save()
        if let failure = performer.saveFailure ?? saveProblem, !warnedAboutSaving {
            warnedAboutSaving = true
            turn.reply += "\n(I couldn't save just now: \(failure) We can keep talking, but this may not be kept.)"
        }
        render(turn)
        if interactive, case .human(let renderer, _) = output {
            for case .exercise(let exercise) in turn.effects {
                runExercise(exercise, renderer: renderer)
            }
        }
    }

    func runExercise(_ exercise: Effect.Exercise, renderer: Renderer) {
        let name = exercise.name?.value ?? .boxBreathing
        let rounds = exercise.rounds?.value ?? Effect.Exercise.defaultRounds
        write(renderer.paint("  (Any key or Ctrl-C stops it early.)", "2"))
        let player = ExercisePlayer(write: { text in
            try? FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
        }, width: renderer.width)
        let done = player.play(name: name, rounds: rounds, seconds: exercise.seconds?.value)
        Readline.installPromptInterrupt()
        let words = done >= rounds ? "Well done. That's all \(rounds) rounds." : "That's okay, we stopped early. Every breath counts."
        write(renderer.render(Turn.text(words)))
    }

    /// Saves the conversation after every turn, so a closed terminal loses at most the turn in flight.
    mutating func save() {
        guard let store, pendingResume == nil else { return }
        // `steady plan` keeps a conversation left partway through in a chat, unless a crisis opened.
        if endAfterPlan, state.isIdle { return }
        do {
            try store.saveState(try JSONEncoder().encode(state))
        } catch let error as StoreError {
            saveProblem = error.description
        } catch {
            saveProblem = "the conversation could not be encoded"
        }
    }

    func render(_ turn: Turn) {
        switch output {
        case .jsonl:
            write(TurnJSON.line(turn))
        case .human(let renderer, _):
            write(renderer.render(turn))
        }
    }

    /// What Tab completes now: commands, the current options, contact names.
    func completions() -> [String] {
        var words = Self.commands.flatMap { [$0.name] + $0.completions(self) }
        if let frame = state.stack.last, let node = engine.library.dialogue(frame.dialogue)?.nodes[frame.node] {
            words += node.options.map(\.label)
            if case .choice(let choices)? = node.ask?.kind { words += choices }
        }
        words += ((try? store?.contacts()) ?? []).map(\.name)
        return words
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
