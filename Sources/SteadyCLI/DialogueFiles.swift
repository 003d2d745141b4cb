import Foundation
import SteadyAuthoring
import SteadyCore

/// Finds and reads the script files: the shipped Dialogues folder and any extra folders.
enum DialogueFiles {
    /// The shipped Dialogues folder: `$STEADY_SHIPPED_DIALOGUES`, else `../share/steady/Dialogues`
    /// beside the binary (an installed copy), else the nearest `Dialogues/` above the binary
    /// (a build inside the source tree).
    static func shippedFolder() -> String? {
        let fileManager = FileManager.default
        if let explicit = ProcessInfo.processInfo.environment["STEADY_SHIPPED_DIALOGUES"], !explicit.isEmpty {
            return explicit
        }
        guard let executable = executablePath().map(URL.init(fileURLWithPath:)) ?? Bundle.main.executableURL?.resolvingSymlinksInPath()
        else { return nil }
        let binDir = executable.deletingLastPathComponent()
        let installed = binDir.deletingLastPathComponent().appendingPathComponent("share/steady/Dialogues")
        if fileManager.fileExists(atPath: installed.appendingPathComponent("safety").path) { return installed.path }
        var folder = binDir
        for _ in 0..<8 {
            let candidate = folder.appendingPathComponent("Dialogues")
            if fileManager.fileExists(atPath: candidate.appendingPathComponent("safety").path) { return candidate.path }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }

    /// The running program's own file, links resolved, as the kernel tells it: quicker than
    /// asking Foundation's `Bundle`, which reads a good deal more at start-up.
    static func executablePath() -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return nil }
        return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// The clinical notes for a dialogue folder: `docs/CLINICAL.md` in the folder's parent; nil
    /// when there is none (a person's own folder) or it cannot be read.
    static func clinicalNotes(for folder: String) -> ClinicalNotes? {
        let parent = ((folder as NSString).standardizingPath as NSString).deletingLastPathComponent
        let path = (parent as NSString).appendingPathComponent("docs/CLINICAL.md")
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            return nil
        }
        return ClinicalNotes(folder: displayPath(folder), path: displayPath(path), text: text)
    }

    /// Every `.yaml` or `.yml` file below a folder, sorted by path.
    static func yamlFiles(in folder: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [] }
        var out: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") {
                out.append((folder as NSString).appendingPathComponent(relative))
            }
        }
        return out.sorted()
    }

    /// A path relative to the current folder when it lies inside it, for shorter diagnostics.
    static func displayPath(_ path: String, cwd: String = FileManager.default.currentDirectoryPath) -> String {
        // Links are resolved too, so that `steady lint` knows a file however it was named.
        let standardized = (path as NSString).standardizingPath
        return standardized.hasPrefix(cwd + "/") ? String(standardized.dropFirst(cwd.count + 1)) : standardized
    }

    /// Reads files; one that cannot be read becomes a diagnostic.
    static func read(_ paths: [String]) -> ([ScriptSource], [Diagnostic]) {
        var sources: [ScriptSource] = []
        var diagnostics: [Diagnostic] = []
        let cwd = FileManager.default.currentDirectoryPath
        for path in paths {
            // stat(2) alone: FileManager's attributes would also look up the owner's name.
            var info = stat()
            let size = stat(path, &info) == 0 ? Int(info.st_size) : 0
            if size > 1_000_000 {
                diagnostics.append(Diagnostic(.error, .tooLarge, at: SourceLocation(file: path, line: 1, column: 1),
                                              "the file is larger than 1000 kB"))
                continue
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                diagnostics.append(Diagnostic(.error, .unreadable, at: SourceLocation(file: path, line: 1, column: 1),
                                              "cannot read this file"))
                continue
            }
            guard let text = String(data: data, encoding: .utf8) else {
                diagnostics.append(Diagnostic(.error, .unreadable, at: SourceLocation(file: path, line: 1, column: 1),
                                              "this file is not UTF-8 text"))
                continue
            }
            sources.append(ScriptSource(path: displayPath(path, cwd: cwd), text: text))
        }
        return (sources, diagnostics)
    }

    /// Loads the shipped scripts plus extra folders into a library.
    static func loadLibrary(extra: [String]) -> (Library?, [Diagnostic]) {
        guard let shipped = shippedFolder() else {
            return (nil, [Diagnostic(.error, .safetyData, at: SourceLocation(file: "Dialogues", line: 1, column: 1),
                                     "cannot find Steady's Dialogues folder",
                                     hint: "run Steady from its build folder, install it with Scripts/install, or set STEADY_SHIPPED_DIALOGUES")])
        }
        let safetyFolder = (shipped as NSString).appendingPathComponent("safety")
        let shippedFiles = yamlFiles(in: shipped).filter { !$0.hasPrefix(safetyFolder + "/") }
        let (safety, safetyProblems) = read(yamlFiles(in: safetyFolder))
        let (sources, problems) = read(shippedFiles + extra.flatMap(yamlFiles(in:)))
        let wordsPath = (shipped as NSString).appendingPathComponent("words/english.txt")
        let words = (try? Data(contentsOf: URL(fileURLWithPath: wordsPath), options: .alwaysMapped)).map(WordList.init) ?? .empty
        let key = Library.learningKey(sources: sources, safety: safety, words: words, program: LearntCache.program())
        let kept = LearntCache.read(key: key)
        let (library, found) = Library.build(sources: sources, safety: safety, words: words, learnt: kept)
        if kept == nil, let library { LearntCache.write(library.learnt, key: key) }
        return (library, safetyProblems + problems + found)
    }
}
