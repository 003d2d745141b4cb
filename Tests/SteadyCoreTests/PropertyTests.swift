import SteadyCore
import Testing

/// Properties of the normaliser and the matcher, checked over many inputs made by a seeded
/// generator, so a failure repeats exactly.
struct PropertyTests {
    static let pieces = [
        "I", "REALLY", "want", "a", "drink", "dont", "can't", "u", "ur", "b4", "w/", "idk", "rn", "soooo",
        "tired", "!!", "?", ",", "...", "\u{2019}m", "caf\u{00E9}", "\u{FF28}\u{FF49}", "\u{1F622}", "self-harm",
        "rock & roll", "  ", "\t", "\u{0}", "\u{1B}[2J", "\u{202E}", "realy", "becuase", "cooool", "whyyyy", "-", "'",
        "\"", "12", "3.5", "\u{0301}", "na\u{00EF}ve", "\u{00DF}", "\u{0130}", "gonna", "wanna", "thx",
    ]
    static let normalizer = Normalizer(vocabulary: ["really", "because", "tired", "cool", "drink"])

    static func text(_ random: inout SeededRandom) -> String {
        let count = Int(random.next() % 12)
        return (0..<count).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }
            .joined(separator: random.next() % 3 == 0 ? "" : " ")
    }

    @Test func normalisingTwiceChangesNothing() {
        var random = SeededRandom(seed: 2024)
        for _ in 0..<3_000 {
            let input = Self.text(&random)
            let once = Self.normalizer.normalize(input).tokens
            let twice = Self.normalizer.normalize(once.joined(separator: " ")).tokens
            #expect(once == twice, "input: \(input.debugDescription)")
        }
    }

    @Test func normalisedWordsHaveNoSpacesControlsOrCapitals() {
        var random = SeededRandom(seed: 7)
        for _ in 0..<3_000 {
            let input = Self.text(&random)
            for token in Self.normalizer.normalize(input).tokens {
                #expect(!token.isEmpty)
                #expect(!token.unicodeScalars.contains { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F },
                        "input: \(input.debugDescription)")
                #expect(token == token.lowercased(), "input: \(input.debugDescription)")
            }
        }
    }

    static let words = ["alpha", "brave", "cloud", "delta", "ember", "frost", "grove", "haven", "ivory", "jolly"]

    /// A random pattern and a message made from it: words, `[optional]`, `(a|b)` and `*`.
    static func patternAndText(_ random: inout SeededRandom) -> (String, String) {
        func word() -> String { words[Int(random.next() % UInt64(words.count))] }
        var pattern: [String] = [word()]
        var text: [String] = [pattern[0]]
        var lastWasStar = false
        for _ in 0..<Int(random.next() % 6) {
            switch random.next() % 4 {
            case 0:
                let w = word()
                pattern.append("[\(w)]")
                if random.next() % 2 == 0 { text.append(w) }
                lastWasStar = false
            case 1:
                let choices = [word(), word(), word()]
                pattern.append("(" + choices.joined(separator: "|") + ")")
                text.append(choices[Int(random.next() % 3)])
                lastWasStar = false
            case 2 where !lastWasStar:
                pattern.append("*")
                text += (0...Int(random.next() % 3)).map { _ in "filler\(random.next() % 5)" }
                lastWasStar = true
            default:
                let w = word()
                pattern.append(w)
                text.append(w)
                lastWasStar = false
            }
        }
        let before = random.next() % 2 == 0 ? "so " : ""
        let after = random.next() % 2 == 0 ? " today" : ""
        return (pattern.joined(separator: " "), before + text.joined(separator: " ") + after)
    }

    @Test func aPatternMatchesTextMadeFromIt() throws {
        var random = SeededRandom(seed: 99)
        for _ in 0..<2_000 {
            let (source, text) = Self.patternAndText(&random)
            let pattern = try Pattern.parse(source)
            let message = Message(reading: text)
            #expect(pattern.match(message) != nil, "pattern \(source) did not match \(text)")
        }
    }

    @Test func anyTextEitherCompilesOrIsRefusedAndMatchingReturns() {
        var random = SeededRandom(seed: 5)
        let symbols = ["[", "]", "(", ")", "|", "*", "~", "word", " ", "~x", "\u{0}", "\u{1F622}"]
        for _ in 0..<3_000 {
            let source = (0..<Int(random.next() % 10)).map { _ in symbols[Int(random.next() % UInt64(symbols.count))] }.joined()
            guard let pattern = try? Pattern.parse(source) else { continue }
            _ = pattern.match(Message(reading: Self.text(&random)))
        }
    }

    /// Found by Scripts/fuzz: many wildcards against a long message used to take minutes.
    @Test func manyWildcardsAgainstALongMessageGiveUpQuickly() throws {
        let pattern = try Pattern.parse("alpha " + String(repeating: "* ", count: 30) + "[*] zebra")
        let message = Message(reading: Array(repeating: "alpha brave cloud", count: 300).joined(separator: " "))
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            #expect(pattern.match(message) == nil)
            #expect(pattern.matches(message).isEmpty)
        }
        #expect(elapsed < .seconds(2))
    }
}
