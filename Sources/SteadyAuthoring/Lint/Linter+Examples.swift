import SteadyCore

/// Rules that play each dialogue's examples through a fresh conversation: an `examples:` line
/// that goes elsewhere (ST0024), a `not_examples:` line that comes here (ST0025), and a trigger
/// that none of the examples fires (ST0029).
extension Linter {
    /// - Parameter shadowed: where the triggers are that can never win, already reported.
    /// - Parameter only: the id of the one dialogue whose examples are played (all when nil).
    func exampleFindings(_ library: Library, shadowed: Set<SourceLocation> = [], only: String? = nil) -> [Diagnostic] {
        let engine = Engine(library: library, region: nil)
        func play(_ text: String) -> Turn {
            var (_, state) = engine.start(seed: 1)
            return engine.respond(to: text, state: &state)
        }
        let sampler = PatternSampler(concepts: library.concepts, limit: 48, phrasesPerConcept: 4)
        var out: [Diagnostic] = []
        for dialogue in library.dialogues where only == nil || dialogue.id == only {
            var fired = Set<String>()
            for example in dialogue.examples {
                let turn = play(example.value)
                if turn.dialogue == dialogue.id, case .trigger(let source) = turn.route { fired.insert(source) }
                guard turn.dialogue != dialogue.id else { continue }
                out.append(Diagnostic(
                    .warning, .exampleRoutesElsewhere, at: example.location,
                    "the example \"\(example.value)\" goes to \(Self.destination(turn)), not to '\(dialogue.id)'",
                    hint: "run steady explain \"\(example.value)\" --why-not \(dialogue.id) to see why"))
            }
            for trigger in dialogue.triggers where !fired.contains(trigger.source) && !shadowed.contains(trigger.location) {
                var sample: String?, rival: String?
                for words in sampler.samples(trigger.pattern).prefix(24) where !words.contains(PatternSampler.filler) {
                    let text = words.joined(separator: " ")
                    let turn = play(text)
                    guard turn.dialogue == dialogue.id, case .trigger(let source) = turn.route else { continue }
                    if source == trigger.source { sample = text; break }
                    if rival == nil { rival = source }
                }
                let hint: String
                if let sample {
                    hint = "add an example a person might type that this trigger answers, such as \"\(sample)\", so lint and tests keep checking it"
                } else if let rival {
                    hint = "the messages lint made up for it were answered first by \"\(rival)\" of this dialogue; "
                        + "if that is true of every message, this trigger can go"
                } else {
                    hint = "add an example a person might type that this trigger answers, so lint and tests keep checking it"
                }
                out.append(Diagnostic(
                    .warning, .triggerWithoutExample, at: trigger.location,
                    "none of the examples of '\(dialogue.id)' is answered by the trigger \"\(trigger.source)\"",
                    hint: hint))
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
