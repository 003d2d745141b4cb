import Foundation
import SteadyCore
import SteadyTestSupport
import Testing

/// Scripts are data: files that try to blow up, spin or nest forever are refused, and the rest load.
struct HostileScriptTests {
    static let billionLaughs = """
        id: laughs
        topic: smalltalk
        a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
        g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
        h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
        i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
        ? *i
        : boom
        triggers: *i
        nodes:
          a: { say: "x", end: true }
        """

    @Test func aBillionLaughsIsRefusedAtOnce() {
        let clock = ContinuousClock()
        var result: (Dialogue?, [Diagnostic]) = (nil, [])
        let elapsed = clock.measure {
            result = ScriptLoader.loadDialogue(ScriptSource(path: "laughs.yaml", text: Self.billionLaughs))
        }
        #expect(result.0 == nil)
        let first = result.1.first
        #expect(first?.message == "YAML anchors and aliases (& and *) are not allowed in scripts")
        #expect(first?.location.line == 3)
        #expect(elapsed < .seconds(2))
    }

    /// libyaml ends lines at a lone CR and at the Unicode line separators as well as at LF; the
    /// anchors must be found however the lines end, and not taken for part of a comment.
    @Test(.timeLimit(.minutes(1)), arguments: ["\r", "\u{85}", "\u{2028}", "\u{2029}", "\r\n"])
    func aBillionLaughsWithOtherLineEndsIsRefusedToo(_ lineEnd: String) {
        let text = "# laughs" + lineEnd + Self.billionLaughs.split(separator: "\n").joined(separator: lineEnd)
        let (dialogue, diagnostics) = ScriptLoader.loadDialogue(ScriptSource(path: "laughs.yaml", text: text))
        #expect(dialogue == nil)
        #expect(diagnostics.first?.message == "YAML anchors and aliases (& and *) are not allowed in scripts")
        #expect(diagnostics.first?.location.line == 4)
    }

    /// A problem is shown with its own line, however the file's lines end.
    @Test(arguments: ["\n", "\r\n", "\r"])
    func aProblemShowsItsLineWhateverTheLineEnds(_ lineEnd: String) throws {
        let text = ["id: ends", "topic: smalltalk", "triggers: [\"line ends\"]", "bogus: 1", "nodes:",
                    "  a: { say: \"Hi\", end: true }"].joined(separator: lineEnd)
        let found = try #require(ScriptLoader.loadDialogue(ScriptSource(path: "ends.yaml", text: text)).1.first)
        #expect(found.location.line == 4)
        #expect(found.sourceLine == "bogus: 1")
    }

    @Test(arguments: [
        ("x: &anchor 1", 1, 4),
        ("x: [1, *a]", 1, 8),
        ("- *a", 1, 3),
        ("x:\n  - &a hi\n", 2, 5),
        ("x: !tag &a hi", 1, 9),
        ("? &k key\n: value", 1, 3),
        ("y: {a: *b}", 1, 8),
        ("x: !!str *a", 1, 10),
        ("x: [\n  *a]", 2, 3),
        ("é: &a x", 1, 4),
        ("x: \"text *with stars\"\ny:\t*a", 2, 4),
        // Every line end YAML knows, so that no anchor hides on what looks like a comment.
        ("# note\rx: *a", 2, 4),
        ("x: 1\r\ny: *a", 2, 4),
        ("# note\u{85}x: &a 1", 2, 4),
        ("# note\u{2028}x: &a 1", 2, 4),
        ("# note\u{2029}- *a", 2, 3),
    ])
    func anchorsAndAliasesAreFoundWhereverTheyStand(_ text: String, _ line: Int, _ column: Int) {
        let found = ScriptLoader.loadDialogue(ScriptSource(path: "a.yaml", text: text)).1
            .first { $0.message.contains("anchors and aliases") }
        #expect(found?.location.line == line)
        #expect(found?.location.column == column)
    }

