import SteadyAuthoring
import SteadyCore
import Testing

/// Lint reports every problem of a file in one run, and checks that examples exercise triggers.
struct LintOnePassTests {
    @Test func aRefusedFileStillHasItsUnreachableStepReported() {
        let findings = LintHarness.findings("""
            id: broken
            topic: stress
            tirggers: ["frazzled"]
            start: one
            nodes:
              one:
                say: "Hi."
                goto: tow
              two:
                say: "Bye."
                end: true
              lost:
                say: "Nobody comes here."
                end: true
            """)
        let codes = findings.map(\.code)
        #expect(codes.contains(.unknownKey), "\(findings.map(\.description))")
        #expect(codes.contains(.unknownNode))
        // 'two' is what 'tow' was meant to be, so only 'lost' is reported as unreachable.
        let unreachable = findings.filter { $0.code == .unreachableNode }
        #expect(unreachable.map(\.location.line) == [12], "\(findings.map(\.description))")
        // 'one' leads to a missing step: whether it can end is not known, so no ST0014 for it.
        #expect(!codes.contains(.noWayOut), "\(findings.map(\.description))")
    }

    @Test func aRefusedFileWithADeadEndHasItReported() {
        let findings = LintHarness.findings("""
            id: broken
            topic: stresss
            start: one
            nodes:
              one:
                say: "Round"
                goto: two
              two:
                say: "and round."
                replies:
                  - { match: "*", goto: one }
            """)
        #expect(findings.contains { $0.code == .unknownTopic })
        #expect(findings.contains { $0.code == .noWayOut }, "\(findings.map(\.description))")
    }

    @Test func aTriggerNoExampleFiresIsReportedWithASample() throws {
        let findings = LintHarness.findings("""
            id: urges
            topic: craving
            triggers:
              - "~craving"
              - "(want|need) a beer"
            examples:
              - the craving is bad
            nodes:
              one:
                say: "Hi."
                end: true
            """)
        let finding = try #require(findings.first { $0.code == .triggerWithoutExample }, "\(findings.map(\.description))")
        #expect(finding.location.line == 5)
        #expect(finding.severity == .warning)
        #expect(finding.message.contains("\"(want|need) a beer\""))
        #expect(finding.hint?.contains("such as \"want a beer\"") == true, "\(finding.hint ?? "")")
        #expect(findings.filter { $0.code == .triggerWithoutExample }.count == 1)
    }
}
