import SteadyCore
import SteadyTestSupport
import Testing

/// First messages routed through the shipped dialogues, against labels written for Steady.
struct RoutingTests {
    @Test func labelledFirstMessagesRouteToTheirTopic() throws {
        let library = try ShippedLibrary.library()
        let rows = try ShippedLibrary.fixture("routing-a.tsv") + ShippedLibrary.fixture("routing-b.tsv")
        var perTopic: [String: (total: Int, right: Int)] = [:]
        var misses: [String] = []
        for row in rows {
            let turn = ShippedLibrary.routedTurn(library, row[1])
            let right = turn.topic?.rawValue == row[0] && !turn.crisis
            perTopic[row[0], default: (0, 0)].total += 1
            if right { perTopic[row[0], default: (0, 0)].right += 1 } else {
                misses.append("\(row[0]) -> \(turn.topic?.rawValue ?? "none"): \(row[1])")
            }
        }
        for topic in ["craving", "stress", "halt", "lapse", "loneliness", "pressure", "complacency", "find_support",
                      "progress", "smalltalk", "practice"] {
            #expect((perTopic[topic]?.total ?? 0) >= 20, "\(topic) needs at least 20 labelled messages")
        }
        let right = perTopic.values.reduce(0) { $0 + $1.right }
        let accuracy = Double(right) / Double(rows.count)
        print("routing: \(right)/\(rows.count) (\(String(format: "%.1f", accuracy * 100))%)")
        print(perTopic.sorted { $0.key < $1.key }.map { "  \($0.key) \($0.value.right)/\($0.value.total)" }.joined(separator: "\n"))
        if !misses.isEmpty { print("misses:\n  " + misses.joined(separator: "\n  ")) }
        #expect(accuracy >= 0.95, "routing accuracy \(accuracy)")
    }

    @Test func everyExampleRoutesToItsDialogue() throws {
        let library = try ShippedLibrary.library()
        var wrong: [String] = []
        for dialogue in library.dialogues {
            for example in dialogue.examples {
                let turn = ShippedLibrary.firstTurn(library, example.value)
                if turn.topic != dialogue.topic, !turn.crisis {
                    wrong.append("\(dialogue.id) (\(dialogue.topic.rawValue)) -> \(turn.topic?.rawValue ?? "none"): \(example.value)")
                }
            }
        }
        #expect(wrong.count <= library.dialogues.flatMap(\.examples).count / 20, "\(wrong.joined(separator: "\n"))")
    }
}
