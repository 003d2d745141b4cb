/// Why a message went where it did: every stage of the match order, for `steady explain`.
public struct Explanation: Sendable {
    public var text: String
    public var normalized: Normalizer.Result
    /// Concepts found, with the words that matched each.
    public var concepts: [(name: String, phrase: String)]
    /// The safety net's findings, strongest first, and every cue it found (with why one did not count).
    public var safety: (findings: [SafetyNet.Finding], cues: [SafetyNet.CueHit])
    /// What the current step was waiting for, if anything.
    public var currentStep: String?
    /// How many triggers the index handed to the matcher, out of all triggers.
    public var candidatesConsidered: Int
    public var triggerCount: Int
    /// Matching triggers, best first.
    public var matches: [(dialogue: Dialogue, trigger: Trigger, entry: Router.Entry)]
    /// The nearest examples, most similar first.
    public var examples: [(dialogue: Dialogue, score: ExampleIndex.Score)]
    /// Every candidate weighed over the message's sentences, the confidence and the words said back.
    public var understanding: Understanding
    /// What Steady would answer.
    public var turn: Turn
    /// For `--why-not`: each trigger of one dialogue and why it did or did not match.
    public var whyNot: WhyNot?

    public struct WhyNot: Sendable {
        public var dialogue: Dialogue
        public var triggers: [(trigger: Trigger, reason: String?)]
        public var exampleScore: Double?
        /// The better-ranked dialogue that wins, when this one matched too.
        public var outrankedBy: String?
    }
}
