import SteadyAuthoring
import SteadyCore
import SteadyTestSupport
import Testing

/// One broken script per lint rule, each with the exact finding it must produce.
struct LintRuleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var files: [String]
        var paths: [String]? = nil
        var code: DiagnosticCode
        var severity: Diagnostic.Severity
        var file: String = "d0.yaml"
        var line: Int
        var column: Int
        var testDescription: String { "\(code.rawValue) \(name)" }
    }

    static let cases: [Case] = [
        Case(name: "YAML syntax", files: ["""
            id: broken
            topic: stress
            start: one
            nodes:
              one:
                say: [unclosed
                end: true
            """], code: .yamlSyntax, severity: .error, line: 7, column: 8),
        Case(name: "unknown key", files: ["""
            id: typo
            topic: stress
            tirggers: ["tense"]
            start: one
            nodes:
              one:
                say: "Hi."
            """], code: .unknownKey, severity: .error, line: 3, column: 1),
        Case(name: "duplicate id", files: [
            """
            id: twin
            topic: stress
            start: one
            nodes:
              one:
                say: "First."
            """,
            """
            id: twin
            topic: stress
            start: one
            nodes:
              one:
                say: "Second."
            """,
        ], code: .duplicateID, severity: .error, file: "d1.yaml", line: 1, column: 1),
        Case(name: "goto a missing node", files: ["""
            id: lost
            topic: stress
            start: one
            nodes:
              one:
                say: "Hi."
                goto: tow
              two:
                say: "Bye."
            """], code: .unknownNode, severity: .error, line: 7, column: 5),
        Case(name: "call a missing dialogue", files: ["""
            id: caller
            topic: stress
            start: one
            nodes:
              one:
                say: "Shall we?"
                options:
                  - { label: "Yes", call: no-such-dialogue }
                  - { label: "No", end: true }
            """], code: .unknownDialogue, severity: .error, line: 8, column: 9),
        Case(name: "undefined concept", files: ["""
            id: concept
            topic: craving
            triggers:
              - "~cravng"
            start: one
            nodes:
              one:
                say: "Hi."
            """], code: .unknownConcept, severity: .error, line: 4, column: 5),
        Case(name: "unreachable node", files: ["""
            id: island
            topic: stress
            start: one
            nodes:
              one:
                say: "Hello."
                end: true
              lost:
                say: "Nobody comes here."
                end: true
            """], code: .unreachableNode, severity: .warning, line: 8, column: 3),
        Case(name: "loop with no way out", files: ["""
            id: circle
            topic: stress
            start: one
            nodes:
              one:
                say: "Round"
                goto: two
              two:
                say: "and round. Why?"
                ask: text
                goto: one
            """], code: .noWayOut, severity: .error, line: 5, column: 3),
        Case(name: "a loop that never waits for the person", files: ["""
            id: spin
            topic: stress
            start: one
            nodes:
              one:
                say: "Round"
                goto: two
              two:
                say: "and round."
                goto: one
            """], code: .loopWithoutInput, severity: .error, line: 5, column: 3),
        Case(name: "a step whose only option leads back to itself", files: ["""
            id: stuck
            topic: stress
            start: one
            nodes:
              one:
                say: "Pick one."
                options:
                  - { label: "Again", goto: one }
            """], code: .noWayOut, severity: .error, line: 5, column: 3),
        Case(name: "undefined variable", files: ["""
            id: unset
            topic: stress
            start: one
            nodes:
              one:
                say: "Hi."
                next:
                  - { when: "mood >= 3", goto: two }
                  - { goto: two }
              two:
                say: "Bye."
            """], code: .undefinedVariable, severity: .error, line: 8, column: 9),
        Case(name: "variable read before it is set", files: ["""
            id: early
            topic: stress
            start: one
            nodes:
              one:
                say: "Want to rate it?"
                options:
                  - { label: "Yes", goto: rate }
                  - { label: "No", goto: done }
              rate:
                say: "From 0 to 10?"
                ask: { kind: scale, into: level }
                goto: done
              done:
                say: "It was {level}."
                end: true
            """], code: .readBeforeSet, severity: .warning, line: 14, column: 3),
        Case(name: "wrong types compared", files: ["""
            id: kinds
            topic: stress
            start: one
            nodes:
              one:
                say: "How strong, 0 to 10?"
                ask: { kind: scale, into: level }
                next:
                  - { when: "level == 'high'", goto: two }
                  - { goto: two }
              two:
                say: "Okay."
            """], code: .typeMismatch, severity: .error, line: 9, column: 9),
        Case(name: "trigger that can never win", files: [
            """
            id: quiet
            topic: stress
            priority: 5
            triggers:
              - "feeling frazzled"
            start: one
            nodes:
              one:
                say: "Low."
            """,
            """
            id: loud
            topic: stress
            priority: 10
            triggers:
              - "[so] feeling frazzled"
            start: one
            nodes:
              one:
                say: "High."
            """,
        ], code: .shadowedTrigger, severity: .warning, line: 5, column: 5),
        Case(name: "file order decides", files: [
            """
            id: first
            topic: stress
            triggers:
              - "so frazzled"
            start: one
            nodes:
              one:
                say: "First."
            """,
            """
            id: second
            topic: stress
            triggers:
              - "so frazzled"
            start: one
            nodes:
              one:
                say: "Second."
            """,
        ], code: .fileOrderDecides, severity: .warning, file: "d1.yaml", line: 4, column: 5),
        Case(name: "example routes elsewhere", files: [
            """
            id: drinks
            topic: craving
            triggers: ["~drink"]
            start: one
            nodes:
              one:
                say: "Drinks."
            """,
            """
            id: lonely
            topic: loneliness
            triggers: ["lonely"]
            examples:
              - i want a drink with someone
            start: one
            nodes:
              one:
                say: "Lonely."
            """,
        ], code: .exampleRoutesElsewhere, severity: .warning, file: "d1.yaml", line: 5, column: 5),
        Case(name: "not-example routes here", files: ["""
            id: urges
            topic: craving
            triggers: ["~craving"]
            not_examples:
              - i had a craving yesterday
            start: one
            nodes:
              one:
                say: "Urges."
            """], code: .notExampleRoutesHere, severity: .warning, line: 5, column: 5),
        Case(name: "priority above the safety net's", files: ["""
            id: bossy
            topic: stress
            priority: 5000
            start: one
            nodes:
              one:
                say: "Me first."
            """], code: .outranksSafety, severity: .error, line: 3, column: 11),
        Case(name: "script in a safety folder", files: ["""
            id: sneaky
            topic: stress
            start: one
            nodes:
              one:
                say: "Hi."
            """], paths: ["extra/safety/sneaky.yaml"], code: .outranksSafety, severity: .error,
            file: "extra/safety/sneaky.yaml", line: 1, column: 1),
        Case(name: "review out of date", files: ["""
            id: reviewed
            topic: stress
            review: { by: Sam, hash: 0123abcd }
            start: one
            nodes:
              one:
                say: "Hi."
            """], code: .reviewOutdated, severity: .warning, line: 3, column: 9),
    ]

    @Test(arguments: cases)
    func reportsTheRuleAtTheExactPlace(_ fixture: Case) throws {
        let paths = fixture.paths ?? fixture.files.indices.map { "d\($0).yaml" }
        let findings = LintHarness.findings(Array(zip(paths, fixture.files)).map { (path: $0.0, text: $0.1) })
        let found = try #require(findings.first { $0.code == fixture.code }, "\(findings.map(\.description))")
        #expect(found.severity == fixture.severity)
        #expect(found.location == SourceLocation(file: fixture.file, line: fixture.line, column: fixture.column),
                "\(found.detailed)")
        #expect(found.sourceLine != nil, "each finding shows its source line")
    }

    @Test func aSoundDialogueHasNoFindings() {
        let findings = LintHarness.findings("""
            id: sound
            topic: craving
            priority: 10
            triggers:
              - "~craving"
            examples:
              - i have a really bad urge
            not_examples:
              - the weather is nice
            start: rate
            nodes:
              rate:
                say: "How strong, 0 to 10?"
                ask: { kind: scale, min: 0, max: 10, into: level }
                next:
                  - { when: "level >= 8", goto: strong }
                  - { goto: talk }
              strong:
                say: "That's a big one ({level})."
                goto: talk
              talk:
                say: "Message someone?"
                ask: { kind: yesno, into: reach }
                next:
                  - { when: "reach == true", goto: reach-out }
              reach-out:
                say: "Good plan."
                end: true
            """)
        #expect(findings.isEmpty, "\(findings.map(\.description))")
    }

    @Test func allFindingsOfARunAreReportedTogether() {
        let findings = LintHarness.findings("""
            id: many
            topic: stress
            start: one
            nodes:
              one:
                say: "Hi {nobody}."
                goto: two
              two:
                say: "and round?"
                ask: text
                goto: one
              lost:
                say: "Nobody comes here."
            """)
        let codes = Set(findings.map(\.code))
        #expect(codes == [.undefinedVariable, .noWayOut, .unreachableNode])
        #expect(findings.map(\.location.line) == findings.map(\.location.line).sorted())
    }

    @Test func aChoiceComparedWithTextItDoesNotOfferIsFlagged() throws {
        let findings = LintHarness.findings("""
            id: choices
            topic: stress
            start: one
            nodes:
              one:
                say: "Which?"
                ask: { kind: choice, choices: [Stress, Hunger], into: why }
                next:
                  - { when: "why == 'Stresss'", goto: two }
                  - { goto: two }
              two:
                say: "Okay."
            """)
        let found = try #require(findings.first { $0.code == .typeMismatch })
        #expect(found.severity == .warning)
        #expect(found.message.contains("\"Stresss\" is not one of the choices of 'why'"))
    }

    @Test func aVariableSetByACallerIsDefined() {
        let findings = LintHarness.findings(
            """
            id: outer
            topic: stress
            start: one
            nodes:
              one:
                say: "Name?"
                ask: { kind: text, into: who }
                next:
                  - { call: inner }
            """,
            """
            id: inner
            topic: stress
            start: one
            nodes:
              one:
                say: "Hello {who}."
            """)
        #expect(!findings.contains { $0.code == .undefinedVariable }, "\(findings.map(\.description))")
    }

    @Test func aVariableStoredByAnEffectIsDefined() {
        let findings = LintHarness.findings("""
            id: practise
            topic: practice
            start: one
            nodes:
              one:
                say: "Say it to them."
                ask: { kind: text, into: opener }
                goto: two
              two:
                do:
                  - { feedback: opener, into: better }
                  - { pick_response: style, from: "warm|busy" }
                say: "Try: {better}"
                next:
                  - { when: "style == 'warm'", goto: three }
                  - { goto: three }
              three:
                say: "Done."
            """)
        #expect(findings.isEmpty, "\(findings.map(\.description))")
    }

    @Test func aTriggerWithOneAlternativeOfItsOwnCanStillWin() {
        // 1296 combinations: more than are sampled, so every alternative must still be tried.
        let colours = "(red|blue|green|pink|gold|grey) (cat|dog|cow|pig|hen|fox) (runs|jumps|sits|naps|eats|hops)"
        let findings = LintHarness.findings(
            """
            id: wide
            topic: stress
            priority: 5
            triggers: ["\(colours) (fast|slow|high|low|well|oddly)"]
            start: one
            nodes:
              one:
                say: "Wide."
            """,
            """
            id: narrow
            topic: stress
            priority: 10
            triggers: ["\(colours) (fast|slow|high|low|well)"]
            start: one
            nodes:
              one:
                say: "Narrow."
            """)
        #expect(!findings.contains { $0.code == .shadowedTrigger }, "\(findings.map(\.description))")
    }
}
