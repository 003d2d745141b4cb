import SteadyCore
import SteadyTestSupport
import Testing

/// The safety net over the shipped patterns and a large set of messages written for it.
struct SafetyNetTests {
    /// Written for the safety net's first version, relabelled for the second: messages of
    /// hopelessness, being a burden or a bare goodbye are `check` (Steady asks), by design.
    @Test func everyCrisisMessageIsCaughtAndFewOrdinaryOnesAre() throws {
        let library = try ShippedLibrary.library()
        let rows = try ShippedLibrary.fixture("crisis.tsv")
        let crisis = rows.filter { $0[0] == "crisis" }
        let check = rows.filter { $0[0] == "check" }
        let ordinary = rows.filter { $0[0] == "not_crisis" }
        #expect(crisis.count >= 150)
        #expect(ordinary.count >= 150)
        let level = { (text: String) in library.safety.check(library.message(text))?.level }
        let missed = crisis.filter { level($0[2]) != .crisis }.map { $0[2] }
        #expect(missed.isEmpty, "not a crisis:\n\(missed.joined(separator: "\n"))")
        let unasked = check.filter { level($0[2]) == nil }.map { $0[2] }
        #expect(unasked.isEmpty, "not even asked about:\n\(unasked.joined(separator: "\n"))")
        let alarmed = ordinary.filter { level($0[2]) == .crisis }.map { $0[2] }
        #expect(alarmed.isEmpty, "crisis on ordinary messages:\n\(alarmed.joined(separator: "\n"))")
        let asked = ordinary.filter { level($0[2]) == .check }.map { $0[2] }
        #expect(Double(asked.count) / Double(ordinary.count) <= 0.04, "checks on ordinary messages:\n\(asked.joined(separator: "\n"))")
    }

    /// Only the start of a long message is answered, but the safety net reads all of it,
    /// wherever the disclosure falls: at the end, or across the end of the part answered.
    @Test(arguments: [0, 3_950, 3_990, 4_010, 9_000])
    func aDisclosureAnywhereInALongMessageIsCaught(_ at: Int) throws {
        let library = try ShippedLibrary.library()
        let engine = Engine(library: library, region: "UK")
        let filler = String(repeating: "Today I wrote a note about the weather and my plans for the week. ", count: 200)
        let disclosure = "last night i left a note for my family saying goodbye"
        let text = String(filler.prefix(at)) + " " + disclosure + " " + String(filler.prefix(5_000))
        #expect(text.count > Engine.maximumMessageLength)
        var (_, state) = engine.start(seed: 1)
        let turn = engine.respond(to: text, state: &state)
        #expect(turn.crisis, "disclosure at \(at)")
        // The same message without the disclosure is not a crisis.
        var (_, plain) = engine.start(seed: 1)
        #expect(!engine.respond(to: String(filler.prefix(at)) + " " + String(filler.prefix(5_000)), state: &plain).crisis)
    }

    /// A later part begins at a sentence's start, so a denial is read whole.
    @Test func aDenialInALongMessageStaysADenial() throws {
        let library = try ShippedLibrary.library()
        let engine = Engine(library: library, region: "UK")
        let filler = String(repeating: "Today was long and the bus was late again. ", count: 300)
        for at in stride(from: 3_000, through: 4_200, by: 37) {
            let text = String(filler.prefix(at)) + "I am not going to kill myself, I just need a break. " + String(filler.prefix(2_000))
            var (_, state) = engine.start(seed: 1)
            #expect(!engine.respond(to: text, state: &state).crisis, "denial at \(at)")
        }
    }

    @Test func aCrisisMessageGetsTheCrisisResponseInEveryStepOfEveryDialogue() throws {
        let library = try ShippedLibrary.library()
        let engine = Engine(library: library, region: "UK")
        var checked = 0
        for dialogue in library.dialogues {
            for nodeID in dialogue.nodeOrder {
                var (_, state) = engine.start(seed: 3)
                state.stack = [ConversationState.Frame(dialogue: dialogue.id, node: nodeID)]
                let turn = engine.respond(to: "honestly i just want to die", state: &state)
                #expect(turn.crisis, "\(dialogue.id)/\(nodeID)")
                #expect(turn.topic == .crisis)
                #expect(turn.reply.contains("116 123"), "\(dialogue.id)/\(nodeID)")
                checked += 1
            }
        }
        #expect(checked > 100)
    }

