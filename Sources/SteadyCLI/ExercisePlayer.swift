import Foundation
import SteadyCore

/// A timed breathing or urge-surfing exercise shown live, in place, on a terminal.
///
/// Any key or Ctrl-C stops it early; the conversation then carries on.
struct ExercisePlayer {
    struct Phase: Equatable {
        var words: String
        var seconds: Int
    }

    /// The phases of one round of an exercise, by name.
    static func phases(for name: Effect.Exercise.Name, seconds: Int?) -> [Phase] {
        switch name {
        case .pacedBreathing: [Phase(words: "Breathe in", seconds: 4), Phase(words: "Breathe out slowly", seconds: 6)]
        case .urgeSurfing: [Phase(words: "Notice the urge, let it rise and fall", seconds: seconds ?? 60)]
        case .boxBreathing: [Phase(words: "Breathe in", seconds: 4), Phase(words: "Hold", seconds: 4),
                  Phase(words: "Breathe out", seconds: 4), Phase(words: "Hold", seconds: 4)]
        }
    }

    /// The line shown for one second of the exercise.
    static func frame(round: Int, of rounds: Int, phase: Phase, remaining: Int, width: Int) -> String {
        let roundText = rounds > 1 ? "Round \(round) of \(rounds) \u{00B7} " : ""
        let dots = String(repeating: "\u{25CF}", count: phase.seconds - remaining + 1)
            + String(repeating: "\u{25CB}", count: max(0, remaining - 1))
        let line = "  \(roundText)\(phase.words) \(dots) \(remaining)"
        return String(line.prefix(max(10, width - 1)))
    }

    var write: (String) -> Void
    var width: Int

    /// Plays the exercise; returns how many rounds were completed.
    func play(name: Effect.Exercise.Name, rounds: Int, seconds: Int?) -> Int {
        let phases = Self.phases(for: name, seconds: seconds)
        var terminal = RawTerminal()
        terminal.enter()
        ExerciseInterrupt.install()
        Interrupts.unblock()
        Endings.unblock()
        defer {
            Endings.block()
            Interrupts.block()
            terminal.leave()
        }
        var completed = 0
        outer: for round in 1...max(1, rounds) {
            for phase in phases {
                for remaining in stride(from: phase.seconds, through: 1, by: -1) {
                    write("\r\u{1B}[2K" + Self.frame(round: round, of: rounds, phase: phase, remaining: remaining, width: width))
                    if terminal.waitForKey(seconds: 1) || ExerciseInterrupt.take() { break outer }
                }
            }
            completed = round
        }
        write("\r\u{1B}[2K")
        return completed
    }
}

/// Puts the terminal in a mode where one key press can be noticed without Enter.
struct RawTerminal {
    private var saved = termios()
    private var active = false

    mutating func enter() {
        guard isatty(STDIN_FILENO) == 1, tcgetattr(STDIN_FILENO, &saved) == 0 else { return }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        tcsetattr(STDIN_FILENO, TCSANOW, &raw)
        active = true
    }

    mutating func leave() {
        guard active else { return }
        tcflush(STDIN_FILENO, TCIFLUSH)
        tcsetattr(STDIN_FILENO, TCSANOW, &saved)
        active = false
    }

    /// Waits up to `seconds` for a key; true when one was pressed (it is consumed).
    func waitForKey(seconds: Double) -> Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        let ready = poll(&descriptor, 1, Int32(seconds * 1000))
        guard ready > 0 else { return false }
        var byte: UInt8 = 0
        _ = read(STDIN_FILENO, &byte, 1)
        return true
    }
}
