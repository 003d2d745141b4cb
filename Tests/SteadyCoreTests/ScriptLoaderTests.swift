import SteadyCore
import SteadyTestSupport
import Testing

struct ScriptLoaderTests {
    static let good = """
        id: ride-it-out
        topic: craving
        title: Ride it out
        priority: 10
        triggers:
          - "~craving"
        examples:
          - i want a drink so bad
        start: rate
        nodes:
          rate:
            say: "How strong, 0 to 10?"
            ask: { kind: scale, min: 0, max: 10, into: before }
            next:
              - { when: "before >= 8", goto: strong }
              - { goto: done }
          strong:
            say: ["A strong one.", "That's a big wave."]
            do: { exercise: box-breathing, rounds: 4 }
            goto: done
          done:
            say: "Well done."
            end: true
        """

    @Test func loadsAGoodFileWithLocations() throws {
        let (dialogue, diagnostics) = ScriptLoader.loadDialogue(ScriptSource(path: "good.yaml", text: Self.good))
        #expect(diagnostics.isEmpty)
        let loaded = try #require(dialogue)
        #expect(loaded.id == "ride-it-out")
        #expect(loaded.topic == .craving)
        #expect(loaded.priority == 10)
        #expect(loaded.nodeOrder == ["rate", "strong", "done"])
        #expect(loaded.triggers.first?.location == SourceLocation(file: "good.yaml", line: 6, column: 5))
        let rate = try #require(loaded.nodes["rate"])
        #expect(rate.location.line == 11)
        #expect(rate.next.count == 2)
        #expect(rate.next[0].location == SourceLocation(file: "good.yaml", line: 15, column: 9))
        let strong = try #require(loaded.nodes["strong"])
        #expect(strong.say.count == 2)
        #expect(strong.effects == [.exercise(Effect.Exercise(name: .value(.boxBreathing), rounds: .value(4)))])
    }

    /// Each broken file, the first error it must produce, and where.
    static let broken: [(String, String, DiagnosticCode, Int, Int)] = [
        ("bad YAML", "id: x\ntopic: craving\nnodes:\n  a:\n    say: \"unclosed\n", .yamlSyntax, 6, 1),
        ("unknown key", "id: x\ntopic: craving\ntirggers: [hi]\nnodes:\n  a: { say: hi, end: true }\n", .unknownKey, 3, 1),
        ("missing id", "topic: craving\nnodes:\n  a: { say: hi, end: true }\n", .missingKey, 1, 1),
        ("goto nowhere", "id: x\ntopic: craving\nnodes:\n  a:\n    say: hi\n    goto: b\n", .unknownNode, 6, 5),
        ("bad pattern", "id: x\ntopic: craving\ntriggers:\n  - \"(want|need\"\nnodes:\n  a: { say: hi, end: true }\n", .badPattern, 4, 6),
        ("bad condition", "id: x\ntopic: craving\nnodes:\n  a:\n    say: hi\n    next:\n      - { when: \"n >= \", end: true }\n", .badCondition, 7, 23),
        ("unknown effect", "id: x\ntopic: craving\nnodes:\n  a:\n    say: hi\n    do: { exorcise: box }\n    end: true\n", .unknownEffect, 6, 11),
        ("unknown topic", "id: x\ntopic: cravings\nnodes:\n  a: { say: hi, end: true }\n", .unknownTopic, 2, 8),
        ("crisis topic", "id: x\ntopic: crisis\nnodes:\n  a: { say: hi, end: true }\n", .unknownTopic, 2, 8),
        ("too high priority", "id: x\ntopic: craving\npriority: 5000\nnodes:\n  a: { say: hi, end: true }\n", .outranksSafety, 3, 11),
        ("empty node", "id: x\ntopic: craving\nnodes:\n  a: {}\n", .missingKey, 4, 3),
        ("two targets", "id: x\ntopic: craving\nnodes:\n  a:\n    say: hi\n    options:\n      - { label: A, goto: a, end: true }\n", .badValue, 7, 9),
        ("bad scale", "id: x\ntopic: craving\nnodes:\n  a:\n    say: hi\n    ask: { kind: scale, min: 5, max: 1 }\n    end: true\n", .badValue, 6, 18),
    ]

    @Test(arguments: broken)
    func brokenFilesGiveOneClearErrorAndNoDialogue(_ name: String, _ text: String, _ code: DiagnosticCode, _ line: Int, _ column: Int) throws {
        let (dialogue, diagnostics) = ScriptLoader.loadDialogue(ScriptSource(path: "broken.yaml", text: text))
        #expect(dialogue == nil, "\(name) must not load half a dialogue")
        let first = try #require(diagnostics.first { $0.severity == .error })
        #expect(first.code == code, "\(name): \(first)")
        #expect(first.location == SourceLocation(file: "broken.yaml", line: line, column: column), "\(name): \(first)")
        #expect(first.description.hasPrefix("broken.yaml:\(line):\(column): error: "))
    }

