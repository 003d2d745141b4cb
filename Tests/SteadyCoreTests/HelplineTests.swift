import SteadyCore
import SteadyTestSupport
import Testing

/// A script that asks for a kind of line gets the person's region's lines of that kind from the
/// crisis-lines data, never numbers written into the script.
struct HelplineTests {
    static func helplineReply(region: String?) throws -> String {
        let library = try ShippedLibrary.library()
        let engine = Engine(library: library, region: region)
        var (_, state) = engine.start(seed: 1)
        _ = try #require(engine.begin(dialogueID: "medicines-and-helplines", state: &state))
        return engine.respond(to: "1", state: &state).reply
    }

    @Test(arguments: ["US", "UK", "IE", "CA", "AU", "NZ", "IN"])
    func theDrugsLineOfEachRegionIsShownWithoutItsSuicideLines(_ code: String) throws {
        let library = try ShippedLibrary.library()
        let region = try #require(library.safety.lines.regions[code])
        let reply = try Self.helplineReply(region: code)
        let drugs = region.lines([.drugs])
        #expect(!drugs.isEmpty)
        for line in drugs { #expect(reply.contains(line.how), "\(code): \(line.name) missing") }
        for line in region.lines([.suicide]) where !drugs.contains(where: { $0.how == line.how }) {
            #expect(!reply.contains(line.how), "\(code): \(line.name) shown for a drugs helpline")
        }
        #expect(reply.contains("Emergency: \(region.emergency)"))
    }

    @Test func withoutARegionItSaysWhereToFindALine() throws {
        let reply = try Self.helplineReply(region: nil)
        #expect(reply.contains("findahelpline.com"))
        #expect(reply.contains("Emergency"))
    }

    @Test func aCrisisLineStepStillShowsTheSuicideLines() throws {
        let library = try TestLibrary.make(["""
            id: lines
            topic: lapse
            triggers: ["show me lines"]
            nodes:
              a:
                say: "Here."
                do: [show_crisis_lines]
                end: true
            """])
        let turn = TestLibrary.play(library, ["show me lines"])[0]
        #expect(turn.effects.contains { $0.kind == .showCrisisLines })
        #expect(turn.reply.contains("Emergency"))
    }
}
