import ArgumentParser
import Foundation
import SteadyAuthoring
import SteadyCore

/// Where a crash during exploration happened, written by the signal handler; set before each
/// conversation is played.
nonisolated(unsafe) private var crashNote: UnsafeMutablePointer<CChar>?

extension Steady.Test {
    /// Plays the transcripts quietly (for the paths they take), then random conversations, and
    /// prints what the exploration found. Exits 1 on a finding.
    func runExploration(_ count: Int, library: Library, transcripts files: [String], runner: TranscriptRunner, color: Bool) throws {
        var tally = TranscriptCoverage(library: library)
        for file in files {
            guard let transcript = try? Self.read(file), let report = try? Self.play(transcript, runner: runner) else { continue }
            tally.beginConversation()
            report.turns.forEach { tally.record($0) }
        }
        let seed = options.seed ?? 1
        let explorer = Explorer(library: library, covered: Set(tally.edgeCounts.keys))
        Self.installCrashReport()
        let report = explorer.run(conversations: count, seed: seed) { number, dialogue in
            Self.noteConversation("steady: crashed in conversation \(number) (starting in '\(dialogue)') of steady test --explore \(count) --seed \(seed)\n")
        }
        Self.noteConversation(nil)
        for finding in report.findings {
            let place = finding.location?.description ?? finding.step
            let error = color ? "\u{1B}[1;31merror\u{1B}[0m" : "error"
            print("\(Renderer.sanitize(place)): \(error): \(Renderer.sanitize(finding.message)) [explore: \(finding.kind.rawValue)]")
            print("    conversation \(finding.conversation.number): " + Self.shown(finding.conversation.inputs))
        }
        print("")
        print("Explored \(report.conversations) conversation\(report.conversations == 1 ? "" : "s") (seed \(seed)), \(report.turns) turns.")
        if !report.uncovered.isEmpty {
            print("Paths no transcript takes (\(report.uncovered.count)):")
            for path in report.uncovered {
                print("  \(Renderer.sanitize(path.edge.from)) -> \(Renderer.sanitize(path.edge.to))   (conversation \(path.conversation.number): \(Self.shown(path.conversation.inputs)))")
            }
        }
        let n = report.findings.count
        print(n == 0 ? "No findings." : "\(n) finding\(n == 1 ? "" : "s").")
        if n > 0 { throw ExitCode.failure }
    }

    /// The inputs of a conversation on one line, each after a `>`.
    static func shown(_ inputs: [String]) -> String {
        Renderer.sanitize(inputs.map { "> \($0)" }.joined(separator: "  "))
    }

    /// Sets (or clears) the line the crash handler prints.
    static func noteConversation(_ note: String?) {
        let old = crashNote
        crashNote = note.map { strdup($0) } ?? nil
        free(old)
    }

    /// On a crash, says which conversation was being played, then dies as it would have.
    static func installCrashReport() {
        for sig in [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT] {
            signal(sig) { received in
                if let note = crashNote { _ = write(STDERR_FILENO, note, strlen(note)) }
                signal(received, SIG_DFL)
                raise(received)
            }
        }
    }
}
