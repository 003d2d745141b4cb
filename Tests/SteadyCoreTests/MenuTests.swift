import SteadyCore
import SteadyTestSupport
import Testing

/// The menu ("help", or a fallback with nothing likely): short, and every topic with a
/// dialogue reachable from it in at most two picks, through "Something else".
struct MenuTests {
    static let mostMainEntries = 8

    @Test func theMainMenuIsShortAndEndsInSomethingElse() throws {
        let library = try ShippedLibrary.library()
        let menu = ShippedLibrary.firstTurn(library, "help")
        #expect(menu.options.count <= Self.mostMainEntries, "\(menu.options)")
        #expect(menu.options.last == "Something else")
    }

    @Test func everyTopicIsReachableWithinTwoPicks() throws {
        let library = try ShippedLibrary.library()
        let engine = Engine(library: library, region: "US")
        var reached = Set<Topic>()
        let main = ShippedLibrary.firstTurn(library, "help").options
        for (i, _) in main.enumerated() {
            var (_, state) = engine.start(seed: 1)
            _ = engine.respond(to: "help", state: &state)
            let picked = engine.respond(to: "\(i + 1)", state: &state)
            if let topic = picked.topic, topic != .fallback { reached.insert(topic); continue }
            // "Something else": the rest of the topics, each one more pick away.
            #expect(!picked.options.isEmpty, "'\(main[i])' leads nowhere")
            for j in picked.options.indices {
                var (_, inner) = engine.start(seed: 1)
                _ = engine.respond(to: "help", state: &inner)
                _ = engine.respond(to: "\(i + 1)", state: &inner)
                if let topic = engine.respond(to: "\(j + 1)", state: &inner).topic { reached.insert(topic) }
            }
        }
        let topics = Set(library.dialogues.map(\.topic)).subtracting([.smalltalk, .crisis, .fallback])
        #expect(topics.subtracting(reached).isEmpty, "not reachable from the menu: \(topics.subtracting(reached).map(\.rawValue).sorted())")
    }
}
