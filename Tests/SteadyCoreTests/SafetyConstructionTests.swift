import SteadyCore
import SteadyTestSupport
import Testing

/// What a person notices of the safety net reading constructions rather than listed sentences:
/// self-harm under way, means bought or at hand, a plan, goodbyes to the people left behind, and
/// the figures of speech that must stay out of a crisis. Each message was written for this test.
struct SafetyConstructionTests {
    /// Hurting oneself now, or bleeding that will not stop: a crisis.
    @Test(arguments: [
        "burning myself right now with the lighter",
        "been hitting my head on the floor until it bruised",
        "the bleeding wont stop and its soaked the towel",
        "scratching rn, its really bad",
    ])
    func selfHarmUnderWayIsACrisis(_ text: String) throws {
        #expect(try ShippedLibrary.safetyLevel(text) == .crisis, "\(text)")
    }

    /// A means bought or brought out is asked about alone, and a crisis beside a time, a plan,
    /// a wish or a goodbye.
    @Test func meansAreAskedAboutAloneAndACrisisBesideATime() throws {
        #expect(try ShippedLibrary.safetyLevel("picked up some rope from the hardware shop") == .check)
        #expect(try ShippedLibrary.safetyLevel("took my husband's shotgun down from the loft. it's next to me") == .crisis)
        #expect(try ShippedLibrary.safetyLevel("i'm going to swallow all the paracetamol i've got") == .crisis)
        #expect(try ShippedLibrary.safetyLevel("my tablets are laid out in a row on the bed") == .crisis)
    }

    /// A plan or a decision said plainly to Steady is danger stated: a crisis, as it is beside a
    /// time or a means. (Every blind set's writers labelled it so; it used to be only asked about.)
    @Test func aPlanSaidPlainlyIsACrisis() throws {
        #expect(try ShippedLibrary.safetyLevel("i've made a plan. that's all i'm saying") == .crisis)
        #expect(try ShippedLibrary.safetyLevel("i've got a plan. it's going to be friday") == .crisis)
        #expect(try ShippedLibrary.safetyLevel("my mind's made up and i'm going through with it") == .crisis)
    }

    /// A means at hand beside where it is kept, a decision beside a time, a decision tied to a
    /// drink tonight: each cue alone may be ordinary, together they are a crisis.
    @Test(arguments: [
        "picked up a rope this afternoon. it's in the garage now",
        "i'm doing it tonight, made up my mind",
        "if i drink again this weekend i'm going to do it",
        "been to the chemist twice and got what i need. i'll do it on her birthday",
        "i've decided. tonight.",
        "made my decision, it's tonight",
        "ive decided im doing it on friday when hes at work",
    ])
    func meansOrADecisionBesideATimeIsACrisis(_ text: String) throws {
        #expect(try ShippedLibrary.safetyLevel(text) == .crisis, "\(text)")
    }

    /// Indirect danger, without a wish said outright: hopelessness, being a burden, feeling
    /// trapped, nobody noticing. Steady asks.
    @Test(arguments: [
        "honestly i'm just taking up space these days",
        "they'd all have an easier time if i wasn't around",
        "i don't even care what happens to me now",
        "what's the use of any of it",
        "if i vanished it would be weeks before anyone noticed",
        "sometimes i want to run away and never come back",
    ])
    func indirectDangerIsAskedAbout(_ text: String) throws {
        #expect(try ShippedLibrary.safetyLevel(text) != nil, "\(text)")
    }

    /// Someone else showing signs (goodbyes, giving things away, being about to be gone): Steady
    /// asks; someone else hurting themselves now is a crisis.
    @Test func someoneElseAtRisk() throws {
        #expect(try ShippedLibrary.safetyLevel("my uncle keeps saying he won't be a bother to anyone much longer") != nil)
        #expect(try ShippedLibrary.safetyLevel("my cousin rang round everyone to say her goodbyes last night") != nil)
        #expect(try ShippedLibrary.safetyLevel("my flatmate is cutting in the bathroom and won't open the door") == .crisis)
        #expect(try ShippedLibrary.safetyLevel("my brother texted that he's going home to hang himself") == .crisis)
    }

