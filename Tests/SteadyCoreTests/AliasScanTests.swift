@testable import SteadyCore
import Testing

/// The quick look for anchors and aliases skips the full reading of a file only when that
/// reading could find none.
struct AliasScanTests {
    @Test func theQuickLookNeverMissesWhatTheFullReadingFinds() {
        // Text made of what matters to YAML, with letters, blanks and every kind of line end.
        let alphabet = ["&", "*", "!", "-", "?", ":", "[", "]", "{", "}", ",", "\"", "'", "#", " ", "\t", "\n", "\r", "\r\n",
                        "\u{85}", "\u{2028}", "\u{2029}", "|", ">", "a", "b", "é"]
        var random = SeededRandom(seed: 7)
        var found = 0
        for _ in 0..<30_000 {
            let length = Int(random.next() % 24) + 1
            let text = (0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }.joined()
            guard let hit = YAMLReader.scanForAnchorOrAlias(text) else { continue }
            found += 1
            #expect(YAMLReader.mayHaveAnchorOrAlias(text), "missed \(hit) in \(text.debugDescription)")
            #expect(YAMLReader.firstAnchorOrAlias(in: text)?.line == hit.line)
        }
        // The texts do hold anchors and aliases, so the check above means something.
        #expect(found > 1000)
    }

    @Test func aFileOfPatternsWithStarsIsNotReadTwice() {
        let text = """
            triggers: ["green * elephants", "~craving *", 'rock & roll *']
            nodes:
              a: { say: "yes *hugs* & more" }
            """
        #expect(!YAMLReader.mayHaveAnchorOrAlias(text))
        #expect(YAMLReader.firstAnchorOrAlias(in: text) == nil)
    }
}
