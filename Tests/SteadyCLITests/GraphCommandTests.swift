import Foundation
import Testing

struct GraphCommandTests {
    /// Where Graphviz's `dot` is installed, if it is.
    static let dotPath: String? = ["/usr/bin/dot", "/usr/local/bin/dot", "/opt/homebrew/bin/dot"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test func graphPrintsDotForAShippedDialogue() throws {
        let result = try SteadyBinary.run(["graph", "urge-surfing"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("digraph steady {"))
        #expect(result.stdout.contains("\"urge-surfing/rate\" -> \"urge-surfing/delay\" [label=\"when craving_before >= 8\"];"))
    }

    @Test func graphPrintsMermaidForEveryDialogue() throws {
        let result = try SteadyBinary.run(["graph", "--all", "--format", "mermaid"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("flowchart TD\n"))
        #expect(result.stdout.contains("[\"urge-surfing: Ride out a craving\"]"))
    }

    @Test func graphNeedsOneDialogueOrAll() throws {
        let none = try SteadyBinary.run(["graph"])
        #expect(none.status == 64)
        let unknown = try SteadyBinary.run(["graph", "no-such-dialogue"])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("There is no dialogue 'no-such-dialogue'"))
    }

    // Skipped with a message when Graphviz is not installed: `apt-get install graphviz` enables it.
    @Test(.enabled(if: dotPath != nil, "Graphviz's dot is not installed; install graphviz to run this test"))
    func graphvizRendersEveryShippedDialogueToSVG() throws {
        let dot = try #require(Self.dotPath)
        let graph = try SteadyBinary.run(["graph", "--all"])
        #expect(graph.status == 0)
        let input = SteadyBinary.temporaryFolder().appendingPathComponent("all.dot")
        try graph.stdout.write(to: input, atomically: true, encoding: .utf8)
        let result = try Spawn.run(dot, ["-Tsvg", input.path])
        let svg = String(decoding: result.stdout, as: UTF8.self)
        let errors = String(decoding: result.stderr, as: UTF8.self)
        #expect(result.ending == .exit(0), "\(errors)")
        #expect(errors.isEmpty, "dot warned: \(errors)")
        #expect(svg.contains("<svg"))
        #expect(svg.contains("</svg>"))
    }
}
