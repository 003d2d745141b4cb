import SteadyCore
import SteadyTestSupport
import Testing

/// `steady explain` shows the list the engine chose from, so the two cannot disagree.
struct ExplainTests {
    @Test func theFirstCandidateExplainedIsTheEnginesRouteForEveryFixtureMessage() throws {
        let library = try ShippedLibrary.library()
        let rows = try ShippedLibrary.fixture("routing-a.tsv") + ShippedLibrary.fixture("routing-b.tsv")
            + ShippedLibrary.fixture("crisis.tsv")
        #expect(rows.count > 800)
        let engine = Engine(library: library, region: "US")
        let (_, fresh) = engine.start(seed: 1)
        for row in rows {
            let text = row[row.count - 1]
            var state = fresh
            let turn = engine.respond(to: text, state: &state)
            let explanation = engine.explain(text, state: fresh)
            // The safety net's strongest finding: the crisis response or the safety check it led to.
            let crisis = explanation.safety.findings.first
            switch turn.route {
            case .safety(let category):
                #expect(crisis?.level == .crisis && crisis?.category == category, "\(text)")
            case .safetyCheck(let category):
                #expect(crisis?.level == .check && crisis?.category == category, "\(text)")
            case .trigger(let source):
                // The weighing explained is the one the engine routed by: its winner, and the
                // trigger that won it.
                #expect(crisis == nil, "\(text)")
                let winner = explanation.understanding.route
                #expect(winner.map { library.dialogues[$0.dialogue].id } == turn.dialogue, "\(text)")
                #expect(winner?.evidence.contains(.trigger(source: source, sentence: nil)) == true
                    || winner?.evidence.contains { if case .trigger(source, _) = $0 { true } else { false } } == true, "\(text)")
            case .example(let example, _):
                #expect(crisis == nil, "\(text)")
                let winner = explanation.understanding.route
                #expect(winner.map { library.dialogues[$0.dialogue].id } == turn.dialogue, "\(text)")
                #expect(winner?.evidence.contains { if case .example(example, _, _) = $0 { true } else { false } } == true, "\(text)")
            case .fallback:
                #expect(crisis == nil && explanation.understanding.route == nil, "\(text)")
                #expect(explanation.understanding.confidence == .low, "\(text)")
            case .outOfScope:
                #expect(crisis == nil && explanation.understanding.outOfScope, "\(text)")
            default:
                #expect(crisis == nil, "\(text)")
            }
            #expect(explanation.turn.route == turn.route && explanation.turn.dialogue == turn.dialogue, "\(text)")
        }
    }
}
