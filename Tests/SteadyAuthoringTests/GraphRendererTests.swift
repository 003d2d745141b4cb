import SteadyAuthoring
import SteadyCore
import SteadyTestSupport
import Testing

struct GraphRendererTests {
    static let flow = """
        id: flow
        topic: craving
        title: A "small" flow
        start: rate
        nodes:
          rate:
            say: "How strong is it, from 0 to 10? Take your time and be honest."
            ask: { kind: scale, min: 0, max: 10, into: level }
            next:
              - { when: "level >= 8 and not calm", goto: help }
              - { goto: talk }
          help:
            say: "A big one."
            options:
              - { label: "Breathe with me", goto: talk }
              - { label: "Talk to someone", call: other }
          talk:
            say: "Good."
            end: true
        """

    static let other = """
        id: other
        topic: stress
        start: one
        nodes:
          one:
            say: "Someone to talk to."
        """

    @Test func drawsStepsOptionsConditionsCallsAndEndsInDot() throws {
        let library = try TestLibrary.make([Self.flow, Self.other])
        let dialogue = try #require(library.dialogue("flow"))
        let dot = GraphRenderer(format: .dot).render([dialogue])
        #expect(dot.hasPrefix("digraph steady {\n"))
        #expect(dot.contains("label=\"flow: A \\\"small\\\" flow\";"))
        #expect(dot.contains("\"flow/(start)\" -> \"flow/rate\";"))
        #expect(dot.contains("\"flow/rate\" [label=\"rate\\nHow strong is it, from 0 to 10? Take your t\u{2026}\\nasks scale 0-10 -> level\"];"))
        #expect(dot.contains("\"flow/rate\" -> \"flow/help\" [label=\"when level >= 8 and not calm\"];"))
        #expect(dot.contains("\"flow/help\" -> \"flow/talk\" [label=\"1. Breathe with me\"];"))
        #expect(dot.contains("\"flow/help\" -> \"(call)/other\" [label=\"2. Talk to someone\", style=dashed];"))
        #expect(dot.contains("\"(call)/other\" [label=\"call other\", shape=component, style=dashed];"))
        #expect(dot.contains("\"flow/talk\" -> \"flow/(end)\";"))
        #expect(dot.contains("\"flow/(end)\" [label=\"end\", shape=doublecircle];"))
        #expect(dot.hasSuffix("}\n"))
    }

    @Test func drawsCallsBetweenDialoguesAndImplicitEndsWithAll() throws {
        let library = try TestLibrary.make([Self.flow, Self.other])
        let dot = GraphRenderer(format: .dot).render(library.dialogues)
        #expect(dot.contains("subgraph \"cluster_1\""))
        #expect(dot.contains("\"flow/help\" -> \"other/(start)\" [label=\"2. Talk to someone\", style=dashed];"))
        #expect(dot.contains("\"other/one\" -> \"other/(end)\" [style=dotted];"))
        #expect(!dot.contains("(call)/"))
    }

    @Test func drawsTheSameFlowInMermaid() throws {
        let library = try TestLibrary.make([Self.flow, Self.other])
        let dialogue = try #require(library.dialogue("flow"))
        let mermaid = GraphRenderer(format: .mermaid).render([dialogue])
        let lines = mermaid.split(separator: "\n").map(String.init)
        #expect(lines.first == "flowchart TD")
        #expect(lines.contains("  subgraph g0 [\"flow: A #quot;small#quot; flow\"]"))
        #expect(lines.contains("    n0((\"start\"))"))
        #expect(lines.contains("  n1 -->|\"when level #gt;= 8 and not calm\"| n2"))
        #expect(lines.contains { $0.hasSuffix("[[\"call other\"]]") })
        #expect(lines.contains { $0.contains("-.->|\"2. Talk to someone\"|") })
    }
}
