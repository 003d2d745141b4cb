import Foundation
import SteadyCore
import SteadyTestSupport
import Testing

/// The safety plan: reading answers, the guided conversation, and where a crisis shows it.
struct SafetyPlanTests {
    @Test(arguments: [
        ("a walk, cold water and box breathing", ["a walk", "cold water", "box breathing"]),
        ("Sam; Mum\nPriya.", ["Sam", "Mum", "Priya"]),
        ("- my kids\n- the sea", ["my kids", "the sea"]),
        ("1. music 2) nothing", ["music 2) nothing"]),
        ("music, Music, MUSIC", ["music"]),
        ("  my GP Dr Okafor  ", ["my GP Dr Okafor"]),
        ("rock & roll", ["rock", "roll"]),
        (",,, and ,", []),
    ])
    func anAnswerIsSplitIntoItemsInThePersonsWords(_ text: String, _ expected: [String]) {
        #expect(SafetyPlan.items(in: text) == expected)
    }

    @Test(arguments: [
        ("skip", SafetyPlan.Answer.skip), ("Skip.", .skip), ("not now", .skip), ("idk", .skip), ("stop", .stop),
        ("done", .stop), ("", .empty), ("   ", .empty), ("a walk", .items(["a walk"])),
    ])
    func skipStopAndEmptyAreNotItems(_ text: String, _ expected: SafetyPlan.Answer) {
        #expect(SafetyPlan.answer(text) == expected)
    }

    @Test func anItemIsCutAtTheLongestKeptAndLosesControlCharacters() {
        let items = SafetyPlan.items(in: String(repeating: "x", count: 1_000) + "\u{1B}[31m")
        #expect(items.count == 1)
        #expect(items[0].count == SafetyPlan.maximumItemLength)
        #expect(SafetyPlan.items(in: "red\u{1B}[31m text") == ["red[31m text"])
    }