    @Test(arguments: [
        ("im not ok. i want to die", SafetyNet.Level.crisis),
        ("i'm not suicidal, actually yes i am suicidal", .crisis),
        ("he'll hurt me if i go back", .crisis),
        // Negation is scoped to its clause and its verb.
        ("i dont want to die, i want to get better", nil),
        ("I won't kill myself, I just needed to say it", nil),
        ("i cant stop cutting myself", .crisis),
        ("i dont want to live anymore", .crisis),
        ("he wont stop hitting me", .crisis),
        ("she never stops hitting me", .crisis),
        ("its not that bad, he only pushed me down the stairs", .crisis),
        ("im not going to hurt myself, just stressed", nil),
        // A comma before a new subject ends the negator's clause; a list after a comma does not.
        ("my friend use heroin and she not talk, her lips is blue", .crisis),
        ("my dad did not eat today, his face is grey and clammy", .crisis),
        ("i will not drink, use or hurt myself tonight", nil),
        // The model reads a line of eight or nine words where no cue matched, more strictly than a
        // longer one.
        ("swallowed every one of my sertraline on purpose", .check),
        ("gave blood today, felt a bit woozy after", nil),
        // Grave signs of the body alone, read as a crisis all but surely by the model; mild ones asked.
        ("coke all night and now my chest is crushing and my heart is banging out of my chest", .crisis),
        ("my hands are trembling and my breathing is really fast", .check),
        // "diet" is no figure of speech beside pills: it once cancelled the whole cue.
        ("swallowed a box of laxatives and diet pills to make my heart stop", .crisis),
        // Typos and chat spellings.
        ("i wanna kil myself", .crisis),
        ("kms", .crisis),
        ("want 2 die", .crisis),
        ("thinking about sewer slide", .crisis),
        // Cues combined: a means or a goodbye beside a time or hopelessness.
        ("the rope is in the garage. tonight", .crisis),
        ("wrote letters to my kids. left them in the drawer. tonight", .crisis),
        ("i quit xanax cold turkey yesterday", .crisis),
        ("day 2 no drink and im shaking and seeing things", .crisis),
        ("my ex is about to drive the kids and hes absolutely hammered", .crisis),
        ("my friend says she wants to kill herself", .crisis),
        ("hes breathing really slowly and snoring weirdly", .crisis),
        // Risk cues without stated danger: Steady asks.
        ("whats the point of any of it", .check),
        ("everyone would be better off without me", .check),
        ("so hungover i want to die lol", .check),
        ("how many paracetamol is too many", .check),
        // Figures of speech.
        ("putting myself first for once", nil),
        ("this homework is killing me", nil),
        ("my phone is dead", nil),
        ("i killed it at work today", nil),
        ("dying to see her", nil),
        ("my mum will kill me when she finds out i relapsed", nil),
        ("i want to kill this craving", nil),
        ("going to murder this workout", nil),
        ("tonight is the night i finally go to a meeting", nil),
        ("i gave away all my bottles, i won't need them anymore", nil),
        ("used to self harm as a teen, 6 years clean of it now", nil),
        // Filler words and short typos inside a wish; a hedge is no denial.
        ("i want to fkn die", .crisis),
        ("i want to like actually just die", .crisis),
        ("i wnat to die", .crisis),
        ("i want to, idk, kill myself i guess", .crisis),
        // A verb of its own takes the negation: "not blinking" does not deny "barely breathing".
        ("eyes open, not blinking, barely breathing", .crisis),
        // Evidence that counts only together: a decision beside hopelessness or a burden, a
        // substance beside a body in danger, two signs of control at home.
        ("nothing matters anymore and i've made up my mind", .crisis),
        ("i'm such a burden to them. tonight's the night", .crisis),
        ("nothing matters anymore", .check),
        ("took some of his pain pills and now his lips look grey", .crisis),
        ("did a few lines and now there's a crushing pain across my chest", .crisis),
        ("my lips look a bit grey in this light", nil),
        ("he checks my location every hour and counts my pills", .crisis),
        ("he counts my pills", .check),
        // Saying "i'm done" is asked about, unless it is about a task or about using.
        ("i'm done", .check),
        ("honestly i'm so done with everything", .check),
        ("i'm done with my homework finally", nil),
        ("i'm done drinking, day one today", nil),
        // Hopelessness is always asked about.
        ("i feel hopeless", .check),
        ("what's the point of anything", .check),
        ("would anyone even miss me", .check),
        ("i'm worthless", .check),
        ("i feel so empty inside", .check),
        // Words of the distant past, after the cue too, even for an overdose.
        ("my dad overdosed when i was 12, he's been clean for years", nil),
        ("i took too many tablets years ago and i'm doing well now", nil),
        // More figures: a parent's threat over a vape, a foot, a kitchen cut.
        ("mum found my vape and said she'd kill me lol", nil),
        ("my sponsor says i shoot myself in the foot", nil),
        ("cut myself twice on the grater making dinner", nil),
        ("i wanted to kill everyone at work today lol", .check),
        // Withdrawal: a common sign after stopping is the withdrawal dialogue's to answer, which
        // asks about the dangerous signs first; a dangerous sign is a crisis, even after "no drink".
        ("stopped drinking monday. hands wont stop shaking", nil),
        ("day 2 off the booze and sweating through the sheets", nil),
        ("day 3 off the drink and there are spiders on the walls", .crisis),
        ("no drink since sunday, seeing rats on the ceiling", .crisis),
        ("quit booze 48 hours ago. resting heart rate 140", .crisis),
        // Danger in words the first version did not know: a means taken, a weight tested, a
        // goodbye for the children, and "now" after a story of being clean.
        ("just washed down the rest of my lithium", .crisis),
        ("been testing if it holds my weight", .crisis),
        ("writing a letter for each of my kids tonight so they know it wasnt their fault", .crisis),
        ("4 months clean from self harm and the blade is in my hand right now", .crisis),
        ("won't be anyone's problem much longer", .check),
        // More everyday sayings: sweets, a bungee jump, a flat phone, a screening question, a bank
        // card handed over, a goodbye to a habit.
        ("think i od'd on quality street", nil),
        ("bungee jump off a bridge for my 40th", nil),
        ("phone about to die, will message later", nil),
        ("my therapist asked if i have any thoughts of harming myself", nil),
        ("gave my bank card to my sister till payday. tonight will be hard", nil),
        ("saying goodbye to my vape tonight", nil),
        // A clinical review of the above (session 11): dangerous withdrawal signs in other words,
        // and danger that a figure, a word of the past or talk of work must not cancel; then
        // everyday lines that must not become a crisis.
        ("my husband stopped drinking 2 days ago, hes shaking and sweating and talking rubbish and picking at the air", .crisis),
        ("my husband stopped drinking 2 days ago, hes shaking and not making any sense", .crisis),
        ("my husband stopped drinking 2 days ago, hes shaking and he doesnt know who I am", .crisis),
        ("stopped drinking 2 days ago, shaking, i think i passed out earlier", .crisis),
        ("stopped drinking 2 days ago, shaking and my pulse is 135", .crisis),
        ("stopped drinking 2 days ago, shaking and my temperature is 39.5", .crisis),
        ("stopped drinking 2 days ago, shaking and i feel like im going to have a fit", .crisis),
        ("stopped drinking 2 days ago, shaking, fell over and hit my head", .crisis),
        ("no drink since friday, shaking and I blacked out in the kitchen for a minute", .crisis),
        ("i cut myself with a razor again tonight and it's deep", .crisis),
        ("i got battered by my husband last night", .crisis),
        ("i want to kill myself for using again after 2 years clean", .crisis),
        ("he said he will kill me for using again", .crisis),
        ("the lads are going to kill me if i do not pay them by friday", .crisis),
        ("he made me drink some tea and then i could not move and woke up in his bed", .crisis),
        ("i overdosed on caffeine pills, heart racing and vomiting", .crisis),
        ("did loads of coke and then my heart stopped for a second and my chest really hurts", .crisis),
        ("my gp asked if i have thoughts of killing myself and i lied, i do every day", .crisis),
        ("ive got the rope, tied it to the tree, ready", .crisis),
        ("i feel exactly like i did when i was using, i want to die", .crisis),
        ("took 40 paracetamol tonight, same as my overdose last year", .crisis),
        ("3 weeks without cutting and tonight i cut deep and it will not stop bleeding", .crisis),
        ("my old self harm urges are so strong tonight i have the blade in my hand", .crisis),
        ("lost 2 grand on bets tonight, just taken 40", .crisis),
        ("i did badly on my exam so i took 30 sleeping pills", .crisis),
        ("burnt my hand cooking so i wrapped it in a tea towel", nil),
        ("i put my address on the form for the rehab referral", nil),
        ("cant sleep, i need you to put me to sleep", nil),
        ("my hair is going grey, noticed it in the bathroom mirror", nil),
        ("my detox is all arranged for monday", nil),
        ("step 9: amends letters written, calmest i have felt in years", nil),
        // Session 15, in words of the writer's own: a part of the body named after a comma starts
        // a clause of its own, so "won't settle" does not cancel it; "lol" beside a threat asks
        // (the cues lower it and the model does not raise it again); a self-harm long past, in
        // one's teens; being choked up, and a goodbye said at a pet's last day; a note being
        // written now; hoping to choke; signs of a reaction beside each other.
        ("did a load of speed, my pulse wont settle, chest is crushing and it wont ease", .crisis),
        ("my sister tried to kill me for eating her chips lmao", .check),
        ("i used to overdose on purpose in my late teens, now i train peer mentors", nil),
        ("got choked up at my sons nativity, proud dad", nil),
        ("the vet came to the house to put our old cat to sleep and the kids said goodbye to her", nil),
        ("writing my note now, it will be in the drawer", .crisis),
        ("hoping i choke in my sleep tonight", .crisis),
        ("woke up on the kitchen floor, throat feels like its closing, whole body numb", .crisis),
        // Set O's misses and false alarms (session 15, O read as a development set): "suicidal"
        // on its own, not caring if one goes; a pair of cues beside "lol" is asked about; the
        // bottle bank is not a swallowed handful; a stop and a dangerous sign three sentences apart
        // are one story.
        ("suicidal af, the bridge is ten minutes away", .crisis),
        ("if i go i go, doing a bigger hit than usual tonight", .crisis),
        ("i swear i'll throttle my sister if she borrows my charger again lol", .check),
        ("took them all to the bottle bank this morning, felt good", nil),
        ("packed in the drink friday. not sleeping. sweating buckets. now theres spiders on the ceiling", .crisis),
        ("stopped drinking on monday. sleeping badly. sweating at night. last night i saw men standing at the end of my bed", .crisis),
    ] as [(String, SafetyNet.Level?)])
    func judgesTrickyMessages(_ text: String, _ expected: SafetyNet.Level?) throws {
        let library = try ShippedLibrary.library()
        #expect(library.safety.check(library.message(text))?.level == expected, "\(text)")
    }

