import SteadyCore
import SteadyTestSupport
import Testing

/// Builds libraries from YAML text written inside tests.
public enum TestLibrary {
    public static let safety = ScriptSource(path: "safety/crisis.yaml", text: """
        crisis:
          negators: [not, never]
          cues:
            wish: ["kill myself", "(do not|never) want to live"]
            medical: ["overdose"]
            hopelessness: ["whats the point"]
          figures: ["killing me"]
        regions:
          US:
            name: United States
            emergency: "911"
            locales: [en_US]
            lines:
              - { name: Test Line, how: call 000-TEST, source: https://example.org }
              - { name: Test Drugs Line, kind: drugs, how: call 000-DRUG, source: https://example.org }
              - { name: Test Abuse Line, kind: abuse, how: call 000-SAFE, source: https://example.org }
              - { name: Test Children's Line, kind: children, how: call 000-KIDS, source: https://example.org }
            none:
              poison: "the test region has no poison line"
              eating: "the test region has no eating line"
        """)

    /// Crisis lines for one region with a single line: enough for the safety data to load, with
    /// every other kind of line missing.
    public static let oneLineRegion = ScriptSource(path: "safety/crisis-lines.yaml", text: """
        regions:
          XX:
            name: Nowhere
            emergency: "112"
            lines:
              - { name: A Line, how: call 1, source: https://example.org }
        """)

    public static let concepts = ScriptSource(path: "concepts/test.yaml", text: """
        concepts:
          drink: [drink, a drink, beer, wine]
          craving: [craving, urge, really want]
        """)

    /// A library of the given dialogue files (and the test concepts and safety net).
    public static func make(_ dialogues: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Library {
        let sources = [concepts] + dialogues.enumerated().map { ScriptSource(path: "d\($0.offset).yaml", text: $0.element) }
        let (library, diagnostics) = Library.build(sources: sources, safety: [safety])
        #expect(!diagnostics.hasErrors, "\(diagnostics.map(\.description))", sourceLocation: sourceLocation)
        return try #require(library, sourceLocation: sourceLocation)
    }

    /// Plays lines through a fresh conversation and returns every turn after the opening.
    public static func play(_ library: Library, _ lines: [String], seed: UInt64 = 1) -> [Turn] {
        let engine = Engine(library: library, region: "US")
        var (_, state) = engine.start(seed: seed)
        return lines.map { engine.respond(to: $0, state: &state) }
    }
}