    @Test func sectionsAreTheSevenIdsInOrder() {
        #expect(SafetyPlan.Section.allCases.map(\.id) == [
            "warning_signs", "coping", "distractions", "people", "professionals", "safe_environment", "reasons",
        ])
        #expect(SafetyPlan.Section(id: "Safe-Environment") == .safeEnvironment)
        #expect(SafetyPlan.Section(id: "friends") == nil)
    }

    /// Runs the interview with `answers`, applying what it adds to a plan as the front end would.
    static func interview(_ answers: [String], contacts: [SupportContact] = [], savedReasons: [String] = [])
        -> (replies: [SafetyPlan.Interview.Reply], plan: SafetyPlan)
    {
        var plan = SafetyPlan()
        var interview = SafetyPlan.Interview()
        var replies = [interview.opening(.init(plan: plan, savedReasons: savedReasons, contacts: contacts, lines: ["Samaritans: 116 123"]))]
        for answer in answers {
            let reply = interview.respond(to: answer, context: .init(plan: plan, savedReasons: savedReasons, contacts: contacts))
            if let section = reply.section {
                let start = plan[section].count
                plan = SafetyPlan(items: plan.items + reply.additions.enumerated().map {
                    SafetyPlan.Item(section: section, text: $0.element, position: start + $0.offset + 1, created: Date(timeIntervalSince1970: 0))
                })
            }
            replies.append(reply)
        }
        return (replies, plan)
    }

    @Test func sevenAnswersFillTheSevenSectionsInOrder() {
        let sam = SupportContact(name: "Sam", reach: "555 0100")
        let (replies, plan) = Self.interview(
            ["bed all day", "a walk and music", "the library", "Sam", "my GP", "Jo keeps my pills", "my kids"], contacts: [sam])
        #expect(replies.map(\.asking) == [.warningSigns, .coping, .distractions, .people, .professionals, .safeEnvironment, .reasons, nil])
        #expect(replies[0].text.contains("1 of 7. Warning signs."))
        #expect(replies[0].text.contains("For example:"))
        #expect(replies[4].text.contains("Already on it") == false, "the lines are shown only when the context has them")
        #expect(plan.texts(.coping) == ["a walk", "music"])
        #expect(plan.texts(.people) == ["Sam"])
        #expect(plan.texts(.reasons) == ["my kids"])
        #expect(replies.last?.finished == true)
        #expect(replies.last?.text.contains("steady plan show --format html") == true)
        #expect(replies.allSatisfy { $0.contactsToAdd.isEmpty }, "Sam is a contact already")
    }

    @Test func skipMovesOnAndStopKeepsWhatWasGiven() {
        let (replies, plan) = Self.interview(["skip", "a walk", "stop"])
        #expect(replies[1].asking == .coping)
        #expect(replies[1].additions.isEmpty)
        #expect(replies[3].finished)
        #expect(replies[3].text.contains("Everything you gave is saved"))
        #expect(plan.texts(.coping) == ["a walk"])
        #expect(plan.items.count == 1)
    }

    @Test func anEmptyAnswerAsksAgainWithoutMovingOn() {
        let (replies, _) = Self.interview(["", "  "])
        #expect(replies[1].asking == .warningSigns)
        #expect(replies[2].asking == .warningSigns)
        #expect(replies[1].text.hasPrefix("Take your time."))
    }

    @Test func newPeopleAreAddedAsContactsOnlyWithLeave() {
        let yes = Self.interview(["skip", "skip", "skip", "Sam and Jo", "yes"])
        #expect(yes.replies[4].options == ["Yes", "No"])
        #expect(yes.replies[4].asking == .people)
        #expect(yes.replies[5].contactsToAdd == ["Sam", "Jo"])
        #expect(yes.replies[5].asking == .professionals)
        let no = Self.interview(["skip", "skip", "skip", "Sam", "no thanks"])
        #expect(no.replies[5].contactsToAdd.isEmpty)
        #expect(no.plan.texts(.people) == ["Sam"])
    }

    @Test func savedReasonsAreOffered() {
        let (replies, plan) = Self.interview(Array(repeating: "skip", count: 6) + ["yes"], savedReasons: ["for my kids"])
        #expect(replies[6].text.contains("for my kids"))
        #expect(plan.texts(.reasons) == ["for my kids"])
        #expect(replies.last?.finished == true)
    }

    @Test func reviewingShowsWhatIsThereAlready() {
        var interview = SafetyPlan.Interview()
        let plan = SafetyPlan(items: [SafetyPlan.Item(section: .warningSigns, text: "no sleep", position: 1, created: Date())])
        let opening = interview.opening(.init(plan: plan))
        #expect(opening.text.contains("Let's look over your safety plan"))
        #expect(opening.text.contains("You have: no sleep."))
        let again = interview.respond(to: "No Sleep", context: .init(plan: plan))
        #expect(again.additions.isEmpty)
        #expect(again.text.contains("already on your plan"))
    }

    static func plan(_ entries: [(SafetyPlan.Section, String)]) -> SafetyPlan {
        SafetyPlan(items: entries.enumerated().map {
            SafetyPlan.Item(section: $0.element.0, text: $0.element.1, position: $0.offset, created: Date(timeIntervalSince1970: 0))
        })
    }

    @Test func theEssentialsAreCopingPeopleWithHowToReachThemSafetyAndReasons() throws {
        let plan = Self.plan([(.warningSigns, "no sleep"), (.coping, "a walk"), (.people, "Sam, my sponsor"),
                              (.people, "Mum"), (.safeEnvironment, "Jo keeps my pills"), (.reasons, "my kids")])
        let text = try #require(SafetyPlanText(plan: plan, contacts: [SupportContact(name: "Sam", reach: "555 0100")]).essentials())
        #expect(text == """
            Your own safety plan, in your words:
              \u{2022} Things you can do now: a walk
              \u{2022} People you can ask: Sam, my sponsor (555 0100); Mum
              \u{2022} Keeping safe: Jo keeps my pills
              \u{2022} Your reasons: my kids
            """)
        #expect(SafetyPlanText(plan: Self.plan([(.warningSigns, "no sleep")])).essentials() == nil)
        #expect(SafetyPlanText(plan: SafetyPlan()).essentials() == nil)
    }

    @Test func aContactMatchesByWholeNameAtTheStart() {
        let contacts = [SupportContact(name: "Sam"), SupportContact(name: "Sam Lee")]
        #expect(SafetyPlan.contact(for: "sam", in: contacts)?.name == "Sam")
        #expect(SafetyPlan.contact(for: "Sam Lee (sponsor)", in: contacts)?.name == "Sam Lee")
        #expect(SafetyPlan.contact(for: "Samantha", in: contacts) == nil)
        #expect(SafetyPlan.contact(for: "my sister", in: contacts) == nil)
    }

    @Test func markdownEscapesThePersonsWords() {
        let markdown = SafetyPlanText(plan: Self.plan([(.coping, "*not* [a link](x) <b>")])).markdown()
        #expect(markdown.contains("- \\*not\\* \\[a link\\]\\(x\\) \\<b\\>"))
        #expect(markdown.contains("## 7. My reasons for living and for my recovery"))
    }

    // MARK: - The crisis response

    /// Where the plan's result goes in a turn: the index of the first line after it.
    static func planAnchor(_ turn: Turn) throws -> Int {
        let index = try #require(turn.effects.firstIndex(of: .showSafetyPlan))
        return turn.effectAnchors[index]
    }

    @Test(arguments: ["i want to kill myself", "i keep cutting myself"])
    func aSuicideOrSelfHarmResponseStartsFromThePlanBeforeTheLines(_ text: String) throws {
        let engine = Engine(library: try ShippedLibrary.library(), region: "UK")
        var state = ConversationState(seed: 1)
        let turn = engine.respond(to: text, state: &state)
        #expect(turn.crisis)
        let anchor = try Self.planAnchor(turn)
        let lines = try #require(turn.lines.firstIndex { $0.contains("Samaritans") })
        #expect(anchor < lines)
        #expect(turn.lines[..<anchor].allSatisfy { !$0.contains("999") }, "no line or number before the plan")
        let shown = turn.reply(inserting: turn.effects.map { $0 == .showSafetyPlan ? "PLAN" : nil })
        let plan = try #require(shown.range(of: "PLAN"))
        #expect(plan.lowerBound < (shown.range(of: "Samaritans")?.lowerBound ?? shown.startIndex))
    }

    @Test func inAnOverdoseTheEmergencyNumberComesFirstThenThePlan() throws {
        let engine = Engine(library: try ShippedLibrary.library(), region: "UK")
        var state = ConversationState(seed: 1)
        let turn = engine.respond(to: "i took too many pills", state: &state)
        #expect(turn.crisis)
        let anchor = try Self.planAnchor(turn)
        #expect(turn.lines[..<anchor].contains { $0.contains("call 999 now") })
        let lines = try #require(turn.lines.firstIndex { $0.contains("Samaritans") })
        #expect(anchor < lines)
    }

    @Test func sosShowsThePlanBeforeTheLinesToo() throws {
        let engine = Engine(library: try ShippedLibrary.library(), region: "UK")
        var state = ConversationState(seed: 1)
        let turn = engine.sos(state: &state)
        let anchor = try Self.planAnchor(turn)
        #expect(anchor < (turn.lines.firstIndex { $0.contains("Samaritans") } ?? 0))
    }

    @Test func theEngineReadsDangerInAPlanAnswer() throws {
        let engine = Engine(library: try ShippedLibrary.library(), region: "UK")
        #expect(engine.findsDanger(in: "i want to kill myself"))
        #expect(!engine.findsDanger(in: "a walk and cold water"))
        #expect(engine.crisisLineEntries().last == "Emergency: 999")
        #expect(engine.emergencyNumber == "999")
    }
}
