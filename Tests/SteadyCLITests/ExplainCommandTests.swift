import Foundation
import Testing

struct ExplainCommandTests {
    @Test func explainsAMatchingMessageStageByStage() throws {
        let result = try SteadyBinary.run(["explain", "cant stop thinkin bout a drink rn"])
        #expect(result.status == 0, "\(result.stderr)")
        let out = result.stdout
        #expect(out.contains("Words:    can not stop thinking about a drink right now"))
        #expect(out.contains("expanded cant -> can not"))
        #expect(out.contains("~craving"))
        #expect(out.contains("1. Safety net\n   no cue found\n   => no danger found"))
        #expect(out.contains("Route:    urge-surfing (craving)"))
    }

    @Test func explainsANonMatchingMessageAndWhyNot() throws {
        let result = try SteadyBinary.run(["explain", "the quick brown fox", "--why-not", "urge-surfing"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("0 matched"))
        #expect(result.stdout.contains("Why not urge-surfing?"))
        #expect(result.stdout.contains("nothing matches ~craving"))
        #expect(result.stdout.contains("Route:    the fallback: not sure enough to start a dialogue"))
    }

    @Test func explainShowsTheSafetyNetAndWhatCancelledIt() throws {
        let crisis = try SteadyBinary.run(["explain", "i want to kill myself"])
        #expect(crisis.stdout.contains("wish: \"kill myself\""))
        #expect(crisis.stdout.contains("=> CRISIS (suicide): wish on its own"))
        #expect(crisis.stdout.contains("Route:    the crisis response (suicide)"))
        let negated = try SteadyBinary.run(["explain", "im not going to hurt myself"])
        #expect(negated.stdout.contains("cancelled: negated by \u{201C}not\u{201D}"))
        #expect(negated.stdout.contains("=> no danger found"))
        let check = try SteadyBinary.run(["explain", "whats the point of any of it"])
        #expect(check.stdout.contains("=> CHECK (suicide): hopelessness on its own"))
        #expect(check.stdout.contains("Route:    the safety check (suicide)"))
    }

    @Test func anUnknownDialogueIsAUsageError() throws {
        let result = try SteadyBinary.run(["explain", "hi", "--why-not", "no-such-dialogue"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("There is no dialogue 'no-such-dialogue'"))
    }
}
