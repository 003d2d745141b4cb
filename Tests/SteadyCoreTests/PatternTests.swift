import SteadyCore
import Testing

struct PatternTests {
    /// The concepts and the ids they were built with.
    static let (concepts, ids): (ConceptTable, WordIDs) = {
        let at = SteadyCore.SourceLocation(file: "c.yaml", line: 1, column: 1)
        let definitions: [String: ConceptTable.Definition] = [
            "drink": ConceptTable.Definition(lines: ["a drink", "beer", "wine"].map { Located($0, at: at) }, location: at),
            "substance": ConceptTable.Definition(lines: ["~drink", "weed"].map { Located($0, at: at) }, location: at),
        ]
        var ids = WordIDs()
        let concepts = (try? ConceptTable(definitions: definitions, ids: &ids)) ?? ConceptTable()
        return (concepts, ids)
    }()

    static func message(_ text: String) -> Message {
        Message(reading: text, concepts: concepts, ids: ids)
    }

    static func matches(_ pattern: String, _ text: String) throws -> Bool {
        try Pattern.parse(pattern).match(message(text)) != nil
    }

    @Test(arguments: [
        ("want a drink", "i want a drink now", true),
        ("want a drink", "i want drink", false),
        ("[really] want", "i want it", true),
        ("[really] want", "i really want it", true),
        ("(want|need) ~drink", "i need a drink", true),
        ("(want|need) ~drink", "i need wine", true),
        ("(want|need) ~drink", "i need sleep", false),
        ("~substance", "thinking about weed", true),
        ("~substance", "thinking about beer", true),
        ("i feel *", "i feel like nobody cares", true),
        ("i feel *", "i feel", false),
        ("* hurts", "my head hurts", true),
        ("^hi", "hi there", true),
        ("^hi", "oh hi", false),
        ("bye$", "ok bye", true),
        ("bye$", "bye for now", false),
        ("want ~drink !not", "i want a drink", true),
        ("want ~drink !not", "i do not want a drink", false),
        ("don't want", "i dont want it", true),
        ("(can not|cannot) sleep", "i cant sleep", true),
        // An alternative may begin with optional words or a wildcard.
        ("^([really] want|need) a drink", "really want a drink", true),
        ("^(* want|need) a drink", "i really want a drink", true),
        ("(so [very] tired|[so] sleepy)$", "so very tired", true),
    ])
    func matchesAsDocumented(_ pattern: String, _ text: String, _ expected: Bool) throws {
        #expect(try Self.matches(pattern, text) == expected, "\(pattern) ~ \(text)")
    }

    @Test func wildcardsCaptureAndReflect() throws {
        let match = try #require(try Pattern.parse("i feel *").match(Self.message("I feel nobody cares about me")))
        #expect(match.captures == [["nobody", "cares", "about", "me"]])
        #expect(Reflection.reflect(match.captures[0]) == "nobody cares about you")
        #expect(Reflection.reflect(["i", "am", "tired", "of", "my", "life"]) == "you are tired of your life")
    }

    @Test(arguments: [
        ("(want|need", "'(' is not closed", 0),
        ("want|need)", "unexpected '|'", 4),
        ("", "the pattern is empty", 0),
        ("want ~", "'~' needs a concept name, such as ~craving", 6),
        ("[]", "an alternative is empty; use [..] for optional words", 0),
        ("!*", "'!*' would never match", 1),
        // Offsets count characters, whatever the script: "é" written as e and an accent is one.
        ("cafe\u{301} (want|need", "'(' is not closed", 5),
        ("nai\u{308}ve |x", "unexpected '|'", 6),
    ])
    func badPatternsSayWhatAndWhere(_ text: String, _ message: String, _ offset: Int) {
        #expect(throws: Pattern.ParseError(message: message, offset: offset)) { try Pattern.parse(text) }
    }

    /// A concept's name is read character by character: a mark belongs to the letter before it.
    @Test(arguments: ["चिन्ता", "ไม่", "cafe\u{301}", "naïve"])
    func conceptNamesInAnyScriptAreReadWhole(_ name: String) throws {
        let pattern = try Pattern.parse("~\(name) now")
        #expect(pattern.concepts == [name])
        #expect(pattern.words == ["now"])
    }

    @Test func aKeycapIsNotAWildcard() {
        #expect((try? Pattern.parse("*\u{FE0F}\u{20E3}"))?.elements != [.wildcard])
    }

    @Test(arguments: [("want a drink", 3), ("[really] (want|need) ~drink *", 2), ("*", 0)])
    func specificityCountsRequiredWordsAndConcepts(_ pattern: String, _ expected: Int) throws {
        #expect(try Pattern.parse(pattern).specificity == expected)
    }

    @Test func whyNotSaysWhereMatchingStopped() throws {
        let pattern = try Pattern.parse("(want|need) ~drink now")
        #expect(pattern.whyNot(Self.message("i want a drink later")) == "matched up to ~drink, then found no 'now'")
        #expect(pattern.whyNot(Self.message("hello")) == "nothing matches ('want'|'need')")
        #expect(pattern.whyNot(Self.message("i want a drink now")) == nil)
    }

    @Test func aPatternMatchesTextGeneratedFromIt() throws {
        // Property: for every pattern, the text built by taking each element's first choice matches.
        let patterns = ["[i] (want|need) [to] ~drink *", "(feel|feeling) [so] (alone|lonely)", "^hi [there]$", "a * b"]
        for source in patterns {
            let pattern = try Pattern.parse(source)
            let text = generate(pattern.elements).joined(separator: " ")
            #expect(pattern.match(Self.message(text)) != nil, "\(source) should match \(text)")
        }
    }

    func generate(_ elements: [Pattern.Element]) -> [String] {
        elements.flatMap { element -> [String] in
            switch element {
            case .word(let w): [w]
            case .concept(let c): Self.concepts.phrases[c]?.first ?? []
            case .wildcard: ["something"]
            case .optional: []
            case .choice(let alts): generate(alts[0])
            }
        }
    }
}
