/// The safety net's second reader: a model learnt from labelled messages, for what the cues miss.
///
/// Cues catch what their authors thought of; people word danger in endless other ways ("i took
/// all my sertraline. like all of it"). The messages in `Dialogues/safety/messages-*.yaml` were
/// written by people who had not read the cues, each labelled with its level (crisis, check or
/// calm) and, for danger, its kind (self, medical, abuse). A ``NaiveBayes`` model learns from
/// them which words lean towards danger. In a message of at least ``SafetyNet/modelLeastWords``
/// words where the cues raised no crisis:
/// - one it reads as a crisis almost surely (``SafetyNet/modelCrisis``), beside a cue that says
///   more than a symptom (a time, a means), is a crisis; so is one it reads as a crisis more
///   surely still (``SafetyNet/modelCrisisAlone``) with no cue beside it, unless a cue names a
///   symptom (a racing heart may be panic, and is asked about).
///   Where the cues only asked ("got the rope in the shed" is a means), that is how they are
///   raised to a crisis.
/// - Beside stopping and a common sign of withdrawal (`mild_sign`), a medical crisis it reads is
///   only asked about: the withdrawal dialogue answers that case, dangerous signs first.
/// Where the cues found nothing at all:
/// - one that the model reads as danger of any level likely enough (``SafetyNet/modelCheck``) is
///   asked about;
/// - in a long post, where danger is one sentence among many ordinary ones, the part (two
///   sentences side by side) it reads as most dangerous is asked about above
///   ``SafetyNet/modelPassageCheck``.
/// It never lowers what the cues found, and does not read what their reading explained away: the
/// clause of a cue that was cancelled (a figure of speech, a negation, the past) and the sentence of
/// an everyday explanation (`everyday:` in crisis.yaml: a step of recovery as the plan, an accident at
/// sport). The thresholds were set on blind sets E, F and G with the model learnt without them,
/// and on our own fixtures (see
/// Tests/SteadyCoreTests/Fixtures/blind/README.md); the model is part of the safety data, so no
/// script can add to it or switch it off.
extension SafetyNet {
    /// The labels of the safety net's messages: a level and, for danger, its kind.
    public static let modelLabels: Set<String> = [
        "crisis_self", "crisis_medical", "crisis_abuse", "check_self", "check_medical", "check_abuse", "calm",
    ]

    /// The probability of a crisis above which the model raises one where no cue did, beside a cue
    /// that says more than a symptom.
    public static let modelCrisis = 0.999
    /// The probability of a crisis above which the model raises one with no cue beside it ("got the
    /// rope in the shed. been staring at the beam all afternoon"), unless a cue found only a
    /// symptom. Stricter than ``modelCrisis``: "i hate my body so much i cant look in the mirror"
    /// reads 99.96% and is asked about.
    public static let modelCrisisAlone = 0.9999
    /// The probability of a crisis above which the model raises one beside grave signs of the body
    /// alone ("friend keeps going dusky round his mouth and his pupils are pinpoints"); beside mild
    /// ones ("my hands are trembling and my breathing is really fast") it asks.
    public static let modelCrisisBesideSigns = 0.99999
    /// The probability of danger in one part of a long post above which the model asks: a part is
    /// short, and the model is surer of short texts, so this is stricter than ``modelCheck``.
    /// (0.999 until set J was learnt, which made two calm posts' parts read 99.9%, "he says"
    /// beside a gentle husband among them; with the model learnt from A to D only, 0.9995 asks
    /// about 4 fewer of E to J's 2,610 danger messages and 2 fewer of their 2,520 calm ones.)
    public static let modelPassageCheck = 0.9995
    /// The fewest words a post needs to be read part by part as well as whole.
    public static let modelPassageWords = 30
    /// The probability of danger (crisis or check) above which the model asks where no cue did.
    public static let modelCheck = 0.97
    /// The fewest words a message needs for the model to find danger where no cue did: in a short
    /// line one word weighs too much ("my car died on the motorway", "i smashed my phone screen").
    /// (10 until session 14: sets L and M, unseen by the model, held eight dangers of eight or nine
    /// words that it read at 99% or more and no calm message of that length above 99%.)
    public static let modelLeastWords = 8
    /// Below this many words the model acts only where no cue matched, and asks only above
    /// ``modelCheckShort``: "gave blood today, felt a bit woozy after" reads 99.4%.
    public static let modelShortWords = 10
    public static let modelCheckShort = 0.999

    /// Words that say something was taken: a danger to the writer with one of them is read as an
    /// overdose, whose response gives the emergency number first.
    static let wordsOfTaking: Set<String> = ["took", "taken", "swallowed", "downed", "necked", "overdosed", "od"]

