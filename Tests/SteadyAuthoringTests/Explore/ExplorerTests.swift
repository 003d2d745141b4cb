import SteadyAuthoring
import SteadyCore
import SteadyTestSupport
import Testing

struct ExplorerTests {
    static let deadEnd = """
        id: dead-end
        topic: stress
        triggers: ["zorblat stuck"]
        examples: [zorblat stuck]
        nodes:
          trap:
            say: "Tell me more."
            replies:
              - { match: "*", goto: trap }
        """
    static let loop = """
        id: loop
        topic: stress
        triggers: ["zorblat loop"]
        examples: [zorblat loop]
        nodes:
          round:
            say: "Round we go."
            next:
              - { call: helper }
              - { goto: round }
        """
    static let helper = """
        id: helper
        topic: stress
        nodes:
          hello: { say: "And back.", end: true }
        """
    static let unfilled = """
        id: unfilled
        topic: stress
        triggers: ["zorblat rate"]
        examples: [zorblat rate]
        nodes:
          ask:
            say: "Want to rate it?"
            options:
              - { label: "Yes", goto: rate }
              - { label: "No", goto: done }
          rate:
            ask: { kind: scale, min: 0, max: 10, into: level }
            say: "From 0 to 10?"
            goto: done
          done:
            say: "You said {level} out of 10."
            end: true
        """
    static let fine = """
        id: fine
        topic: craving
        triggers: ["~craving"]
        examples: [the craving is bad]
        nodes:
          rate:
            say: "How strong, 0 to 10?"
            ask: { kind: scale, min: 0, max: 10, into: level }
            next:
              - { when: "level >= 8", goto: strong }
              - { goto: done }
          strong:
            say: "That is strong ({level}). Breathe with me?"
            options:
              - { label: "Yes", goto: done }
              - { label: "No", end: true }
          done:
            say: "Well done."
            end: true
        """

    @Test func findsADeadEndALoopAndAnUnfilledVariable() throws {
        let library = try TestLibrary.make([Self.deadEnd, Self.loop, Self.helper, Self.unfilled])
        let report = Explorer(library: library).run(conversations: 120, seed: 1)
        let kinds = Dictionary(grouping: report.findings, by: \.kind)
        #expect(kinds[.cannotLeave]?.map(\.step) == ["dead-end/trap"], "\(report.findings.map(\.message))")
        #expect(kinds[.loopWithoutWaiting]?.first?.step.hasPrefix("loop/") == true || kinds[.loopWithoutWaiting]?.first?.step.hasPrefix("helper/") == true)
        #expect(kinds[.unfilledVariable]?.map(\.step) == ["unfilled/done"])
        #expect(kinds[.unfilledVariable]?.first?.variable == "level")
        #expect(report.findings.allSatisfy { !$0.conversation.inputs.isEmpty })
    }

    @Test func aSoundDialogueHasNoFindingsAndItsPathsAreListed() throws {
        let library = try TestLibrary.make([Self.fine])
        let report = Explorer(library: library).run(conversations: 60, seed: 7)
        #expect(report.findings.isEmpty, "\(report.findings.map(\.message))")
        #expect(report.conversations == 60)
        let ways = Set(report.uncovered.map { "\($0.edge.from) -> \($0.edge.to)" })
        #expect(ways.contains("fine/rate -> fine/strong"), "\(ways)")
        #expect(ways.contains("fine/rate -> fine/done"))
    }

    @Test func pathsTheTranscriptsTakeAreNotListed() throws {
        let library = try TestLibrary.make([Self.fine])
        let covered: Set<TranscriptCoverage.Edge> = [.init(from: "fine/rate", to: "fine/strong")]
        let report = Explorer(library: library, covered: covered).run(conversations: 60, seed: 7)
        #expect(!report.uncovered.contains { $0.edge == .init(from: "fine/rate", to: "fine/strong") })
    }

    @Test func theSameSeedGivesTheSameRun() throws {
        let library = try TestLibrary.make([Self.fine, Self.unfilled])
        let a = Explorer(library: library).run(conversations: 30, seed: 3)
        let b = Explorer(library: library).run(conversations: 30, seed: 3)
        #expect(a.findings == b.findings)
        #expect(a.uncovered == b.uncovered)
        #expect(a.turns == b.turns)
    }
}
