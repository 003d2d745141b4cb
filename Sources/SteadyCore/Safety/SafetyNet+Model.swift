/// The safety net's second reader: a model learnt from labelled messages, for what the cues miss.
///
/// Cues catch what their authors thought of; people word danger in endless other ways ("i took
/// all my sertraline. like all of it"). The messages in `Dialogues/safety/messages-*.yaml` were
/// written by people who had not read the cues, each labelled with its level (crisis, check or
/// calm) and, for danger, its kind (self, medical, abuse). A ``NaiveBayes`` model learns from
/// them which words lean towards danger. Only where the cues found nothing:
/// - a message of at least ``SafetyNet/modelLeastWords`` words that the model reads as danger of
///   any level likely enough (``SafetyNet/modelCheck``) is asked about;
/// - one it reads as a crisis almost surely (``SafetyNet/modelCrisis``), beside a cue that found
///   nothing on its own and says more than a symptom (a time, a means), is a crisis.
/// It never changes what the cues found, never brings back what their reading cancelled (a
/// figure of speech, a negation, the past), and steps aside where the message gives an everyday
/// explanation (`everyday:` in crisis.yaml: a step of recovery as the plan, an accident at
/// sport). The thresholds were set on blind set E and our own fixtures (see
/// Tests/SteadyCoreTests/Fixtures/blind/README.md); the model is part of the safety data, so no
/// script can add to it or switch it off.
extension SafetyNet {
    /// The labels of the safety net's messages: a level and, for danger, its kind.
    public static let modelLabels: Set<String> = [
        "crisis_self", "crisis_medical", "crisis_abuse", "check_self", "check_medical", "check_abuse", "calm",
    ]

    /// The probability of a crisis above which the model raises one where no cue did.
    public static let modelCrisis = 0.999
    /// The probability of danger (crisis or check) above which the model asks where no cue did.
    public static let modelCheck = 0.97
    /// The fewest words a message needs for the model to find danger where no cue did: in a short
    /// line one word weighs too much ("my car died on the motorway", "i smashed my phone screen").
    public static let modelLeastWords = 10

    /// Words that say something was taken: a danger to the writer with one of them is read as an
    /// overdose, whose response gives the emergency number first.
    static let wordsOfTaking: Set<String> = ["took", "taken", "swallowed", "downed", "necked", "overdosed", "od"]

    /// Cues that only describe a symptom: the cues weigh them already, and beside them
    /// the model asks rather than raises a crisis ("my heart won't stop racing and my hands are
    /// shaky" is asked about: it may be panic, or withdrawal).
    static let describing: Set<Cue> = [.bodySign, .withdrawalSign]

    /// What the model makes of a message.
    public struct ModelReading: Sendable, Hashable {
        /// The probability that the message states danger (a crisis).
        public var crisis: Double
        /// The probability of danger of either level.
        public var danger: Double
        /// The kind of danger it reads most like.
        public var category: Category
        /// The words that weighed most towards danger.
        public var words: [String]
    }

    /// What the model reads in a message; nil without a model.
    public func modelReading(_ message: Message) -> ModelReading? {
        guard let model else { return nil }
        let posterior = model.posterior(message.tokens)
        let crisis = model.probability(of: ["crisis_self", "crisis_medical", "crisis_abuse"], in: posterior)
        let danger = 1 - model.probability(of: ["calm"], in: posterior)
        let kinds = [("self", Category.suicide), ("medical", .overdose), ("abuse", .abuse)]
        let (kind, category) = kinds.max { a, b in
            model.probability(of: ["crisis_\(a.0)", "check_\(a.0)"], in: posterior)
                < model.probability(of: ["crisis_\(b.0)", "check_\(b.0)"], in: posterior)
        } ?? kinds[0]
        let words = model.leaning(message.tokens, towards: "crisis_\(kind)", from: "calm")
        // Something already taken ("i took all my sertraline") needs the emergency number first,
        // whatever the reason it was taken for.
        let taken = category == .suicide && message.tokens.contains { Self.wordsOfTaking.contains($0) }
        return ModelReading(crisis: crisis, danger: danger, category: taken ? .overdose : category, words: words)
    }

    /// What the model finds where the cues found nothing, or nil.
    func modelFinding(_ message: Message, hits: [CueHit], after findings: [Finding]) -> Finding? {
        guard findings.isEmpty, message.tokens.count >= Self.modelLeastWords, let reading = modelReading(message) else { return nil }
        // What the reading of the cues cancelled (a figure of speech, a negation, the past) the
        // model does not bring back: it reads words, not what they do in their clause.
        if hits.contains(where: { $0.cue.isDanger && $0.cancelled != nil }) { return nil }
        // An everyday explanation (a step of recovery as the plan, an accident at sport): "made up
        // my mind, i'm going to a meeting" reads like a decision to the model; the cues know better.
        guard everyday.spans(in: message).isEmpty else { return nil }
        let words = reading.words.prefix(4).map { "\u{201C}\($0)\u{201D}" }.joined(separator: ", ")
        let percent = { (p: Double) in String(format: "%.1f%%", p * 100) }
        // Alone, the model asks; it raises a crisis only beside a cue that the cues' reading kept
        // and that says more than a symptom (a time, a means, something taken, someone at risk).
        if reading.crisis >= Self.modelCrisis, hits.contains(where: { $0.cancelled == nil && !Self.describing.contains($0.cue) }) {
            return Finding(level: .crisis, category: reading.category, cues: [],
                           reason: "the messages model reads a crisis (\(percent(reading.crisis)); \(words))")
        }
        if reading.danger >= Self.modelCheck {
            return Finding(level: .check, category: reading.category, cues: [],
                           reason: "the messages model reads danger (\(percent(reading.danger)); \(words))")
        }
        return nil
    }
}
