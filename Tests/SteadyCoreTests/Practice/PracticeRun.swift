import SteadyCore
import Testing

/// One practice conversation: starts a scenario and answers it line by line.
struct PracticeRun {
    let engine: Engine
    var state: ConversationState
    var turns: [Turn] = []

    init(_ library: Library, scenario: String, seed: UInt64 = 1) throws {
        engine = Engine(library: library, region: "US")
        state = ConversationState(seed: seed)
        turns.append(try #require(engine.begin(dialogueID: scenario, state: &state)))
    }

    var last: Turn { turns[turns.count - 1] }

    @discardableResult
    mutating func say(_ text: String) -> Turn {
        let turn = engine.respond(to: text, state: &state)
        turns.append(turn)
        return turn
    }

    func variable(_ name: String) -> String? { state.variables[name]?.description }
}
