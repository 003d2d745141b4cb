/// The safety net's second reader: a model learnt from labelled messages, for what the cues miss.
///
/// Cues catch what their authors thought of; people word danger in endless other ways ("i took
/// all my sertraline. like all of it"). The messages in `Dialogues/safety/messages.yaml` were
/// written by people who had not read the cues, each labelled with its level (crisis, check or
/// calm) and, for danger, its kind (self, medical, abuse). A ``NaiveBayes`` model learns from
/// them which words lean towards danger, and adds to what the cues found:
/// - where the cues found nothing, a message the model reads as a crisis almost surely
///   (``SafetyNet/modelCrisis``) is a crisis, and one it reads as danger of any level
///   likely enough (``SafetyNet/modelCheck``) is asked about;
/// - where the cues only ask, a message the model reads as a crisis likely enough
///   (``SafetyNet/modelRaise``) is a crisis.
/// It never lowers what the cues found. The thresholds were set on blind set E (see
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
    public static let modelCheck = 0.9
    /// The probability of a crisis above which a cue's check becomes a crisis.
    public static let modelRaise = 0.99

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
        return ModelReading(crisis: crisis, danger: danger, category: category, words: words)
    }

    /// What the model adds to the cues' findings (strongest first): a finding to put first, or nil.
    func modelFinding(_ message: Message, after findings: [Finding]) -> Finding? {
        guard findings.first?.level != .crisis, let reading = modelReading(message) else { return nil }
        let words = reading.words.prefix(4).map { "\u{201C}\($0)\u{201D}" }.joined(separator: ", ")
        let percent = { (p: Double) in String(format: "%.1f%%", p * 100) }
        if let check = findings.first {
            guard reading.crisis >= Self.modelRaise else { return nil }
            var raised = check
            raised.level = .crisis
            raised.reason = "\(check.reason), and the messages model reads a crisis (\(percent(reading.crisis)); \(words))"
            return raised
        }
        if reading.crisis >= Self.modelCrisis {
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
