import CReadline
import Foundation

/// The words Tab can complete; set before each prompt. Read only from readline's callbacks,
/// which run on the main thread while `readline()` waits.
nonisolated(unsafe) private var completionCandidates: [String] = []
nonisolated(unsafe) private var completionMatches: [String] = []
nonisolated(unsafe) private var completionIndex = 0

/// The one place that touches GNU Readline's C API: line editing, history, completion and Ctrl-C.
final class Readline: LineReader {
    private let historyPath: String?
    private let historyLimit: Int

    /// - Parameters:
    ///   - historyPath: where history is kept across runs (mode 0600), or nil to keep none.
    ///   - historyLimit: the most lines kept.
    init(historyPath: String?, historyLimit: Int = 500) {
        self.historyPath = historyPath
        self.historyLimit = historyLimit
        steady_rl_set_name(strdup("steady"))
        using_history()
        stifle_history(Int32(historyLimit))
        if let historyPath, FileManager.default.fileExists(atPath: historyPath) {
            chmod(historyPath, 0o600)
            read_history(historyPath)
        }
        steady_rl_set_completion { text, state in
            if state == 0 {
                let typed = text.map { String(cString: $0) } ?? ""
                completionMatches = Readline.matches(for: typed, in: completionCandidates)
                completionIndex = 0
            }
            guard completionIndex < completionMatches.count else { return nil }
            defer { completionIndex += 1 }
            return strdup(completionMatches[completionIndex])
        }
        Self.installPromptInterrupt()
    }

    /// Ctrl-C at the prompt clears the line being typed and gives a fresh prompt; also called to
    /// put that back after a timed exercise.
    static func installPromptInterrupt() {
        steady_rl_install_sigint()
    }

    /// Candidates that start with what was typed, ignoring case.
    static func matches(for typed: String, in candidates: [String]) -> [String] {
        let lower = typed.lowercased()
        var seen = Set<String>()
        return candidates.filter { $0.lowercased().hasPrefix(lower) && seen.insert($0).inserted }
    }

    /// Sets what Tab completes at the next prompt.
    func setCompletions(_ words: [String]) {
        completionCandidates = words
    }

    func readLine(prompt: String) -> String? {
        Interrupts.unblock()
        Endings.unblock()
        let result = readline(prompt)
        Endings.block()
        Interrupts.block()
        guard let raw = result else { return nil }
        defer { free(raw) }
        let line = Self.clip(String(cString: raw))
        if !line.trimmingCharacters(in: .whitespaces).isEmpty { remember(line) }
        return line
    }

    /// A line cut to ``PlainLineReader/maximumLineBytes``, at a character boundary.
    static func clip(_ line: String) -> String {
        guard line.utf8.count > PlainLineReader.maximumLineBytes else { return line }
        var clipped = Substring(line).utf8.prefix(PlainLineReader.maximumLineBytes)
        while !clipped.isEmpty, String(clipped) == nil { clipped = clipped.dropLast() }
        return String(clipped) ?? ""
    }

    /// Adds a line to history and saves the file at once, so a kill loses nothing typed.
    private func remember(_ line: String) {
        add_history(line)
        guard let historyPath else { return }
        if !FileManager.default.fileExists(atPath: historyPath) {
            _ = FileManager.default.createFile(atPath: historyPath, contents: nil, attributes: [.posixPermissions: 0o600])
        }
        write_history(historyPath)
        history_truncate_file(historyPath, Int32(historyLimit))
        chmod(historyPath, 0o600)
    }

    /// Forgets history in memory and on disk, for a person who keeps none.
    static func eraseHistory(at path: String) {
        clear_history()
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// Ctrl-C and resizes reach the main thread only while it waits for the person.
enum Interrupts {
    static func block() { steady_set_interrupts_blocked(1) }
    static func unblock() { steady_set_interrupts_blocked(0) }
}

/// SIGTERM and SIGHUP end Steady only while it waits for the person, never in the middle of a
/// turn or a save; the terminal is put back as it was.
enum Endings {
    /// Installs the handlers and blocks the signals; call before any other thread starts.
    static func install() {
        // Named here so that the compiler emits the C helper the signal handler uses.
        _ = steady_saved_termios()
        steady_install_end_handlers()
        block()
    }
    static func block() { steady_set_endings_blocked(1) }
    static func unblock() { steady_set_endings_blocked(0) }
}

/// Ctrl-C during a timed exercise: a flag to poll instead of ending the process.
enum ExerciseInterrupt {
    static func install() { steady_install_flag_sigint() }
    static func take() -> Bool { steady_take_interrupt() != 0 }
}
