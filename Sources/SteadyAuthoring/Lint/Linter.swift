import SteadyCore

/// Checks loaded scripts for the mistakes an author wants to hear about before a person meets
/// them: steps no one reaches, loops with no way out, variables nothing sets, triggers that can
/// never win, examples that go elsewhere, and reviews that no longer match the text.
///
/// Pure: it reads only the values it is handed. The catalogue of codes is docs/DIAGNOSTICS.md.
public struct Linter: Sendable {
    /// The scripts as loaded; nil when they could not be loaded at all.
    public var library: Library?
    /// The dialogue and concept files that were loaded (not the shipped safety files).
    public var sources: [ScriptSource]
    /// What loading the files already reported.
    public var loadDiagnostics: [Diagnostic]
    /// The clinical notes of the dialogue folders that have them (docs/CLINICAL.md).
    public var clinicalNotes: [ClinicalNotes]

    public init(library: Library?, sources: [ScriptSource] = [], loadDiagnostics: [Diagnostic] = [],
                clinicalNotes: [ClinicalNotes] = []) {
        self.library = library
        self.sources = sources
        self.loadDiagnostics = loadDiagnostics
        self.clinicalNotes = clinicalNotes
    }

    /// Every finding, the loader's and the lint rules', each once, in file and line order.
    public func run() -> [Diagnostic] {
        var found = loadDiagnostics
        found += safetyFolderFindings()
        found += refusedFileFindings()
        if let library {
            let calls = CallGraph(library.dialogues)
            for dialogue in library.dialogues {
                found += flowFindings(dialogue)
                found += variableFindings(dialogue, calls: calls, library: library)
            }
            let triggers = triggerFindings(library)
            found += triggers
            found += exampleFindings(library, shadowed: Set(triggers.map(\.location)))
            found += reviewFindings(library)
            found += clinicalFindings(library)
        }
        return ordered(withSourceLines(found))
    }

    /// The findings about one file, for an editor that shows them as the file is typed: the
    /// loader's, and the lint rules' for the dialogue the file holds, its triggers against every
    /// other dialogue's, and its examples.
    public func run(file: String) -> [Diagnostic] {
        var found = loadDiagnostics.filter { $0.location.file == file }
        found += safetyFolderFindings()
        found += refusedFileFindings(only: file)
        if let library, let index = library.dialogues.firstIndex(where: { $0.location.file == file }) {
            let dialogue = library.dialogues[index]
            found += flowFindings(dialogue)
            found += variableFindings(dialogue, calls: CallGraph(library.dialogues), library: library)
            let triggers = triggerFindings(library, only: index)
            found += triggers
            found += exampleFindings(library, shadowed: Set(triggers.map(\.location)), only: dialogue.id)
            found += reviewFindings(library)
            found += clinicalFindings(library)
        }
        return ordered(withSourceLines(found.filter { $0.location.file == file }))
    }

    /// Adds the offending source line to findings that lack one, so each can show a caret.
    func withSourceLines(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var lines: [String: [Substring]] = [:]
        for source in sources { lines[source.path] = source.text.split(separator: "\n", omittingEmptySubsequences: false) }
        return diagnostics.map { diagnostic in
            guard diagnostic.sourceLine == nil, let fileLines = lines[diagnostic.location.file],
                diagnostic.location.line >= 1, diagnostic.location.line <= fileLines.count
            else { return diagnostic }
            var copy = diagnostic
            copy.sourceLine = String(fileLines[diagnostic.location.line - 1])
            return copy
        }
    }

    /// Removes repeats and sorts by the order the files were given, then line and column.
    func ordered(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var fileRank: [String: Int] = [:]
        for (index, source) in sources.enumerated() where fileRank[source.path] == nil { fileRank[source.path] = index }
        var seen = Set<Diagnostic>()
        let unique = diagnostics.filter { seen.insert($0).inserted }
        return unique.enumerated().sorted { a, b in
            let la = a.element.location, lb = b.element.location
            let ra = fileRank[la.file] ?? Int.max, rb = fileRank[lb.file] ?? Int.max
            if ra != rb { return ra < rb }
            if la.file != lb.file { return la.file < lb.file }
            if la.line != lb.line { return la.line < lb.line }
            if la.column != lb.column { return la.column < lb.column }
            return a.offset < b.offset
        }.map(\.element)
    }
}
