import SteadyCore
import SteadyTestSupport
import Testing

/// What a person notices of the safety net's second round of cue kinds: violence said in plain
/// words (an act beside who does it), something swallowed, worrying changes in someone else, and
/// the figures of speech and stories of the past that must stay calm. Each message here was written
/// for this test, not taken from a test set.
struct SafetyCueKindTests {
    /// Someone, an act of violence or control, and a person it is done to: a crisis.
    @Test(arguments: [
        "my stepdad pins my mum against the wall when he's drunk",
        "she keeps pouring it down my throat when i say i don't want any",
        "my partner holds my face under the water in the bath to scare me",
        "he's kicking the front door in right now",
        "mum's new bloke throws chairs at us when he loses",
        "her boyfriend makes her have sex with his friends",
        "my husband hides my insulin and laughs about it",
        "every night dad locks me in the cupboard",
    ])
    func violenceBySomeoneIsACrisis(_ text: String) throws {
        #expect(try ShippedLibrary.safetyLevel(text) == .crisis, "\(text)")
    }

    /// An act of violence without who does it is asked about, not ignored.
    @Test(arguments: [
        "the banging on the door at night won't stop",
        "can't leave the house, the keys are on a chain",
    ])
    func violenceWithoutSomeoneIsAskedAbout(_ text: String) throws {
        #expect(try ShippedLibrary.safetyLevel(text) != nil, "\(text)")
    }

    /// Poison or medicine swallowed, by a child above all, and signs of a body in danger.
    @Test(arguments: [
        "my 4 year old drank some bleach from under the sink",
        "the baby got into my bag and ate some of my tablets",
        "he won't wake up and his lips have gone blue",
        "i already took like 50 and i feel weird",
    ])
    func somethingSwallowedIsACrisis(_ text: String) throws {
        #expect(try ShippedLibrary.safetyLevel(text) == .crisis, "\(text)")
    }

    /// Worrying changes in someone else, with no danger stated: Steady asks.
    @Test(arguments: [
        "my sister has gone really quiet and isn't answering anyone",
        "my dad deleted all his socials last night and won't pick up",
        "found boxes of paracetamol in his wardrobe, he's been really low",
    ])
    func worryAboutSomeoneElseIsAskedAbout(_ text: String) throws {
        #expect(try ShippedLibrary.safetyLevel(text) != nil, "\(text)")
    }

    /// In a long post the danger may be one clause among many: the strongest finding still wins.
    @Test func oneDangerousClauseInALongPostIsACrisis() throws {
        let text = "work was long and the bus was late again. i made pasta and watched telly. "
            + "my sister rang about christmas plans which was nice. then he came home and put his hands round my throat. "
            + "anyway the cat is fine and i have a dentist appointment on thursday."
        #expect(try ShippedLibrary.safetyLevel(text) == .crisis)
    }

    /// Figures of speech, a story told as history and a goodbye to a drug stay calm.
    @Test(arguments: [
        "my dad is going to strangle me when he finds out i dented the car",
        "my sponsor will kill me if she sees this lol",
        "five years since i took too many pills. now i run a support group",
        "dear vodka, goodbye forever. you were never my friend",
        "my sister beat me at scrabble again",
        "my son broke his arm at football, he's loving the cast",
        "took my meds and made the bed, small wins",
        "i'm done with hangovers, three months dry",
    ])
    func figuresAndThePastStayCalm(_ text: String) throws {
        #expect(try ShippedLibrary.safetyLevel(text) == nil, "\(text)")
    }

    /// A button a person presses in a shipped dialogue never raises a crisis itself, and raises a
    /// check only where the button says what the net asks about: "It feels like it will never
    /// change" (how long loneliness has lasted) is hopelessness, and asking then is what a
    /// clinician would do. Any other button that raises the safety net fails here.
    @Test func noOptionOfAShippedDialogueRaisesTheSafetyNet() throws {
        let library = try ShippedLibrary.library()
        let asksOnPurpose: Set<String> = ["It feels like it will never change"]
        var raised: [String] = []
        for dialogue in library.dialogues {
            for node in dialogue.nodes.values {
                for option in node.options {
                    guard let finding = library.safety.check(library.message(option.label)) else { continue }
                    if finding.level == .check, asksOnPurpose.contains(option.label) { continue }
                    raised.append("\(dialogue.id)/\(node.id): \"\(option.label)\" \(finding.level) (\(finding.reason))")
                }
            }
        }
        #expect(raised.isEmpty, "\(raised.sorted().joined(separator: "\n"))")
    }
}
