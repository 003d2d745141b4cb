import Foundation
import SteadyAuthoring
import SteadyCore
import SteadyTestSupport

/// Lints dialogue files written inside tests, with the test concepts and safety net.
enum LintHarness {
    /// The package root, found from this file's path.
    static let packageRoot = ShippedLibrary.packageRoot

    /// Every finding for these files; paths default to d0.yaml, d1.yaml, ...
    static func findings(_ files: [(path: String, text: String)]) -> [Diagnostic] {
        let sources = [TestLibrary.concepts] + files.map { ScriptSource(path: $0.path, text: $0.text) }
        let (library, diagnostics) = Library.build(sources: sources, safety: [TestLibrary.safety])
        return Linter(library: library, sources: sources, loadDiagnostics: diagnostics).run()
    }

    static func findings(_ texts: String...) -> [Diagnostic] {
        findings(texts.enumerated().map { (path: "d\($0.offset).yaml", text: $0.element) })
    }

    /// The shipped Dialogues folder's files, read from disk: safety files apart.
    static func shippedSources() throws -> (scripts: [ScriptSource], safety: [ScriptSource]) {
        try ShippedLibrary.sources()
    }
}
