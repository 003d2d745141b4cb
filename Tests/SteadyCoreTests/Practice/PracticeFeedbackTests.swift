import SteadyCore
import Testing

/// The feedback rules for openers and refusals: what they notice, what they suggest, and the
/// better version they build from the person's words.
struct PracticeFeedbackTests {
    typealias Trait = OpenerFeedback.Trait

    @Test(arguments: [
        "Could we talk tonight?",
        "hey sam are you free for a coffee this week",
        "Hi Jo, would you be up for a call on Saturday?",
        "I'd love to catch up. Let me know when suits you.",
        "can u ring me tmrw",
        "Are you around at 6?",
        "Do you fancy a walk after work?",
    ])
    func asksClearly(_ opener: String) {
        #expect(OpenerFeedback(analysing: opener).traits.contains(.asksClearly))
    }

    @Test(arguments: [
        "I miss you.",
        "hey its been ages",
        "I do think we should talk sometime.",
        "Sam is coming to the meeting and I wanted to say hi.",
        "I know I haven't been around much",
        "When I was using I let you down",
    ])
    func doesNotAskClearly(_ opener: String) {
        let feedback = OpenerFeedback(analysing: opener)
        #expect(!feedback.traits.contains(.asksClearly))
        #expect(feedback.advice.contains(.asksClearly))
    }

    @Test(arguments: [
        ("Could we talk tonight?", true), ("Free this weekend?", true), ("How about Saturday?", true),
        ("Coffee at 6?", true), ("Call me at 7.30pm", true), ("Lunch tomorrow?", true),
        ("Could we talk sometime?", false), ("I'd love to catch up soon.", false), ("Are you free?", false),
    ])
    func suggestsATime(_ opener: String, _ expected: Bool) {
        #expect(OpenerFeedback(analysing: opener).traits.contains(.suggestsTime) == expected)
    }

