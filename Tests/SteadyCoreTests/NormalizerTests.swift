import SteadyCore
import Testing

struct NormalizerTests {
    static let normalizer = Normalizer(vocabulary: ["really", "because", "thinking", "friends", "definitely", "craving", "drink", "so", "cool"])

    @Test(arguments: [
        ("I REALLY want a drink!!", "i really want a drink"),
        ("I\u{2019}m done", "i am done"),
        ("dont, cant, wont", "do not can not will not"),
        ("idk tbh rn", "i do not know to be honest right now"),
        ("fight w/ my partner", "fight with my partner"),
        ("ur gonna b4", "your going to before"),
        ("self-harm", "self harm"),
        ("\u{FF28}\u{FF49}", "hi"),
        ("Caf\u{00E9} na\u{00EF}ve", "cafe naive"),
        ("soooo tired", "so tired"),
        ("cooool", "cool"),
        ("whyyyy", "whyy"),
        // Any letter, not only a-z: the old byte-wise check missed letters of two bytes.
        ("\u{043F}\u{0440}\u{0438}\u{0432}\u{0435}\u{0435}\u{0435}\u{0442}", "\u{043F}\u{0440}\u{0438}\u{0432}\u{0435}\u{0435}\u{0442}"),
        ("rock & roll", "rock and roll"),
        ("sad \u{1F622} today", "sad \u{1F622} today"),
        ("   ", ""),
    ])
    func normalises(_ input: String, _ expected: String) {
        #expect(Self.normalizer.normalize(input).tokens.joined(separator: " ") == expected)
    }

    @Test(arguments: [
        ("realy", "really"), ("becuase", "because"), ("thinkin", "thinking"), ("freinds", "friends"),
        ("definately", "definitely"), ("cravving", "craving"),
    ])
    func correctsOneEditInLongWords(_ typed: String, _ corrected: String) {
        let result = Self.normalizer.normalize(typed)
        #expect(result.tokens == [corrected])
    }

    /// A letter left out is a likelier slip than a letter changed: "purpse" is "purpose", not
    /// "purple", when the scripts use both.
    @Test func aLetterLeftOutWinsOverALetterChanged() {
        let corrector = SpellingCorrector(vocabulary: ["purple", "purpose"])
        #expect(corrector.correct("purpse") == "purpose")
        #expect(corrector.correct("purpel") == "purple")
    }

    @Test(arguments: ["drnk", "dink", "rally"])
    func leavesShortWordsAndUnsureMatchesAlone(_ typed: String) {
        // "drnk"/"dink" are under five letters; "rally" is one edit from "really" but "rally" is
        // a real word the scripts might not know, and five letters is the minimum: it is corrected
        // only when exactly one candidate exists.
        let result = Self.normalizer.normalize(typed)
        if typed.count < SpellingCorrector.minimumLength {
            #expect(result.tokens == [typed])
        } else {
            #expect(result.corrections.count <= 1)
        }
    }

    @Test func normalisingTwiceChangesNothing() {
        let samples = ["I'm SO stressed rn!!", "cant stop thinkin bout the slots", "w/ my bf idk", "Caf\u{00E9} \u{1F622}"]
        for sample in samples {
            let once = Self.normalizer.normalize(sample).tokens.joined(separator: " ")
            let twice = Self.normalizer.normalize(once).tokens.joined(separator: " ")
            #expect(once == twice, "\(sample)")
        }
    }

    @Test func reportsWhatItChanged() {
        let result = Self.normalizer.normalize("im realy craving rn")
        #expect(result.corrections == [Normalizer.Correction(from: "realy", to: "really")])
        #expect(result.expansions.map(\.from) == ["im", "rn"])
    }
}
