import SteadyCore
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
        let prepared = try ShippedLibrary.library().normalizer
        let plain = prepared.withoutLexicon
        #expect(!plain.isPrepared)
        let rows = try ShippedLibrary.fixture("routing-a.tsv") + ShippedLibrary.fixture("routing-b.tsv")
            + ShippedLibrary.fixture("crisis.tsv")
        var differ: [String] = []
        for text in Self.tricky + rows.map({ $0[1] }) where prepared.normalize(text) != plain.normalize(text) {
            differ.append(text)
        }
        #expect(differ.isEmpty, "\(differ)")
    }

    @Test func knownWordsCarryTheirAtomIDs() throws {
        let library = try ShippedLibrary.library()
        let result = library.normalizer.normalize("I really want a drink")
        #expect(result.ids == result.tokens.map { Atoms.lookup($0) })
        #expect(result.ids.contains { $0 != Atoms.none })
        #expect(library.normalizer.normalize("flibbertigibbet").ids == [Atoms.none])
    }
}
