/// What Steady made of a first message: the candidate dialogues with the evidence for each, how
/// sure it is of the best one, and the person's own words it can say back.
///
/// Worked out in one place (`Library.understand`), used by the engine to route and by
/// `steady explain` to show why.
public struct Understanding: Sendable {
    /// How sure Steady is of a route.
    ///
    /// - `high`: a trigger matched, and in a message of several sentences its topic has the most
    ///   support by a clear margin.
    /// - `medium`: no trigger, but a labelled example is close (at least
    ///   ``Understanding/closeExample``, ahead of other topics by ``Understanding/exampleLead``),
    ///   or a trigger whose topic leads only narrowly in a long message; Steady still routes.
    /// - `low`: nothing matched, or only a loose likeness to an example, or two topics are
    ///   equally supported: Steady does not guess, it says back what it understood and asks.
    public enum Confidence: String, Sendable, Comparable, CaseIterable {
        case low, medium, high

        public static func < (a: Confidence, b: Confidence) -> Bool {
            allCases.firstIndex(of: a) ?? 0 < allCases.firstIndex(of: b) ?? 0
        }
    }

    /// One piece of evidence for a dialogue, from one sentence (or the whole message).
    public enum Evidence: Sendable, Hashable {
        /// A trigger matched; `sentence` is nil when it matched across the whole message.
        case trigger(source: String, sentence: Int?)
        /// An example was near.
        case example(text: String, similarity: Double, sentence: Int?)
        /// The topic model (``NaiveBayes``) reads the whole message as this topic, with this
        /// probability; `words` weighed most towards it.
        case model(probability: Double, words: [String])
    }

    /// A dialogue with some support in the message.
    public struct Candidate: Sendable {
        public var dialogue: Int
        public var topic: Topic
        /// The sum of its evidence: 1 for each sentence a trigger of it wins, the similarity for
        /// each sentence only an example of it is near.
        public var score: Double
        /// The trigger rank of its best trigger across the whole message (lower is better), if any.
        public var triggerRank: Int?
        public var evidence: [Evidence]
        /// Why it won or lost, for `explain`.
        public var verdict = ""
        /// What a pattern of it captured (for `{1}`), when a trigger matched the whole message.
        public var captures: [[String]] = []
    }

    /// The person's words Steady can say back: each a short phrase, turned toward them
    /// ("my sister" -> "your sister"), or nil when the message does not carry one.
    public struct Reflected: Sendable, Hashable {
        /// A life event or worry: "a horrible day at work", "the rent".
        public var stressor: String?
        /// Someone in their life: "your sister".
        public var person: String?
        /// When: "tonight", "last night".
        public var when: String?
        /// How they feel: "anxious", "on edge".
        public var feeling: String?
        /// A habit with no tolerance danger, such as gambling or vaping: "the slots". Scripts
        /// leave out the tolerance warning for it.
        public var habit: String?

        public init(stressor: String? = nil, person: String? = nil, when: String? = nil, feeling: String? = nil, habit: String? = nil) {
            self.stressor = stressor
            self.person = person
            self.when = when
            self.feeling = feeling
            self.habit = habit
        }

        /// The names scripts may use in `acknowledge:` lines, with their values.
        public var values: [String: String] {
            var out: [String: String] = [:]
            if let stressor { out["stressor"] = stressor }
            if let person { out["person"] = person }
            if let when { out["when"] = when }
            if let habit { out["habit"] = habit }
            return out
        }

        /// The names a script may use in an `acknowledge:` line.
        public static let names: Set<String> = ["stressor", "person", "when", "habit"]

        /// The variable a dialogue begun from the message reads for a name: `heard_habit`.
        public static func variable(_ name: String) -> String { "heard_" + name }

        /// Every such variable, set or cleared whenever a dialogue begins from a message.
        public static let variables: Set<String> = Set(names.map(variable))

        public var isEmpty: Bool { stressor == nil && person == nil && when == nil && feeling == nil && habit == nil }
    }

    /// Candidates, best first.
    public var candidates: [Candidate]
    public var confidence: Confidence
    /// Whether the message is about something Steady is not for (politics, trivia, homework...).
    public var outOfScope: Bool
    public var reflected: Reflected
    /// How many sentences were weighed.
    public var sentences: Int

    /// The best candidate, when Steady is sure enough to start it.
    public var route: Candidate? {
        confidence >= .medium && !outOfScope ? candidates.first : nil
    }

    /// The nearest example similarity that routes on its own, without a trigger.
    public static let closeExample = 0.5

    /// How far a close example must lead the nearest example of any other topic to route on its
    /// own. Below it the two topics are about as likely, and the fallback offers both: on the
    /// blind sets A and C, routes with a lead under 0.15 were wrong twice as often as right.
    public static let exampleLead = 0.15
}
