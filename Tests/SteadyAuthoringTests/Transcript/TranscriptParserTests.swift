import SteadyAuthoring
import SteadyCore
import Testing

struct TranscriptParserTests {
    @Test func readsSettingsTurnsAndChecks() throws {
        let transcript = try TranscriptParser.parse("""
            # a comment
            seed: 7            # trailing comment
            region: us
            contact: Sam | text 07700 900123 | friend | emotional,practical | any time
            < what's going on
            > i really want a drink   # the first turn
            < how strong
            = topic craving
            = dialogue urge-surfing
            = node rate
            = crisis false
            = ended no
            = option 1 breathe with me
            = effect exercise
            = var craving_before 7
            = not sorry
            > 6
            """)
        #expect(transcript.seed == 7)
        #expect(transcript.region == "US")
        let contact = try #require(transcript.contacts.first)
        #expect(contact.name == "Sam")
        #expect(contact.reach == "text 07700 900123")
        #expect(contact.relationship == .friend)
        #expect(contact.supports == [.emotional, .practical])
        #expect(contact.availability == .anyTime)
        #expect(transcript.steps.map(\.input) == [nil, "i really want a drink", "6"])
        #expect(transcript.steps.map(\.line) == [0, 6, 17])
        #expect(transcript.steps[0].expectations == [Transcript.Expectation(.replyContains("what's going on"), line: 5, column: 3)])
        #expect(transcript.steps[1].expectations.map(\.check) == [
            .replyContains("how strong"), .topic("craving"), .dialogue("urge-surfing"), .node("rate"), .crisis(false),
            .ended(false), .option(1, "breathe with me"), .effect("exercise"), .variable("craving_before", "7"),
            .replyLacks("sorry"),
        ])
        #expect(transcript.steps[1].expectations.map(\.line) == Array(7...16))
        #expect(transcript.steps[2].expectations.isEmpty)
    }

    @Test func defaultsToSeedOneAndNoContacts() throws {
        let transcript = try TranscriptParser.parse("> hello\n")
        #expect(transcript.seed == 1)
        #expect(transcript.region == nil)
        #expect(transcript.contacts.isEmpty)
        #expect(transcript.steps.count == 2)
    }

    @Test func aHashInsideTextIsKeptWhenNoSpaceComesBeforeIt() throws {
        let transcript = try TranscriptParser.parse("> i am #1\n< number#1 # not this\n")
        #expect(transcript.steps[1].input == "i am")
        #expect(transcript.steps[1].expectations.map(\.check) == [.replyContains("number#1")])
    }

    @Test(arguments: [
        ("= topik craving", 1, 3, "there is no check 'topik'. Did you mean topic?"),
        ("= topic cravings", 1, 9, "there is no topic 'cravings'. Did you mean craving?"),
        ("<", 1, 1, "a < line needs the text you expect in the reply, as in: < how strong"),
        ("= crisis maybe", 1, 10, "= crisis takes true or false, not 'maybe'"),
        ("= option first breathe", 1, 10, "= option needs the option's number first (1 for the first), as in: = option 1 breathe"),
        ("= effect sugest_contact", 1, 10, "there is no effect type 'sugest_contact'. Did you mean suggest_contact?"),
        ("= var craving", 1, 7, "= var needs a variable name and its value, as in: = var craving_before 7"),
        ("seed: soon", 1, 7, "seed: needs a whole number, as in: seed: 1"),
        ("sede: 3", 1, 1, "there is no setting 'sede'. Did you mean seed?"),
        ("start: menu", 1, 8, "start: needs chat or practice, as in: start: practice"),
        ("> hi\nseed: 2", 2, 1, "seed: belongs before the first > line"),
        ("hello there", 1, 1,
         "I can't read this line. Start it with > (what the person types), < (text in the reply), = (a check) or # (a comment)."),
        ("contact: Sam | text | buddy", 1, 23, "\"buddy\" isn't a relationship I know. Choose one of: friend, family, sponsor, peer, counsellor, therapist, group."),
    ])
    func reportsTheLineColumnAndAPlainMessage(text: String, line: Int, column: Int, message: String) {
        #expect(throws: Transcript.ParseError(problems: [Transcript.Problem(line: line, column: column, message)])) {
            try TranscriptParser.parse(text)
        }
    }

    @Test func startChoosesHowTheConversationOpens() throws {
        #expect(try TranscriptParser.parse("> hi\n").start == .chat)
        #expect(try TranscriptParser.parse("start: practice\n> hi\n").start == .practice)
        #expect(try TranscriptParser.parse("Start: Practice\n").start == .practice)
    }

    @Test func reportsEveryProblemInTheFile() {
        do {
            _ = try TranscriptParser.parse("= topik x\n> hi\n= crisis perhaps\n")
            Issue.record("a malformed transcript was accepted")
        } catch {
            #expect(error.problems.map(\.line) == [1, 3])
        }
    }
}