    @Test func unknownKeySuggestsTheNearestOne() {
        let (_, diagnostics) = ScriptLoader.loadDialogue(ScriptSource(path: "t.yaml", text: "id: x\ntopic: craving\ntirggers: [hi]\nnodes:\n  a: { say: hi, end: true }\n"))
        #expect(diagnostics.first?.message == "unknown key 'tirggers' in a dialogue; did you mean 'triggers'?")
    }

    @Test func yamlErrorsShowTheLineAndACaret() throws {
        let (_, diagnostics) = ScriptLoader.loadDialogue(ScriptSource(path: "t.yaml", text: "id: x\ntopic: [craving\n"))
        let first = try #require(diagnostics.first)
        #expect(first.code == .yamlSyntax)
        #expect(first.detailed.contains("^"))
    }

    @Test func aBrokenFileIsRefusedAndTheRestStillLoad() throws {
        let broken = ScriptSource(path: "broken.yaml", text: "id: broken\ntopic: craving\nnodes:\n  a:\n    say: hi\n    goto: nowhere\n")
        let good = ScriptSource(path: "good.yaml", text: Self.good)
        let (library, diagnostics) = Library.build(sources: [TestLibrary.concepts, broken, good], safety: [TestLibrary.safety])
        #expect(diagnostics.hasErrors)
        let loaded = try #require(library)
        #expect(loaded.dialogues.map(\.id) == ["ride-it-out"])
    }

    @Test func callsToUnknownDialoguesAndConceptsAreRefused() throws {
        let caller = ScriptSource(path: "caller.yaml", text: "id: caller\ntopic: stress\ntriggers: [\"~nothing\"]\nnodes:\n  a:\n    say: hi\n    call: ghost\n")
        let (library, diagnostics) = Library.build(sources: [TestLibrary.concepts, caller], safety: [TestLibrary.safety])
        #expect(diagnostics.map(\.code).contains(.unknownConcept))
        #expect(try #require(library).dialogues.isEmpty)
        let caller2 = ScriptSource(path: "caller.yaml", text: "id: caller\ntopic: stress\nnodes:\n  a:\n    say: hi\n    call: ghost\n")
        let (library2, diagnostics2) = Library.build(sources: [caller2], safety: [TestLibrary.safety])
        #expect(diagnostics2.first { $0.code == .unknownDialogue }?.location == SourceLocation(file: "caller.yaml", line: 6, column: 5))
        #expect(try #require(library2).dialogues.isEmpty)
    }

    @Test func spellingIsCorrectedTowardsLoadedDialoguesOnly() throws {
        let kept = ScriptSource(path: "kept.yaml", text: "id: kept\ntopic: stress\ntriggers: [\"trombone practice\"]\nnodes:\n  a: { say: hi, end: true }\n")
        let refused = ScriptSource(path: "refused.yaml", text: "id: refused\ntopic: stress\ntriggers: [\"xylophone ~nothing\"]\nnodes:\n  a: { say: hi, end: true }\n")
        let (built, diagnostics) = Library.build(sources: [TestLibrary.concepts, kept, refused], safety: [TestLibrary.safety])
        #expect(diagnostics.map(\.code).contains(.unknownConcept))
        let library = try #require(built)
        #expect(library.dialogues.map(\.id) == ["kept"])
        #expect(library.message("trombnoe").tokens == ["trombone"])
        // The refused dialogue's words are not something to correct towards.
        #expect(library.message("xylophnoe").tokens == ["xylophnoe"])
    }

    @Test func duplicateIDsAreRefused() throws {
        let a = ScriptSource(path: "a.yaml", text: Self.good)
        let b = ScriptSource(path: "b.yaml", text: Self.good)
        let (library, diagnostics) = Library.build(sources: [TestLibrary.concepts, a, b], safety: [TestLibrary.safety])
        #expect(diagnostics.contains { $0.code == .duplicateID && $0.location.file == "b.yaml" })
        #expect(try #require(library).dialogues.count == 1)
    }

    @Test func withoutSafetyDataNothingLoads() {
        let (library, diagnostics) = Library.build(sources: [ScriptSource(path: "good.yaml", text: Self.good)], safety: [])
        #expect(library == nil)
        #expect(diagnostics.contains { $0.code == .safetyData })
    }

    @Test func scriptsCannotBringTheirOwnSafetyData() throws {
        let sneaky = ScriptSource(path: "mine/crisis.yaml", text: "crisis:\n  categories: {}\n")
        let (library, diagnostics) = Library.build(sources: [sneaky], safety: [TestLibrary.safety])
        #expect(library != nil)
        #expect(diagnostics.contains { $0.code == .outranksSafety && $0.location.file == "mine/crisis.yaml" })
    }
}
