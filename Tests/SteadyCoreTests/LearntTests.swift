import Foundation
import SteadyCore
import SteadyTestSupport
import Testing

/// What a library learnt, kept as bytes between runs (Library.Learnt): read back, it decides
/// exactly as learning again would; bytes that are damaged or were kept for other files are
/// refused, so that a start falls back to learning.
struct LearntTests {
    static let key: UInt64 = 0x5EAD_1E55_0000_0042

    @Test func keptModelsReadBackAsTheyWere() throws {
        let library = try ShippedLibrary.library()
        let learnt = library.learnt
        #expect(learnt.safety != nil)
        #expect(learnt.topics != nil)
        #expect(Library.Learnt(file: learnt.file(key: Self.key), key: Self.key) == learnt)
    }

    /// The same safety level and dialogue for messages written by people who never read the
    /// scripts, from a library given the kept models and one that learnt them.
    @Test func aLibraryGivenKeptModelsAnswersAsOneThatLearnt() throws {
        let learning = try ShippedLibrary.library()
        let bytes = learning.learnt.file(key: Self.key)
        let (scripts, safety) = try ShippedLibrary.sources()
        let kept = try #require(Library.Learnt(file: bytes, key: Self.key))
        let given = try #require(Library.build(sources: scripts, safety: safety, words: ShippedLibrary.words(), learnt: kept).0)
        var rows: [[String]] = []
        for name in ["danger-self", "routing-1"] {
            rows += try ShippedLibrary.fixture("blind/g-\(name).tsv")
        }
        #expect(rows.count > 300)
        func answers(_ library: Library) -> [String] {
            let engine = Engine(library: library, region: "UK")
            let (_, fresh) = engine.start(seed: 1)
            return rows.map { row in
                var state = fresh
                let turn = engine.respond(to: row[1], state: &state)
                return "\(turn.safety.map { "\($0)" } ?? "-") \(turn.dialogue ?? "-") \(turn.reply)"
            }
        }
        let learnt = answers(learning), fromKept = answers(given)
        #expect(learnt == fromKept)
        // The models do decide something in these messages: without them the answers differ.
        let (nomodel, _) = Library.build(sources: scripts.filter { !$0.path.hasPrefix("Dialogues/messages/") },
                                         safety: safety.filter { !$0.path.contains("/messages-") }, words: ShippedLibrary.words())
        #expect(try answers(#require(nomodel)) != learnt)
    }

    @Test func bytesKeptForOtherFilesAreRefused() throws {
        let bytes = try ShippedLibrary.library().learnt.file(key: Self.key)
        #expect(Library.Learnt(file: bytes, key: Self.key &+ 1) == nil)
    }

    @Test func damagedBytesAreRefused() throws {
        let bytes = try ShippedLibrary.library().learnt.file(key: Self.key)
        #expect(Library.Learnt(file: [], key: Self.key) == nil)
        #expect(Library.Learnt(file: Array(bytes.dropLast()), key: Self.key) == nil)
        #expect(Library.Learnt(file: bytes + [0], key: Self.key) == nil)
        // One changed byte anywhere: in the header, the digest, a word, a count.
        for position in stride(from: 0, to: bytes.count, by: bytes.count / 23) {
            var damaged = bytes
            damaged[position] ^= 0x10
            #expect(Library.Learnt(file: damaged, key: Self.key) == nil, "byte \(position) of \(bytes.count) changed")
        }
    }

    @Test func theKeyChangesWithAnythingLearningReads() throws {
        let safety = [ScriptSource(path: "safety/crisis.yaml", text: "cues: []\n"),
                      ScriptSource(path: "safety/messages-danger.yaml", text: "messages:\n  crisis_self:\n    - i want to die\n")]
        let scripts = [ScriptSource(path: "craving.yaml", text: "id: craving\n")]
        let words = WordList(data: Data("apple\npear\n".utf8))
        let key = Library.learningKey(sources: scripts, safety: safety, words: words, program: "steady 1")
        #expect(Library.learningKey(sources: scripts, safety: safety, words: words, program: "steady 1") == key)
        #expect(Library.learningKey(sources: scripts, safety: safety, words: words, program: "steady 2") != key)
        #expect(Library.learningKey(sources: scripts, safety: safety, words: .empty, program: "steady 1") != key)
        var edited = safety
        edited[1] = ScriptSource(path: edited[1].path, text: edited[1].text + "    - i want to end it\n")
        #expect(Library.learningKey(sources: scripts, safety: edited, words: words, program: "steady 1") != key)
        // A file moved from one list to the other is read differently.
        #expect(Library.learningKey(sources: scripts + [safety[1]], safety: [safety[0]], words: words, program: "steady 1") != key)
    }
}
