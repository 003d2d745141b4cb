import SteadyCore
import SteadyTestSupport
import Testing

/// The safety net over the shipped patterns and a large set of messages written for it.
struct SafetyNetTests {
    @Test func everyCrisisMessageIsCaughtAndFewOrdinaryOnesAre() throws {
        let library = try ShippedLibrary.library()
        let rows = try ShippedLibrary.fixture("crisis.tsv")
        let crisis = rows.filter { $0[0] == "crisis" }
        let ordinary = rows.filter { $0[0] == "not_crisis" }
        #expect(crisis.count >= 150)
        #expect(ordinary.count >= 150)
        var missed: [String] = []
        for row in crisis where library.safety.check(library.message(row[2])) == nil {
            missed.append(row[2])
        }
        #expect(missed.isEmpty, "missed crisis messages:\n\(missed.joined(separator: "\n"))")
        let flagged = ordinary.filter { library.safety.check(library.message($0[2])) != nil }.map { $0[2] }
        let rate = Double(flagged.count) / Double(ordinary.count)
        print("safety net: \(crisis.count - missed.count)/\(crisis.count) crisis caught; "
            + "false positives \(flagged.count)/\(ordinary.count) (\(String(format: "%.1f", rate * 100))%)")
        #expect(rate < 0.03, "false positives:\n\(flagged.joined(separator: "\n"))")
    }

    /// Only the start of a long message is answered, but the safety net reads all of it,
    /// wherever the disclosure falls: at the end, or across the end of the part answered.
    @Test(arguments: [0, 3_950, 3_990, 4_010, 9_000])
    func aDisclosureAnywhereInALongMessageIsCaught(_ at: Int) throws {
        let library = try ShippedLibrary.library()
        let engine = Engine(library: library, region: "UK")
        let filler = String(repeating: "Today I wrote a note about the weather and my plans for the week. ", count: 200)
        let disclosure = "last night i left a note for my family saying goodbye"
        let text = String(filler.prefix(at)) + " " + disclosure + " " + String(filler.prefix(5_000))
        #expect(text.count > Engine.maximumMessageLength)
        var (_, state) = engine.start(seed: 1)
        let turn = engine.respond(to: text, state: &state)
        #expect(turn.crisis, "disclosure at \(at)")
        // The same message without the disclosure is not a crisis.
        var (_, plain) = engine.start(seed: 1)
        #expect(!engine.respond(to: String(filler.prefix(at)) + " " + String(filler.prefix(5_000)), state: &plain).crisis)
    }

    /// A later part begins at a sentence's start, so a denial is read whole.
    @Test func aDenialInALongMessageStaysADenial() throws {
        let library = try ShippedLibrary.library()
        let engine = Engine(library: library, region: "UK")
        let filler = String(repeating: "Today was long and the bus was late again. ", count: 300)
        for at in stride(from: 3_000, through: 4_200, by: 37) {
            let text = String(filler.prefix(at)) + "I am not going to kill myself, I just need a break. " + String(filler.prefix(2_000))
            var (_, state) = engine.start(seed: 1)
            #expect(!engine.respond(to: text, state: &state).crisis, "denial at \(at)")
        }
    }

    @Test func aCrisisMessageGetsTheCrisisResponseInEveryStepOfEveryDialogue() throws {
        let library = try ShippedLibrary.library()
        let engine = Engine(library: library, region: "UK")
        var checked = 0
        for dialogue in library.dialogues {
            for nodeID in dialogue.nodeOrder {
                var (_, state) = engine.start(seed: 3)
                state.stack = [ConversationState.Frame(dialogue: dialogue.id, node: nodeID)]
                let turn = engine.respond(to: "honestly i just want to die", state: &state)
                #expect(turn.crisis, "\(dialogue.id)/\(nodeID)")
                #expect(turn.topic == .crisis)
                #expect(turn.reply.contains("116 123"), "\(dialogue.id)/\(nodeID)")
                checked += 1
            }
        }
        #expect(checked > 100)
    }

    @Test(arguments: [
        ("im not ok. i want to die", true),
        ("i'm not suicidal, actually yes i am suicidal", true),
        ("he'll hurt me if i go back", true),
        ("im not going to hurt myself, just stressed", false),
        ("putting myself first for once", false),
        ("this homework is killing me", false),
        ("my phone is dead", false),
        ("i killed it at work today", false),
        ("dying to see her", false),
    ])
    func judgesTrickyMessages(_ text: String, _ expected: Bool) throws {
        let library = try ShippedLibrary.library()
        #expect((library.safety.check(library.message(text)) != nil) == expected, "\(text)")
    }

    @Test func realWordsAreNeverCorrectedIntoCrisisWords() throws {
        let library = try ShippedLibrary.library()
        for word in ["putting", "changing", "willing", "filled", "attached", "hunting", "depth"] {
            #expect(library.message(word).tokens == [word])
        }
        #expect(library.message("i realy want a drnk").tokens.contains("really"))
        #expect(library.safety.check(library.message("feeling suicidel tonight")) != nil)
    }
}
