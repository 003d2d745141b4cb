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

    /// A plan or a decision said plainly is asked about; beside a time or a means it is a crisis.
    @Test func aPlanIsAskedAboutAndACrisisBesideATimeOrMeans() throws {
        #expect(try ShippedLibrary.safetyLevel("i've made a plan. that's all i'm saying") == .check)
        #expect(try ShippedLibrary.safetyLevel("i've got a plan. it's going to be friday") == .crisis)
        #expect(try ShippedLibrary.safetyLevel("my mind's made up and i'm going through with it") == .check)
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
    ])
    func ordinaryMessagesRaiseNothing(_ text: String) throws {
        #expect(try ShippedLibrary.safetyLevel(text) == nil, "\(text)")
    }
}
