import SteadyCore

/// The rule that keeps scripts out of the safety net's place (ST0019): only Steady's own safety
/// folder may hold files under a folder named `safety`.
extension Linter {
    func safetyFolderFindings() -> [Diagnostic] {
        sources.compactMap { source in
            let folders = source.path.split(separator: "/").dropLast()
            guard folders.contains(where: { $0.lowercased() == "safety" }) else { return nil }
            return Diagnostic(
                .error, .outranksSafety, at: SourceLocation(file: source.path, line: 1, column: 1),
                "a script in a folder named 'safety' would sit beside the safety net, which only Steady's own files may define",
                hint: "move this file to a folder named after its topic")
        }
    }
}
