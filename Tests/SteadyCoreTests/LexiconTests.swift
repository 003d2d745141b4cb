import SteadyCore
import SteadyTestSupport
import Testing

/// The table of known words only saves time: a message normalises the same with it as without.
struct LexiconTests {
    static let tricky = [
        "I REALLY want a drink!!", "dont, cant, WON'T", "don`t do it. im fine; u ok?", "he'll be fine & she'd know",
        "mum's house", "soooo tired rn", "cravvving a drink", "realy realy bad", "idk tbh", "it's 3am and i'm up",
        "'quoted' words' ends'", "b4 2nite w/ ppl", "a''b c'", "word.word!word?word;word\nword", "  ", "",
        "thinkin bout the slots", "I dont wanna drink tonite", "x & & y", "FeElInG LoNeLy", "od'd last year",
    ]

    @Test func theShippedLibraryIsPrepared() throws {
        #expect(try ShippedLibrary.library().normalizer.isPrepared)
    }

    @Test func everyLabelledAndTrickyMessageNormalisesTheSameWithoutTheTable() throws {
        let rows = try ShippedLibrary.fixture("routing-a.tsv") + ShippedLibrary.fixture("routing-b.tsv")
            + ShippedLibrary.fixture("crisis.tsv")
        let differ = try Self.differences(Self.tricky + rows.map { $0[1] })
        #expect(differ.isEmpty, "\(differ)")
    }

    /// The table works out most script words without normalising them, as words that simply
    /// stay themselves; each must come out as the normaliser would have it.
    @Test func everyScriptWordNormalisesTheSameWithoutTheTable() throws {
        let library = try ShippedLibrary.library()
        let words = library.normalizer.vocabulary.sorted()
        #expect(words.count > 1000)
        let differ = try Self.differences(words + words.map { $0 + "s" } + words.map { String($0.dropLast()) })
        #expect(differ.isEmpty, "\(differ.prefix(20))")
    }

    /// The messages whose tokens, corrections, expansions, sentence starts or ids differ with
    /// the table and without it.
    static func differences(_ texts: [String]) throws -> [String] {
        let prepared = try ShippedLibrary.library().normalizer
        let plain = prepared.withoutLexicon
        #expect(!plain.isPrepared)
        var differ: [String] = []
        for text in texts {
            let fast = prepared.normalize(text), slow = plain.normalize(text)
            guard fast.tokens == slow.tokens, fast.corrections == slow.corrections, fast.expansions == slow.expansions,
                fast.sentenceStarts == slow.sentenceStarts
            else {
                differ.append(text)
                continue
            }
            // Ids agree for every word the library knows; a word only some other library in this
            // process names has an id without the table and none with it.
            for (i, token) in fast.tokens.enumerated() where fast.ids[i] != slow.ids[i] {
                if prepared.knows(token) || fast.ids[i] != Atoms.none { differ.append("\(text) [\(token)]") }
            }
        }
        return differ
    }

    @Test func everyWordTheLibraryMatchesOnIsKnown() throws {
        let library = try ShippedLibrary.library()
        var words = library.normalizer.vocabulary
        for dialogue in library.dialogues {
            for example in dialogue.examples + dialogue.notExamples {
                words.formUnion(library.normalizer.withoutLexicon.normalize(example.value).tokens)
            }
        }
        let plainWords = words.filter { $0.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) } }
        let unknown = plainWords.filter { !library.normalizer.knows($0) }
        #expect(unknown.isEmpty, "\(unknown.sorted().prefix(20))")
        #expect(plainWords.count > 1000)
    }

    @Test func knownWordsCarryTheirAtomIDs() throws {
        let library = try ShippedLibrary.library()
        let result = library.normalizer.normalize("I really want a drink")
        for (token, id) in zip(result.tokens, result.ids) {
            #expect(id == (library.normalizer.knows(token) ? Atoms.lookup(token) : Atoms.none), "\(token)")
        }
        #expect(library.normalizer.knows("drink") && result.ids.contains { $0 != Atoms.none })
        // A made-up word no script (and no other test) names.
        let unknown = String((0..<12).map { _ in "bcdfghjklmnpqrstvwxz".randomElement()! })
        #expect(library.normalizer.normalize(unknown).ids == [Atoms.none])
    }
}
