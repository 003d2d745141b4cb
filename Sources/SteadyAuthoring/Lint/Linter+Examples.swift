import SteadyCore

/// Rules that play each dialogue's examples through a fresh conversation: an `examples:` line
/// that goes elsewhere (ST0024) and a `not_examples:` line that comes here (ST0025).
extension Linter {
    func exampleFindings(_ library: Library) -> [Diagnostic] {
        let engine = Engine(library: library, region: nil)
        func play(_ text: String) -> Turn {
            var (_, state) = engine.start(seed: 1)
            return engine.respond(to: text, state: &state)
        }
        var out: [Diagnostic] = []
        for dialogue in library.dialogues {
            for example in dialogue.examples {
                let turn = play(example.value)
                guard turn.dialogue != dialogue.id else { continue }
                out.append(Diagnostic(
                    .warning, .exampleRoutesElsewhere, at: example.location,
                    "the example \"\(example.value)\" goes to \(Self.destination(turn)), not to '\(dialogue.id)'",
                    hint: "run steady explain \"\(example.value)\" --why-not \(dialogue.id) to see why"))
            }
            for example in dialogue.notExamples {
                let turn = play(example.value)
                guard turn.dialogue == dialogue.id else { continue }
                out.append(Diagnostic(
                    .warning, .notExampleRoutesHere, at: example.location,
                    "\"\(example.value)\" is listed under not_examples but goes to '\(dialogue.id)' \(Self.how(turn))",
                    hint: "run steady explain \"\(example.value)\" to see why, then exclude it with '!word' in the trigger"))
            }
        }
        return out
    }

    /// Where a message went, in words.
    static func destination(_ turn: Turn) -> String {
        if turn.crisis { return "the safety net" }
        guard let dialogue = turn.dialogue else { return "the fallback (nothing matched)" }
        return "'\(dialogue)' \(how(turn))"
    }

    /// How a message was routed, in words.
    static func how(_ turn: Turn) -> String {
        switch turn.route {
        case .trigger(let source): "by the trigger \"\(source)\""
        case .example(let text, let similarity):
            "by its example \"\(text)\" (similarity \(Int((similarity * 100).rounded()))%)"
        default: "by the words that work everywhere"
        }
    }
}