    @Test(arguments: [
        ("Sorry sorry, could we talk?", true),
        ("I'm so sorry. I'm sorry I went quiet. Could we talk?", true),
        ("I know you're probably busy but could we talk?", true),
        ("I hate to bother you, are you free tonight?", true),
        ("sorry to bother u but r u free", true),
        ("Sorry I went quiet for so long. Could we catch up this week?", false),
        ("Could we catch up this week?", false),
    ])
    func overApologising(_ opener: String, _ expected: Bool) {
        let feedback = OpenerFeedback(analysing: opener)
        #expect(feedback.traits.contains(.overApologises) == expected)
        if expected { #expect(feedback.advice.first == .overApologises || feedback.advice.first == .putsSelfDown) }
    }

    @Test(arguments: [
        ("I'm such a mess, but could we talk tonight?", "I'm such a mess"),
        ("im useless at this. can we meet this week?", "I'm useless"),
        ("Sorry for being so annoying. Are you free Saturday?", "being so annoying"),
        ("I know I'm a burden and I need help tonight", "I'm a burden"),
    ])
    func puttingThemselvesDown(_ opener: String, _ phrase: String) {
        let feedback = OpenerFeedback(analysing: opener)
        #expect(feedback.traits.contains(.putsSelfDown))
        #expect(feedback.advice.first == .putsSelfDown)
        #expect(feedback.summary.contains(phrase))
        #expect(!feedback.draft.lowercased().contains(phrase.lowercased()))
    }

    @Test(arguments: [
        ("Hey, could we talk tonight?", true),
        ("I've been thinking about you. Could we get a coffee this week?", true),
        (String(repeating: "I have been meaning to write for a long time and every time I start I stop again. ", count: 3)
            + "Could we talk?", false),
        ("Hi. It's me. I know. It's been a while. Could we talk?", false),
    ])
    func keepingItShort(_ opener: String, _ expected: Bool) {
        let feedback = OpenerFeedback(analysing: opener)
        #expect(feedback.traits.contains(.short) == expected)
        if !expected { #expect(feedback.advice.contains(.short)) }
    }

    @Test(arguments: [
        ("I need someone to talk to tonight.", true), ("Could we meet for a coffee?", true),
        ("I'd love to catch up.", true), ("I've stopped drinking and wanted you to know.", true),
        ("Hey.", false), ("What's up?", false),
    ])
    func sayingWhatTheyNeed(_ opener: String, _ expected: Bool) {
        #expect(OpenerFeedback(analysing: opener).traits.contains(.saysNeed) == expected)
    }

    @Test func speakingFromI() {
        #expect(OpenerFeedback(analysing: "I'd love to see you this week. Are you free?").traits.contains(.speaksFromI))
        let blaming = OpenerFeedback(analysing: "You never call anymore. Are you free this week to talk?")
        #expect(!blaming.traits.contains(.speaksFromI))
        #expect(blaming.traits.contains(.blames))
        #expect(blaming.advice.first == .blames)
        #expect(blaming.summary.contains("I\u{2019}ve missed you") || blaming.summary.contains("I've missed you"))
        #expect(blaming.draft == "Are you free this week to talk?")
    }

    @Test func aStrongOpenerIsLeftAlone() {
        let feedback = OpenerFeedback(analysing: "Hi Sam, I've missed you. Would you be up for a coffee on Saturday?")
        #expect(feedback.advice.isEmpty)
        #expect(feedback.draft == feedback.text)
        #expect(!feedback.changesSomething)
        #expect(feedback.summary.contains("I wouldn't change a thing"))
        #expect(feedback.summary.contains("you ask a clear question"))
        #expect(feedback.summary.contains("you suggest a time"))
    }

    @Test(arguments: [
        ("sorry sorry i know youre probably busy but could we talk", "Could we talk this week?"),
        ("I'm such a mess, but could we talk tonight?", "Could we talk tonight?"),
        ("hey its been ages. i miss you", "Hey its been ages. I miss you. Would you be free for a call this week?"),
        ("I'd love to catch up this weekend.", "I'd love to catch up this weekend. Would you be free?"),
        ("I'm so sorry. I'm sorry I went quiet. I'm sorry for everything. Could we talk this week?",
         "I'm sorry I went quiet. Could we talk this week?"),
        ("i hate to bother you, i know im useless, are you free tonight", "Are you free tonight?"),
        ("sorry, im a mess", "Hi, it's me. Would you be free for a call this week?"),
        ("hey jo im such a mess lately sorry to bother u. i need to talk",
         "Hey Jo. I need to talk. Would you be free for a call this week?"),
        ("hi im useless but can we meet this week", "Hi, can we meet this week?"),
        ("Would love to grab a coffee sometime if you're up for it?",
         "Would love to grab a coffee this week if you're up for it?"),
        ("hey stranger, how are you doing?", "Hey stranger, how are you doing? Would you be free for a call this week?"),
        ("i really need someone tonight, im a wreck", "I really need someone tonight. Would you be free?"),
        ("Hey Sam, sorry sorry, could we talk tonight?", "Hey Sam, could we talk tonight?"),
    ])
    func theBetterVersionUsesTheirWords(_ opener: String, _ expected: String) {
        #expect(OpenerFeedback(analysing: opener).draft == expected)
    }

    @Test func aLongOpenerIsCutToTheMainThing() {
        let opener = """
            Hey Jo. I know it's been forever and there's so much I want to explain about the last year, \
            the job, the move, all of it, and honestly I don't even know where to start with any of it. \
            Things got really bad for a while. I'm doing better now. I'd love to get a coffee on Saturday if you're free?
            """
        let feedback = OpenerFeedback(analysing: opener)
        #expect(feedback.advice.first == .short)
        #expect(feedback.draft == "Hey Jo. I'd love to get a coffee on Saturday if you're free?")
        #expect(feedback.summary.contains("words. Shorter is easier"))
    }

    @Test func theSuggestedTimeAndLineCanBeChosen() {
        let feedback = OpenerFeedback(analysing: "I'm struggling", time: "tonight", addition: "Could you call me tonight?")
        #expect(feedback.draft == "I'm struggling. Could you call me tonight?")
        let time = OpenerFeedback(analysing: "Could we talk?", time: "tonight")
        #expect(time.draft == "Could we talk tonight?")
        #expect(time.summary.contains("\u{201C}tonight\u{201D}"))
    }

    @Test func nothingWrittenStillGetsAGentleStart() {
        let feedback = OpenerFeedback(analysing: "   ")
        #expect(feedback.advice.isEmpty)
        #expect(feedback.summary.contains("Even a few words is a start"))
        #expect(feedback.draft == "Hi, it's me. Would you be free for a call this week?")
    }

    @Test(arguments: [
        ("No thanks, I'm good with a soda.", [Trait.saysNoClearly, .offersAlternative, .short], [Trait]()),
        ("nah im ok", [.saysNoClearly, .short], [.offersAlternative]),
        ("Sorry, so sorry, I can't, I'm such a buzzkill lol", [.saysNoClearly], [.overApologises]),
        ("Well the thing is my doctor said that because of my liver and the tablets and everything it's probably best that I don't have one tonight but maybe another time.",
         [.saysNoClearly, .offersAlternative], [.short]),
        ("I'll just have a lemonade.", [.offersAlternative, .short], [.saysNoClearly]),
    ])
    func refusals(_ line: String, _ present: [Trait], _ advice: [Trait]) {
        let feedback = OpenerFeedback(analysing: line, purpose: .refusal)
        for trait in present { #expect(feedback.traits.contains(trait), "\(trait)") }
        for trait in advice { #expect(feedback.advice.contains(trait), "\(trait)") }
        #expect(!feedback.advice.contains(.asksClearly))
    }

    @Test func aRefusalDraftSaysNoAndOffersSomethingElse() {
        #expect(OpenerFeedback(analysing: "I'll just have a lemonade.", purpose: .refusal).draft
            == "No thanks. I'll just have a lemonade.")
        #expect(OpenerFeedback(analysing: "nah im ok", purpose: .refusal).draft == "Nah I'm ok. I'll have a soda, thanks.")
        #expect(OpenerFeedback(analysing: "sorry sorry no", purpose: .refusal, addition: "I can do Monday instead.").draft
            == "No. I can do Monday instead.")
    }

    @Test(arguments: ["ok go on then", "fine ill have one", "why not, it's a party", "yeah go on, just the one", "one won't hurt"])
    func aRehearsedNoThatSaysYesIsNotPraised(_ line: String) {
        let feedback = OpenerFeedback(analysing: line, purpose: .refusal)
        #expect(feedback.traits.contains(.acceptsOffer), "\(line)")
        #expect(feedback.strengths.isEmpty, "\(line)")
        #expect(!feedback.summary.contains("What's good"), "\(line)")
        #expect(feedback.summary.contains("came out as a yes"), "\(line)")
        #expect(feedback.draft == "No thanks, I'm good. I'll have a soda, thanks.", "\(line)")
    }

    @Test(arguments: ["No thanks, why not grab me a coke", "I'll have one of the alcohol free ones", "nah, not tonight",
                      "yeah I'll grab a lemonade", "ok then, water for me"])
    func aNoOrSomethingElseIsNotTakenForAYes(_ line: String) {
        #expect(!OpenerFeedback(analysing: line, purpose: .refusal).traits.contains(.acceptsOffer), "\(line)")
    }

    @Test func anOpenerIsNeverReadAsAcceptingAnOffer() {
        #expect(!OpenerFeedback(analysing: "go on then, want a coffee tomorrow?").traits.contains(.acceptsOffer))
    }

    @Test func feedbackIsWarmAndNeverShaming() {
        for opener in ["im such an idiot sorry sorry", "you never answer", "", "Could we talk tonight?"] {
            let summary = OpenerFeedback(analysing: opener).summary.lowercased()
            for harsh in ["wrong", "bad", "should have", "mistake", "fail"] {
                #expect(!summary.contains(harsh), "\(opener): \(summary)")
            }
        }
    }
}

struct PracticeDraftTimeTests {
    @Test func aTimeAlreadyPartlySaidIsNotRepeated() {
        let feedback = OpenerFeedback(analysing: "Hi Jo, I'd like to see you. Do you want to get a coffee after group?",
                                      purpose: .opener, time: "after group next week",
                                      addition: "Would you fancy a coffee after group next week?")
        #expect(!feedback.draft.contains("after group after group"), "\(feedback.draft)")
    }
}

extension PracticeDraftTimeTests {
    @Test func aMessageThatAlreadyAsksGetsNoSecondQuestion() {
        let feedback = OpenerFeedback(analysing: "I miss you, can we do a video call.", purpose: .opener,
                                      time: "this weekend", addition: "Could we do a video call this weekend?")
        #expect(!feedback.draft.contains("Could we do a video call this weekend?"), "\(feedback.draft)")
    }
}
