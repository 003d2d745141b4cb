import ArgumentParser
import Foundation
import SteadyAuthoring
import SteadyCore

extension Steady {
    /// Check dialogue scripts for mistakes before anyone meets them.
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lint",
            abstract: "Check dialogue scripts and report every problem with its file, line and column.",
            discussion: """
                With no paths, checks the shipped Dialogues and any --dialogues folders. With paths \
                (files or folders), checks those, loaded together with the shipped scripts so that \
                calls and concepts resolve. Every finding is printed as \
                path:line:col: severity: message [STnnnn], with a hint where there is one; \
                docs/DIAGNOSTICS.md explains each code. Exits 1 when there are errors.

                --sign-off NAME FILE prints the review line to paste into FILE once NAME has \
                reviewed it; lint warns when the file changes after that.
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, json
        }

        @OptionGroup var options: SharedOptions

        @Argument(help: ArgumentHelp("Dialogue files or folders to check.", valueName: "path"))
        var paths: [String] = []

        @Flag(help: "Treat warnings as errors.")
        var strict = false

        @Option(help: "How to print the findings: text or json.")
        var format: Format = .text

        @Option(name: .customLong("sign-off"), help: ArgumentHelp(
            "Print the review line for one dialogue file, signed by this reviewer.", valueName: "name"))
        var signOff: String?

        func validate() throws {
            for path in paths where !FileManager.default.fileExists(atPath: path) {
                throw ValidationError("\(path): there is no such file or folder.")
            }
            if let signOff {
                if signOff.trimmingCharacters(in: .whitespaces).isEmpty {
                    throw ValidationError("--sign-off needs the reviewer's name.")
                }
                guard paths.count == 1 else {
                    throw ValidationError("--sign-off takes exactly one dialogue file, as in: steady lint --sign-off \"Sam Lee\" Dialogues/craving/urge-surfing.yaml")
                }
            }
        }

        func run() throws {
            if let signOff {
                try printSignOff(by: signOff)
                return
            }
            let (findings, fileCount) = lint()
            let shown = strict ? findings.map(Self.strengthened) : findings
            switch format {
            case .text:
                let printer = DiagnosticPrinter(color: options.useColor && isatty(STDOUT_FILENO) == 1)
                for finding in shown { print(printer.render(finding)) }
                print(Self.summary(shown, files: fileCount))
            case .json:
                print(try LintJSON.encode(shown))
            }
            if shown.hasErrors { throw ExitCode.failure }
        }

        /// The findings to show and how many files were checked.
        func lint() -> ([Diagnostic], Int) {
            guard let shipped = DialogueFiles.shippedFolder() else {
                let (_, problems) = DialogueFiles.loadLibrary(extra: [])
                return (problems, 0)
            }
            let safetyFolder = Self.standardized((shipped as NSString).appendingPathComponent("safety"))
            let isShippedSafety = { (path: String) in Self.standardized(path).hasPrefix(safetyFolder + "/") }
            let requested = paths.flatMap(Self.files(at:))
            var seen = Set<String>()
            let toLoad = (DialogueFiles.yamlFiles(in: shipped) + options.dialogues.flatMap(DialogueFiles.yamlFiles(in:)) + requested)
                .filter { !isShippedSafety($0) && seen.insert(Self.standardized($0)).inserted }
            let (safety, safetyProblems) = DialogueFiles.read(DialogueFiles.yamlFiles(in: safetyFolder))
            let (sources, readProblems) = DialogueFiles.read(toLoad)
            let (library, loadProblems) = Library.build(sources: sources, safety: safety)
            let notes = ([shipped] + options.dialogues).compactMap(DialogueFiles.clinicalNotes(for:))
            let linter = Linter(library: library, sources: sources, loadDiagnostics: safetyProblems + readProblems + loadProblems,
                                clinicalNotes: notes)
            let findings = linter.run()
            guard !paths.isEmpty else { return (findings, toLoad.count) }
            // Report on the files asked about, and on anything that belongs to no file.
            let asked = Set(requested.map { DialogueFiles.displayPath($0) })
            let loaded = Set(sources.map(\.path) + safety.map(\.path))
            return (findings.filter { asked.contains($0.location.file) || !loaded.contains($0.location.file) }, asked.count)
        }

        func printSignOff(by reviewer: String) throws {
            let path = paths[0]
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                printError("Steady can't read \(path) as text.")
                throw ExitCode.failure
            }
            guard ScriptLoader.kind(of: text) == .dialogue else {
                printError("\(path) is not a dialogue file; only dialogues are signed off.")
                throw ExitCode.failure
            }
            printSafely(SignOff.line(by: reviewer, text: text))
            printError("Paste this line at the top level of \(path), replacing any earlier review line.")
        }

        /// The `.yaml` files a path names: the file itself, or every one below a folder.
        static func files(at path: String) -> [String] {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return [] }
            return isDirectory.boolValue ? DialogueFiles.yamlFiles(in: path) : [path]
        }

        static func standardized(_ path: String) -> String {
            URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        }

        /// A warning made into an error, for --strict.
        static func strengthened(_ diagnostic: Diagnostic) -> Diagnostic {
            var copy = diagnostic
            if copy.severity == .warning { copy.severity = .error }
            return copy
        }

        static func summary(_ findings: [Diagnostic], files: Int) -> String {
            let errors = findings.filter { $0.severity == .error }.count
            let warnings = findings.filter { $0.severity == .warning }.count
            let checked = "\(files) file\(files == 1 ? "" : "s") checked"
            if errors == 0 && warnings == 0 { return "No problems found (\(checked))." }
            func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
            return "\(count(errors, "error")), \(count(warnings, "warning")) (\(checked))."
        }
    }
}
