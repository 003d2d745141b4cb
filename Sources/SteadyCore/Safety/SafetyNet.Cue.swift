extension SafetyNet {
    /// The kinds of cue the safety data lists patterns for (`cues:` in Dialogues/safety/crisis.yaml).
    /// Some state danger on their own; others count only beside another (see
    /// `SafetyNet+Judgement.swift`).
    public enum Cue: String, Sendable, Hashable, Codable, CaseIterable {
        /// A wish or intent to die or to kill oneself, passive wishes stated plainly among them.
        case wish
        /// An attempt under way or a means in hand: "the pills are ready", "wrote a suicide note".
        case act
        /// Hurting oneself on purpose.
        case selfHarm = "self_harm"
        /// Not safe with oneself: "i don't trust myself tonight".
        case unsafe
        /// A means or a place (evidence beside another cue): "the rope", "the bridge".
        case means
        /// A time, readiness or a decision (evidence beside another cue): "tonight", "i've decided".
        case readiness
        /// Notes, goodbyes, giving things away, not being around.
        case finality
        /// Hopelessness and entrapment: "what's the point", "no way out".
        case hopelessness
        /// Being a burden: "they'd be better off without me".
        case burden
        /// An overdose or another medical emergency now, in the writer or someone with them.
        case medical
        /// A worrying medical question without stated danger: "took a couple extra, is that bad".
        case medicalQuestion = "medical_question"
        /// Dangerous withdrawal stated: seizures, DTs, benzodiazepines stopped cold turkey.
        case withdrawal
        /// Stopping alcohol, benzodiazepines or opioids (evidence beside a withdrawal sign).
        case stopped
        /// A dangerous sign of withdrawal: seeing things, confusion, a heart at 140 (evidence beside
        /// `stopped`).
        case withdrawalSign = "withdrawal_sign"
        /// A common sign of withdrawal: shaking, sweating, not sleeping, a racing heart. Beside
        /// `stopped` it is the withdrawal dialogue's to answer, which asks about the dangerous signs
        /// first; the net keeps it so that the model asks rather than raises a crisis beside one.
        case mildSign = "mild_sign"
        /// Being hurt, threatened, controlled, assaulted or followed; a child being hurt.
        case abuse
        /// Unclear signs of abuse: "he checks my phone and gets angry".
        case unsafeHome = "unsafe_home"
        /// A baby or a child (evidence beside `impaired`).
        case child
        /// Someone drunk or high (evidence beside `child`).
        case impaired
        /// Wanting or intending to hurt someone else.
        case harmOthers = "harm_others"
        /// A decision or an intent to act soon (evidence beside another cue): "made up my mind",
        /// "doing it tonight", "tonight's the night". Stronger than `readiness`, which is only a time.
        case decision
        /// A plan or a decision stated plainly, without what it is for: "i have a plan", "made up my
        /// mind and i'm doing it". A crisis alone: in a message to Steady, it is danger stated.
        case plan
        /// A substance taken or used (evidence beside `body_sign`): "took his pain pills", "did a few lines".
        case took
        /// A sign that a body is in danger (evidence beside `took`): slow breathing, chest pain,
        /// not staying awake.
        case bodySign = "body_sign"
        /// An act that hurts, threatens or controls someone, said without who does it: "holds my
        /// head under the water", "banging on the door", "keeps my insulin". Asked about alone; a
        /// crisis beside an `aggressor` in the same sentence.
        case violence
        /// Someone who may be doing the hurting (evidence beside `violence`): "he", "my dad",
        /// "mum's boyfriend", "my ex".
        case aggressor
        /// Something swallowed that can poison, above all by a child: "drank some dishwasher
        /// liquid", "ate some of my pills". A household poison is a crisis alone (patterns that
        /// name one are `medical`); medicine is asked about alone and a crisis beside a `child`.
        case ingested
        /// A worrying change in someone: gone quiet, not answering, very low, giving things away.
        /// Two together (or one beside hopelessness, finality or means) are asked about.
        case worry
    }
}
