import ArgumentParser
import Foundation
import SteadyAuthoring
import SteadyCore
import SteadyStore

extension Steady {
    /// Play written conversations against the dialogues and check Steady's answers.
    struct Test: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "test",
            abstract: "Play transcript tests: written conversations with the answers Steady should give.",
            discussion: """
                Plays every .transcript file under the paths given (files or folders; default \
                \(defaultFolder)), each from a fresh conversation with an empty store, and prints \
                PASS or FAIL for each file, with the first difference in a failing one. Then a \
                summary of which dialogues, steps and triggers the transcripts reached. Exits 1 when \
                a transcript fails, 64 when one cannot be read.

                A transcript, one instruction a line:
                  # a comment (also after text, following a space)
                  seed: 1                  the seed, for the same variants every time (default 1)
                  region: US               whose crisis lines to show
                  start: practice          open with steady practice's list of scenarios
                                           (default: chat's greeting)
                  contact: Sam | text 07700 900123 | friend | emotional,practical | any time
                                           a support contact in the store (name | reach |
                                           relationship | supports | availability)
                  > i really want a drink  what the person types: one turn
                  < how strong             text the reply must contain (ignoring case; the
                                           numbered options count as part of the reply)
                  = topic craving          a check on the turn: topic ID, dialogue ID, node ID
                                           (or DIALOGUE/NODE), crisis true|false, ended true|false,
                                           option N TEXT, effect TYPE, var NAME VALUE, not TEXT
                < and = lines apply to the turn of the > above them; before the first > they \
                check the opening turn. seed:, region:, contact: and start: go before the first >. \
                The --seed option is not used: each transcript gives its own seed.
                """)

        static let defaultFolder = "Tests/Transcripts"

        @OptionGroup var options: SharedOptions

        @Argument(help: ArgumentHelp("Transcript files or folders to play (default: \(defaultFolder)).", valueName: "path"))
        var paths: [String] = []

        @Flag(help: "List every dialogue, step, trigger, option and branch with how often the transcripts (or, for triggers, the examples) reached it.")
        var coverage = false

        @Option(help: ArgumentHelp(
            "Play N random conversations through every dialogue (default \(defaultExploreCount)) and report steps that cannot be left, loops that never wait, unfilled {variables}, and the paths no transcript takes. Use --seed to repeat a run.",
            valueName: "n"))
        var explore: Int?

        static let defaultExploreCount = 200

        func validate() throws {
            for path in paths.isEmpty ? [Self.defaultFolder] : paths where !FileManager.default.fileExists(atPath: path) {
                throw ValidationError("\(path): there is no such file or folder.")
            }
            if let explore, explore < 1 { throw ValidationError("--explore needs a number of conversations above 0.") }
        }

        func run() throws {
            let color = options.useColor && isatty(STDOUT_FILENO) == 1
            let (loaded, problems) = DialogueFiles.loadLibrary(extra: options.dialogues)
            let printer = DiagnosticPrinter(color: color)
            for problem in problems where problem.severity == .error { printError(printer.render(problem)) }
            guard let library = loaded else { throw ExitCode.failure }
            let files = (paths.isEmpty ? [Self.defaultFolder] : paths).flatMap(Self.transcripts(at:))
            guard !files.isEmpty else {
                throw ValidationError("there are no .transcript files in \((paths.isEmpty ? [Self.defaultFolder] : paths).joined(separator: ", ")).")
            }
            let runner = TranscriptRunner(library: library)
            if let explore {
                try runExploration(explore, library: library, transcripts: files, runner: runner, color: color)
                return
            }
            var tally = TranscriptCoverage(library: library)
            tally.recordExamples()
            var passed = 0, failed = 0, malformed = 0
            for file in files {
                let shown = DialogueFiles.displayPath(file)
                let transcript: Transcript
                do {
                    transcript = try Self.read(file)
                } catch {
                    malformed += 1
                    let text = Self.text(of: file)
                    for problem in error.problems { print(Self.render(problem, path: shown, text: text, color: color)) }
                    continue
                }
                let report: TranscriptRunner.Report
                do {
                    report = try Self.play(transcript, runner: runner)
                } catch {
                    failed += 1
                    print("\(paint("FAIL", "1;31", color)) \(shown): the practice store could not be set up: \(error.description)")
                    continue
                }
                tally.beginConversation()
                report.turns.forEach { tally.record($0) }
                if let first = report.failures.first {
                    failed += 1
                    var lines = first.explanation
                    print("\(paint("FAIL", "1;31", color)) \(shown):\(first.line): \(Renderer.sanitize(lines.removeFirst()))")
                    for line in lines { print("    " + Renderer.sanitize(line)) }
                    let more = report.failures.count - 1
                    if more > 0 { print("    (\(more) more difference\(more == 1 ? "" : "s") after this one)") }
                } else {
                    passed += 1
                    let turns = transcript.steps.count - 1
                    print("\(paint("PASS", "1;32", color)) \(shown) (\(turns) turn\(turns == 1 ? "" : "s"), "
                          + "\(transcript.checkCount) check\(transcript.checkCount == 1 ? "" : "s"))")
                }
            }
            print("")
            var outcome = "\(passed) passed, \(failed) failed"
            if malformed > 0 { outcome += ", \(malformed) could not be read" }
            print("\(outcome) (\(files.count) transcript\(files.count == 1 ? "" : "s")).")
            print("")
            print(coverage ? CoverageText.full(tally) : CoverageText.summary(tally))
            if malformed > 0 { throw ExitCode(64) }
            if failed > 0 { throw ExitCode.failure }
        }

        /// Plays one transcript with a fresh in-memory store holding its contacts.
        static func play(_ transcript: Transcript, runner: TranscriptRunner) throws(StoreError) -> TranscriptRunner.Report {
            let store = try Store.inMemory()
            for contact in transcript.contacts { try store.saveContact(contact, at: fixedNow) }
            var performer = EffectPerformer(store: store)
            performer.now = { fixedNow }
            performer.calendar = fixedCalendar
            return runner.run(transcript) { turn in performer.performAll(turn) }
        }

        /// The moment transcripts are played at, so contact suggestions never depend on the clock:
        /// Wednesday 15 January 2025, 19:00 UTC.
        static let fixedNow = Date(timeIntervalSince1970: 1_736_967_600)

        static var fixedCalendar: Calendar {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
            return calendar
        }

        static func text(of file: String) -> String {
            FileManager.default.contents(atPath: file).map { String(decoding: $0, as: UTF8.self) } ?? ""
        }

        static func read(_ file: String) throws(Transcript.ParseError) -> Transcript {
            guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
                throw Transcript.ParseError(problems: [Transcript.Problem(line: 1, column: 1, "cannot read this file as UTF-8 text")])
            }
            return try TranscriptParser.parse(text)
        }

        /// A transcript problem for a person: `path:line:col: error: message`, the line, and a caret under the column.
        static func render(_ problem: Transcript.Problem, path: String, text: String, color: Bool) -> String {
            let error = color ? "\u{1B}[1;31merror\u{1B}[0m" : "error"
            var out = ["\(Renderer.sanitize(path)):\(problem.line):\(problem.column): \(error): \(Renderer.sanitize(problem.message))"]
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            if lines.indices.contains(problem.line - 1) {
                let source = String(lines[problem.line - 1]).trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
                let before = Renderer.sanitize(String(source.prefix(max(0, problem.column - 1))))
                out.append("    " + Renderer.sanitize(source))
                out.append("    " + String(repeating: " ", count: before.count) + "^")
            }
            return out.joined(separator: "\n")
        }

        /// The `.transcript` files a path names: the file itself, or every one below a folder, sorted.
        static func transcripts(at path: String) -> [String] {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return [] }
            guard isDirectory.boolValue else { return [path] }
            guard let enumerator = FileManager.default.enumerator(atPath: path) else { return [] }
            var out: [String] = []
            while let relative = enumerator.nextObject() as? String {
                if relative.hasSuffix(".transcript") { out.append((path as NSString).appendingPathComponent(relative)) }
            }
            return out.sorted()
        }

        func paint(_ text: String, _ code: String, _ color: Bool) -> String {
            color ? "\u{1B}[\(code)m" + text + "\u{1B}[0m" : text
        }
    }
}