    @Test func starsAndAmpersandsInTextAreStillText() throws {
        let text = """
            id: stars
            topic: smalltalk
            triggers: ["green * elephants", 'rock & roll *', "*"]
            examples:
              - rock & roll forever
            nodes:
              a:
                say: |
                  * this is a line of text
                  & so is this
                next: [{ goto: b }]
              b: { say: "yes, *hugs* & more", end: true }  # a comment with *star
            """
        let (dialogue, diagnostics) = ScriptLoader.loadDialogue(ScriptSource(path: "stars.yaml", text: text))
        #expect(!diagnostics.hasErrors, "\(diagnostics.map(\.description))")
        #expect(dialogue?.nodes["a"]?.say == ["* this is a line of text\n& so is this\n"])
    }

    static let spinning = """
        id: spinning
        topic: smalltalk
        triggers: ["purple loop"]
        nodes:
          a: { say: "Round we go", goto: b }
          b: { say: "and round", next: [{ when: "x == 1", end: true }, { goto: c }] }
          c: { set: { y: 2 }, goto: a }
        """

    @Test func aLoopThatNeverWaitsIsRefusedWithTheRestLoaded() throws {
        let (library, diagnostics) = Library.build(
            sources: [TestLibrary.concepts, ScriptSource(path: "spin.yaml", text: Self.spinning),
                      ScriptSource(path: "fine.yaml", text: "id: fine\ntopic: smalltalk\ntriggers: [\"purple elephants\"]\nnodes:\n  a: { say: \"Elephants!\", end: true }\n")],
            safety: [TestLibrary.safety])
        let loop = try #require(diagnostics.first { $0.code == .loopWithoutInput })
        #expect(loop.severity == .error)
        #expect(loop.location.file == "spin.yaml")
        #expect(loop.location.line == 5)
        #expect(loop.message == "the steps 'a' -> 'b' -> 'c' -> 'a' go round in a loop without ever waiting for the person")
        let loaded = try #require(library)
        #expect(loaded.dialogue("spinning") == nil)
        #expect(loaded.dialogue("fine") != nil)
        #expect(TestLibrary.play(loaded, ["purple elephants"]).last?.reply == "Elephants!")
    }

    @Test func aLoopThatWaitsForAnAnswerIsFine() throws {
        let text = """
            id: asking
            topic: smalltalk
            nodes:
              a: { say: "Again?", ask: yesno, next: [{ when: "answer", goto: b }, { end: true }] }
              b: { say: "Here we go", goto: a }
            """
        let (_, diagnostics) = ScriptLoader.loadDialogue(ScriptSource(path: "asking.yaml", text: text))
        #expect(!diagnostics.contains { $0.code == .loopWithoutInput })
    }

    @Test func callsThatNestTooDeeplyEndKindly() throws {
        // Each dialogue calls the other: only the call depth stops it.
        let ping = "id: ping\ntopic: smalltalk\ntriggers: [\"ping pong\"]\nnodes:\n  a: { say: \"ping\", call: pong }\n"
        let pong = "id: pong\ntopic: smalltalk\nnodes:\n  a: { say: \"pong\", call: ping }\n"
        let library = try TestLibrary.make([ping, pong])
        let turn = try #require(TestLibrary.play(library, ["ping pong", "hello"]).first)
        #expect(turn.reply.components(separatedBy: "ping").count - 1 <= Engine.maximumCallDepth)
        #expect(!turn.reply.isEmpty)
    }

    @Test func aHugeFileIsRefused() {
        let text = "id: big\ntopic: smalltalk\nnodes:\n  a: { say: \"" + String(repeating: "x", count: 1_100_000) + "\", end: true }\n"
        let (dialogue, diagnostics) = ScriptLoader.loadDialogue(ScriptSource(path: "big.yaml", text: text))
        #expect(dialogue == nil)
        #expect(diagnostics.map(\.code) == [.tooLarge])
    }
}
