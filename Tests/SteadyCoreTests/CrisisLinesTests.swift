import SteadyCore
import SteadyTestSupport
import Testing

/// The crisis-line data: every region complete, and a gap reported.
struct CrisisLinesTests {
    @Test func everyShippedRegionHasALineOfEveryKindOrSaysWhyNot() throws {
        let (_, diagnostics) = try ShippedLibrary.build()
        #expect(!diagnostics.contains { $0.code == .safetyData }, "\(diagnostics.filter { $0.code == .safetyData }.map(\.description))")
        let lines = try ShippedLibrary.library().safety.lines
        #expect(Set(lines.regions.keys) == ["US", "UK", "IE", "CA", "AU", "NZ", "IN"])
        for (code, region) in lines.regions {
            for kind in CrisisLines.Kind.allCases {
                #expect(region.lines.contains { $0.kind == kind } || region.none[kind] != nil, "\(code) \(kind)")
            }
        }
    }

    @Test func aRegionWithoutALineOfSomeKindIsReported() {
        let lines = TestLibrary.oneLineRegion
        let crisis = ScriptSource(path: "safety/crisis.yaml", text: "crisis:\n  cues:\n    wish: [\"kill myself\"]\n")
        let (_, diagnostics) = SafetyLoader.load([crisis, lines])
        let gaps = diagnostics.filter { $0.code == .safetyData && $0.severity == .warning }.map(\.message)
        #expect(gaps.contains("region XX has no drugs line"))
        #expect(gaps.contains("region XX has no poison line"))
        #expect(!gaps.contains("region XX has no suicide line"))
    }
}