    /// Cues that only describe a symptom: the cues weigh them already, and beside them
    /// the model asks rather than raises a crisis ("my heart won't stop racing and my hands are
    /// shaky" is asked about: it may be panic, or withdrawal).
    static let describing: Set<Cue> = [.bodySign, .withdrawalSign, .mildSign]
    /// The signs among them that are grave (``modelCrisisBesideSigns``).
    static let graveSigns = describing.subtracting([.mildSign])
    /// Cues that only name who is there: a short line with no other cue is still the model's to read.
    static let namingWho: Set<Cue> = [.aggressor, .child]

    /// What the model makes of a message.
    public struct ModelReading: Sendable, Hashable {
        /// The probability that the message states danger (a crisis).
        public var crisis: Double
        /// The probability of danger of either level.
        public var danger: Double
        /// The kind of danger it reads most like.
        public var category: Category
        /// What was read, and the label of the kind it reads most like: the words that weighed
        /// most towards it are worked out only for a finding's reason (``words(of:)``).
        var tokens: [String]
        var kind: String
    }

    /// The words of a reading that weighed most towards its kind of danger, strongest first.
    func words(of reading: ModelReading) -> [String] {
        model?.leaning(reading.tokens, towards: reading.kind, from: "calm") ?? []
    }

    /// What the model reads in a message; nil without a model.
    public func modelReading(_ message: Message) -> ModelReading? {
        modelReading(message.tokens)
    }

    /// What the model reads in a long post's most dangerous part: each sentence with the next,
    /// read on its own. Nil for a post shorter than ``modelPassageWords`` or of fewer than three
    /// sentences (whose parts would be the whole).
    public func passageReading(_ message: Message) -> ModelReading? {
        passageReading(ModelText(tokens: message.tokens, sentenceStarts: message.normalized.sentenceStarts))
    }

    func passageReading(_ text: ModelText) -> ModelReading? {
        let tokens = text.tokens
        guard tokens.count >= Self.modelPassageWords else { return nil }
        let starts = [0] + text.sentenceStarts.filter { $0 > 0 && $0 < tokens.count } + [tokens.count]
        guard starts.count > 3 else { return nil }
        guard let model else { return nil }
        let parts = starts.indices.dropLast().map { Array(tokens[starts[$0]..<starts[min($0 + 2, starts.count - 1)]]) }
        // The most dangerous part first, then what it reads as (its kind, its words).
        let danger = { (part: [String]) in Self.danger(in: model.posterior(part), of: model) }
        return parts.max { danger($0) < danger($1) }.flatMap(modelReading)
    }

    /// The words the model reads, and where their sentences begin.
    struct ModelText {
        var tokens: [String]
        var sentenceStarts: [Int]
    }

    /// A message without what the cues' reading explained away, for the model to read: the clause
    /// of a cue that was cancelled (a figure of speech, a negation, the past), and the sentence of an
    /// everyday explanation. The model reads words, not what they do in their clause, so it reads
    /// only the rest: in "he has screwed the back door shut and taken the key. says i am not going
    /// to my meeting ever again", the first sentence still counts beside the everyday second one.
    /// (Stepping aside for the whole message was tried on blind sets E to J, with the model learnt
    /// from A to D only: reading the rest found 0.2 to 1.6 points more of the danger, and asked
    /// about one more calm message in 2,520.)
    func unexplained(_ message: Message, hits: [CueHit]) -> ModelText {
        let tokens = message.tokens
        var dropped = [Bool](repeating: false, count: tokens.count)
        let sentenceStarts = [0] + message.normalized.sentenceStarts.filter { $0 > 0 && $0 < tokens.count }
        func drop(_ range: Range<Int>) { for i in range.clamped(to: tokens.indices) { dropped[i] = true } }
        for hit in hits where hit.cue.isDanger && hit.cancelled != nil { drop(hit.clause) }
        for (_, span) in everyday.spans(in: message) {
            let start = sentenceStarts.last { $0 <= span.lowerBound } ?? 0
            drop(start..<(sentenceStarts.first { $0 > span.lowerBound } ?? tokens.count))
        }
        var kept: [String] = []
        var starts: [Int] = []
        var lastSentence: Int?
        // Each kept word in its sentence: a new sentence begins where the sentence changes.
        for i in tokens.indices where !dropped[i] {
            let sentence = sentenceStarts.lastIndex { $0 <= i } ?? 0
            if let last = lastSentence, last != sentence { starts.append(kept.count) }
            lastSentence = sentence
            kept.append(tokens[i])
        }
        return ModelText(tokens: kept, sentenceStarts: starts)
    }