    /// The person's own lapse is no sign that someone else is at risk: it raises nothing. Someone
    /// else's lapse beside another worrying change is asked about.
    @Test func aLapseWorriesOnlyAboutSomeoneElse() throws {
        #expect(try ShippedLibrary.safetyLevel("relapsed on saturday, used again after two months clean, feel rotten") == nil)
        #expect(try ShippedLibrary.safetyLevel("my sister relapsed and she's stopped answering her phone") == .check)
    }

    /// A typo in a word the safety net reads ("purpse") is corrected towards it, not towards an
    /// ordinary word one letter away ("purple").
    @Test func aDroppedLetterIsCorrectedTowardsTheDangerWord() throws {
        #expect(try ShippedLibrary.library().message("did it on purpse").tokens.last == "purpose")
        #expect(try ShippedLibrary.safetyLevel("swallowed loads of tablets with gin. on purpse") == .crisis)
    }

    /// A long post is read sentence by sentence: danger in its middle is found.
    @Test func dangerInTheMiddleOfALongPostIsFound() throws {
        let post = """
            Work has been a nightmare this month and the train strikes mean I'm getting in late every \
            day. My sister came to stay for the weekend and we went to the seaside, which was nice. \
            I keep going to my meetings and my sponsor says I'm doing well. But if I'm honest I'm just \
            taking up space and I've stopped seeing the point of any of it. Anyway the dog needs a walk \
            and the washing is piling up, so I'll stop typing now.
            """
        #expect(try ShippedLibrary.safetyLevel(post) != nil)
    }

    /// Goodbyes to the people left behind: a crisis.
    @Test(arguments: [
        "love you all. please don't blame yourselves",
        "it's my goodbye. thank you for everything",
        "my letters are written. i wont be around by sunday",
    ])
    func goodbyesAreACrisis(_ text: String) throws {
        #expect(try ShippedLibrary.safetyLevel(text) == .crisis, "\(text)")
    }

    /// Dying for good, said another way: a crisis.
    @Test(arguments: [
        "i keep thinking about leaving life behind",
        "being dead would be better than this",
        "i just want to go to sleep forever and not wake up",
        "i keep picturing steering the car into a tree on the motorway",
    ])
    func aWishSaidAnotherWayIsACrisis(_ text: String) throws {
        #expect(try ShippedLibrary.safetyLevel(text) == .crisis, "\(text)")
    }

    /// Hyperbole, games, an ordinary goodbye, a denial and an old story: no crisis.
    @Test(arguments: [
        "so hungry i could die, when's lunch",
        "these night shifts are going to finish me off",
        "thrashed my sister at fifa three nil",
        "hiding from the in laws in the garden with a coffee",
        "i could throttle my son when he leaves his plates out",
        "not that i would ever cut myself, i just feel flat",
        "waved goodbye to my daughter at the school gates, first day",
        "my brother overdosed years back, he is doing great now",
        "bought rope lights for the garden",
        "my mum is literally going to kill me when she sees the dent",
        "i am going to strangle this laptop, it froze again",
        "it's two years since i last hurt myself and i'm proud",
        "my phone is dying, i'll text you later",
        // Deciding to drink or use tonight is a craving or a lapse to talk through, not a crisis.
        "ive decided im drinking tonight",
        "made up my mind, im having a drink tonight",
        "ive made my decision, im going to the pub tonight",
    ])
    func figuresStayOutOfCrisis(_ text: String) throws {
        #expect(try ShippedLibrary.safetyLevel(text) != .crisis, "\(text)")
    }

    /// Ordinary messages that share words with danger raise nothing at all.
    @Test(arguments: [
        "so bored i could die in this queue",
        "i have a plan for the weekend with my sponsor",
        "i'm ready for my first meeting tonight",
        "i've decided to go to rehab tomorrow",
        "ive made up my mind, im going to a meeting tonight",
        "made my mind up today, im going to quit drinking for good",
        // A decision that says what it is about is no decision to die, even beside a time.
        "ive decided to tell my wife tonight",
        "i've decided to go to the party tonight",
        "i have decided im calling my sponsor today",
        "ive decided im doing it differently this time, no more drinking at home",
    ])
    func ordinaryMessagesRaiseNothing(_ text: String) throws {
        #expect(try ShippedLibrary.safetyLevel(text) == nil, "\(text)")
    }
}
