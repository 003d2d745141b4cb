import Foundation
import SteadyCore
import SteadyTestSupport
import Testing

/// The shipped Dialogues folder, read from disk the way the binary reads it.
public enum ShippedLibrary {
    /// The package root, found from this file's path.
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    public static let folder = packageRoot.appendingPathComponent("Dialogues")

    /// Every script file, paths relative to the package root: safety files apart.
    public static func sources() throws -> (scripts: [ScriptSource], safety: [ScriptSource]) {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return ([], []) }
        var relatives: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") { relatives.append(relative) }
        }
        var scripts: [ScriptSource] = [], safety: [ScriptSource] = []
        for relative in relatives.sorted() {
            let text = try String(contentsOf: folder.appendingPathComponent(relative), encoding: .utf8)
            let source = ScriptSource(path: "Dialogues/" + relative, text: text)
            if relative.hasPrefix("safety/") { safety.append(source) } else { scripts.append(source) }
        }
        return (scripts, safety)
    }

    /// The English word list that protects real words from spelling correction.
    public static func words() -> WordList {
        let url = folder.appendingPathComponent("words/english.txt")
        return (try? Data(contentsOf: url, options: .alwaysMapped)).map(WordList.init) ?? .empty
    }

    /// The shipped library and what loading it reported.
    public static func build() throws -> (Library?, [Diagnostic]) {
        let (scripts, safety) = try sources()
        return Library.build(sources: scripts, safety: safety, words: words())
    }

    /// Loaded once for all tests.
    public static let shared: Result<Library, any Error> = Result {
        guard let library = try build().0 else { throw LoadError() }
        return library
    }

    public struct LoadError: Error {}

    public static func library() throws -> Library { try shared.get() }

    /// Reads a tab-separated fixture under Tests/SteadyCoreTests/Fixtures, without its header.
    public static func fixture(_ name: String) throws -> [[String]] {
        let url = packageRoot.appendingPathComponent("Tests/SteadyCoreTests/Fixtures").appendingPathComponent(name)
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").dropFirst()
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
            .filter { $0.count >= 2 }
    }

    /// What the shipped safety net makes of one message: crisis, check, or nil for nothing.
    public static func safetyLevel(_ text: String) throws -> SafetyNet.Level? {
        let library = try library()
        return library.safety.check(library.message(text))?.level
    }

    /// The first turn answering one message in a fresh conversation.
    public static func firstTurn(_ library: Library, _ text: String) -> Turn {
        let engine = Engine(library: library, region: "US")
        var (_, state) = engine.start(seed: 1)
        return engine.respond(to: text, state: &state)
    }

    /// Where a first message is routed: the first turn, or, when the safety net asked its check,
    /// the turn after the person answers "No" (Steady then answers what the message was about).
    public static func routedTurn(_ library: Library, _ text: String) -> Turn {
        let engine = Engine(library: library, region: "US")
        var (_, state) = engine.start(seed: 1)
        let turn = engine.respond(to: text, state: &state)
        guard turn.safety == .check else { return turn }
        return engine.respond(to: "No", state: &state)
    }
}
