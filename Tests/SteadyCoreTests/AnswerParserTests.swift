import SteadyCore
import Testing

/// How answers to a step are read: scale numbers and words of degree, replies that are not
/// answers, and near-matches of option labels.
struct AnswerParserTests {
    static func words(_ text: String) -> [String] { Normalizer().normalize(text).tokens }

    static func reading(_ text: String, _ polarity: AnswerParser.ScalePolarity = .highIsBad) -> AnswerParser.ScaleReading? {
        AnswerParser.readScale(words(text), min: 0, max: 10, polarity: polarity)
    }

    @Test(arguments: [
        ("7", 7), ("about a seven", 7), ("like 8 tbh", 8), ("i'd say a 6 out of 10", 6), ("out of 10 maybe 4", 4),
        ("7/10", 7), ("7 or 8", 8), ("somewhere between 3 and 4", 4), ("zero", 0), ("ten, easily", 10),
        ("high, like a 9", 9),
    ])
    func numbersAreReadAnywhereInTheSentence(_ text: String, _ value: Int) {
        #expect(Self.reading(text) == .exact(value), "\(text)")
    }

    @Test(arguments: ["11", "about 15", "100"])
    func aNumberOutOfRangeIsNoAnswer(_ text: String) {
        #expect(Self.reading(text) == nil, "\(text)")
    }

    @Test(arguments: [
        ("high", 8), ("dunno, high", 8), ("pretty high", 7), ("really high", 9), ("through the roof", 10),
        ("off the charts", 10), ("barely", 1), ("low", 2), ("quite low", 3), ("medium", 5), ("so so", 5),
        ("not too high", 3), ("a lot", 8), ("a little", 3), ("not much", 3), ("massive", 9),
        ("it was high but now it's medium", 5), ("not at all", 0),
    ])
    func wordsOfDegreeGiveAnApproximateValue(_ text: String, _ value: Int) {
        #expect(Self.reading(text) == .approximate(value), "\(text) -> \(String(describing: Self.reading(text)))")
    }

    @Test(arguments: [
        ("really bad", AnswerParser.ScalePolarity.highIsBad, 8), ("not too bad", .highIsBad, 3), ("awful", .highIsBad, 9),
        ("really bad", .highIsGood, 2), ("not too bad", .highIsGood, 6), ("pretty good", .highIsGood, 7),
        ("fine", .highIsGood, 8),
    ])
    func wordsOfHowHardItIsFollowTheQuestion(_ text: String, _ polarity: AnswerParser.ScalePolarity, _ value: Int) {
        #expect(Self.reading(text, polarity) == .approximate(value), "\(text) -> \(String(describing: Self.reading(text, polarity)))")
    }

    @Test func badAndFineSayNothingWhenTheQuestionDoesNotShowWhichEndIsHard() {
        #expect(Self.reading("really bad", .unknown) == nil)
        #expect(Self.reading("fine", .unknown) == nil)
        #expect(Self.reading("high", .unknown) == .approximate(8))
    }

    @Test(arguments: ["i want to get high", "purple", "the one with the breathing", "low key annoyed"])
    func wordsThatAreNotADegreeGiveNoValue(_ text: String) {
        #expect(Self.reading(text) == nil, "\(text) -> \(String(describing: Self.reading(text)))")
    }

    @Test(arguments: [
        ("How strong is the urge right now, from 0 to 10?", AnswerParser.ScalePolarity.highIsBad),
        ("How tense do you feel right now, from 0 to 10?", .highIsBad),
        ("How risky does this event feel for you, from 0 (easy) to 10 (really risky)?", .highIsBad),
        ("How did that feel to say, from 0 (awful) to 10 (fine)?", .highIsGood),
        ("How ready do you feel to send it for real, from 0 to 10?", .highIsGood),
        ("How are you feeling about it, from 0 (flat) to 10 (on top of the world)?", .highIsGood),
        ("Pick a number from 0 to 10.", .unknown),
    ])
    func theQuestionShowsWhichEndIsHard(_ question: String, _ polarity: AnswerParser.ScalePolarity) {
        #expect(AnswerParser.ScalePolarity(question: question, max: 10) == polarity)
    }

    @Test(arguments: [
        ("dunno", AnswerParser.NonAnswer.unsure), ("idk", .unsure), ("not sure", .unsure), ("no idea tbh", .unsure),
        ("hmm", .unsure), ("what do you mean", .unclear), ("huh?", .unclear), ("sorry, what does that mean", .unclear),
        ("idk what you mean", .unclear),
    ])
    func repliesThatDoNotAnswerAreKnown(_ text: String, _ kind: AnswerParser.NonAnswer) {
        #expect(AnswerParser.nonAnswer(Self.words(text)) == kind, "\(text)")
    }

    @Test(arguments: ["dunno, high", "i do not know if i can", "no", "yes", "not sure i want to", "7", "not really"])
    func answersThatSayMoreAreNotNonAnswers(_ text: String) {
        #expect(AnswerParser.nonAnswer(Self.words(text)) == nil, "\(text)")
    }

    static let cool = ["Breathe it out with me", "Cold water on my face or wrists", "Walk it off, fast"]

    @Test(arguments: [
        ("the breathing one", 0), ("breathing", 0), ("breathign", 0), ("splash my face", 1), ("cold water", 1),
        ("go for a walk", 2), ("walking", 2), ("3rd", 2), ("the 2nd", 1),
    ])
    func optionsReadNearMatchesOfTheirLabels(_ text: String, _ index: Int) {
        #expect(AnswerParser.pick(Self.words(text), labels: Self.cool) == index, "\(text)")
    }

    @Test(arguments: [
        ("call someone", ["Wait it out with me for 15 minutes", "Talk to someone"], 1),
        ("ring my mate", ["Call a friend", "Go for a run"], 0),
        ("yeah go on", ["Yes, help me pick someone", "Not right now"], 0),
        ("nah", ["Yes, help me pick someone", "Not right now"], 1),
        ("finish this first", ["Switch to that", "Finish this first"], 1),
        ("the first one", ["Switch to that", "Finish this first"], 0),
    ])
    func optionsReadParaphrasesAndYesOrNo(_ text: String, _ labels: [String], _ index: Int) {
        #expect(AnswerParser.pick(Self.words(text), labels: labels) == index, "\(text)")
    }

    @Test(arguments: [
        "honestly i just feel so alone tonight", "no thanks im not drinking tonight", "i have nobody to talk to",
        "something completely different about my job and a party", "i never want to call anyone",
    ])
    func aSentenceThatSharesAWordPicksNoOption(_ text: String) {
        let labels = ["At a party or a night out", "With a colleague, or at a work do", "Talk to someone"]
        #expect(AnswerParser.pick(Self.words(text), labels: labels) == nil, "\(text)")
    }
}