    @Test(arguments: [
        ("my friend says she wants to kill herself", SafetyNet.Category.someoneElse),
        ("i quit xanax cold turkey yesterday", .withdrawal),
        ("took a load of pills with vodka and now i cant feel my legs", .overdose),
        ("he held me down and choked me last night", .abuse),
        ("cut myself again tonight", .selfHarm),
        ("my flatmate took two pills at the party and now shes burning up and talking nonsense", .overdose),
        ("he hides my inhaler and keeps my passport", .abuse),
        ("my coworker said she is going to drive her car into the sea after work", .someoneElse),
        ("the neighbours toddler has been alone in the flat since this morning", .abuse),
    ])
    func namesTheKindOfDanger(_ text: String, _ category: SafetyNet.Category) throws {
        let library = try ShippedLibrary.library()
        #expect(library.safety.check(library.message(text))?.category == category, "\(text)")
    }

    @Test func realWordsAreNeverCorrectedIntoCrisisWords() throws {
        let library = try ShippedLibrary.library()
        for word in ["putting", "changing", "willing", "filled", "attached", "hunting", "depth"] {
            #expect(library.message(word).tokens == [word])
        }
        #expect(library.message("i realy want a drnk").tokens.contains("really"))
        #expect(library.safety.check(library.message("feeling suicidel tonight"))?.level == .crisis)
    }

    /// A cue is looked for over a few words only, so one that needs more can never match; lint says
    /// so where it is written. (Session 18 wrote one of seventeen words, which matched nothing and
    /// said nothing.)
    @Test func aCueTooLongToEverMatchIsReported() {
        let lines = TestLibrary.oneLineRegion
        let long = "i do not want to be him anymore and i do not know how to be anyone else at all"
        let crisis = ScriptSource(path: "safety/crisis.yaml", text: "crisis:\n  cues:\n    hopelessness: [\"\(long)\", \"no way out\"]\n")
        let (definition, diagnostics) = SafetyLoader.load([crisis, lines])
        let warnings = diagnostics.filter { $0.code == .safetyData && $0.message.contains("can never match") }
        #expect(warnings.count == 1, "\(diagnostics.map(\.description))")
        #expect(warnings.first?.location.line == 3)
        #expect(definition?.cues.count == 2, "the cue still loads; the warning tells its author")
    }
}