    /// The probability of danger of either level: all but calm.
    static func danger(in posterior: [(label: String, probability: Double)], of model: NaiveBayes) -> Double {
        1 - model.probability(of: ["calm"], in: posterior)
    }

    func modelReading(_ tokens: [String]) -> ModelReading? {
        guard let model else { return nil }
        let posterior = model.posterior(tokens)
        let crisis = model.probability(of: ["crisis_self", "crisis_medical", "crisis_abuse"], in: posterior)
        let danger = Self.danger(in: posterior, of: model)
        let kinds = [("self", Category.suicide), ("medical", .overdose), ("abuse", .abuse)]
        let (kind, category) = kinds.max { a, b in
            model.probability(of: ["crisis_\(a.0)", "check_\(a.0)"], in: posterior)
                < model.probability(of: ["crisis_\(b.0)", "check_\(b.0)"], in: posterior)
        } ?? kinds[0]
        // Something already taken ("i took all my sertraline") needs the emergency number first,
        // whatever the reason it was taken for.
        let taken = category == .suicide && tokens.contains { Self.wordsOfTaking.contains($0) }
        return ModelReading(crisis: crisis, danger: danger, category: taken ? .overdose : category, tokens: tokens, kind: "crisis_\(kind)")
    }

    /// What the model adds where the cues raised no crisis (a finding to put first), or nil.
    func modelFinding(_ message: Message, hits: [CueHit], after findings: [Finding]) -> Finding? {
        // Where the cues raised a crisis, the model has nothing to add; where they only ask, it
        // may find the crisis ("got the rope in the shed. been staring at the beam all afternoon").
        // What is left after the cues' reading is never longer than the message: a short message
        // is not taken apart at all.
        guard !findings.contains(where: { $0.level == .crisis }), message.tokens.count >= Self.modelLeastWords else { return nil }
        let text = unexplained(message, hits: hits)
        guard text.tokens.count >= Self.modelLeastWords, let reading = modelReading(text.tokens) else { return nil }
        // A short line where a cue matched is the cues' to judge: their reading ("in this light",
        // "tell my wife") covers most of it.
        let short = text.tokens.count < Self.modelShortWords
        if short, hits.contains(where: { !Self.namingWho.contains($0.cue) }) { return nil }
        func finding(_ level: Level, _ reading: ModelReading, _ what: String, _ p: Double) -> Finding {
            let words = words(of: reading).prefix(4).map { "\u{201C}\($0)\u{201D}" }.joined(separator: ", ")
            return Finding(level: level, category: reading.category, cues: [],
                           reason: "the messages model reads \(what) (\(String(format: "%.2f%%", p * 100)); \(words))")
        }
        // A crisis beside a cue the cues' reading kept and that says more than a symptom (a time, a
        // means, something taken, someone at risk), or more surely still with no cue beside it;
        // beside a symptom alone, the model asks. A cue beside a sign of hyperbole ("lol") was
        // lowered to a question by the cues, and the model does not raise it again.
        let live = hits.filter { $0.cancelled == nil }
        // Stopping beside a common sign of withdrawal ("day 3 off the booze and my hands won't stop
        // shaking") is the withdrawal dialogue's to answer, which asks about the dangerous signs
        // first: where the model reads a medical crisis there, it asks, and raises no crisis.
        if reading.kind == "crisis_medical", live.contains(where: { $0.cue == .stopped }), live.contains(where: { $0.cue == .mildSign }) {
            guard findings.isEmpty, reading.crisis >= Self.modelCrisis else { return nil }
            return finding(.check, reading, "danger beside withdrawal", reading.crisis)
        }
        let symptoms = live.contains { Self.describing.contains($0.cue) }
        if reading.crisis >= Self.modelCrisis, live.contains(where: { !Self.describing.contains($0.cue) && !$0.hyperbolic })
            || (reading.crisis >= Self.modelCrisisAlone && !symptoms)
            || (reading.crisis >= Self.modelCrisisBesideSigns && live.contains { Self.graveSigns.contains($0.cue) }) {
            return finding(.crisis, reading, "a crisis", reading.crisis)
        }
        guard findings.isEmpty else { return nil }
        if reading.danger >= (short ? Self.modelCheckShort : Self.modelCheck) {
            return finding(.check, reading, "danger", reading.danger)
        }
        if let part = passageReading(text), part.danger >= Self.modelPassageCheck {
            return finding(.check, part, "danger in one part", part.danger)
        }
        return nil
    }
}
