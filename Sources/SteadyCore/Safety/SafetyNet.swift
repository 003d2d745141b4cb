/// Danger detection that runs on every message before anything else, in every state.
///
/// It finds cues (a wish to die, a means, a time, a goodbye, hopelessness, a medical emergency,
/// violence, someone else at risk) and combines them into one of three answers: `crisis` (danger
/// is stated), `check` (risk cues without stated danger: Steady asks directly) or nothing. Its
/// cues and the crisis lines come from the shipped `Dialogues/safety/` files only; no script can
/// add to, outrank or switch off what it finds. The rules that combine cues are in
/// `SafetyNet+Judgement.swift`.
public struct SafetyNet: Sendable {
    /// Each cue kind's patterns, where the safety data defines them.
    public struct CuePattern: Sendable {
        public var cue: Cue
        public var pattern: Pattern
        public var location: SourceLocation
    }

    /// What the safety files say, as written.
    public struct Definition: Sendable {
        public var cues: [CuePattern]
        /// Figures of speech ("this homework is killing me") that cancel a cue they overlap.
        public var figures: [Pattern]
        /// Words about the past ("used to", "years ago"): a cue in the same clause is not about now.
        public var past: [Pattern]
        /// Signs of hyperbole ("lol", "hungover"): a wish to die beside one is asked about, not
        /// taken as a crisis.
        public var hyperbole: [Pattern]
        /// Words that say the person means it ("i'm not joking"): beside them, in the same
        /// sentence or the next, no figure of speech or hyperbole cancels a cue.
        public var earnest: [Pattern]
        /// Signs that the writer speaks of their job or training ("i'm a nurse", "first aid
        /// course"): a medical emergency in such a message is asked about, not taken as a crisis.
        public var work: [Pattern]
        /// Everyday explanations the messages model misreads: a step of recovery named as the plan
        /// ("going to a meeting tonight", "quitting for good"), an accident at sport. The model
        /// does not read the sentence one is in.
        public var everyday: [Pattern]
        /// Words that, shortly before a cue in its clause, mean the person says the opposite.
        public var negators: Set<String>
        public var lines: CrisisLines
        /// Labelled messages (crisis or check by kind, and calm) that teach the safety net's model.
        public var messages: [(label: String, text: String)]

        public init(cues: [CuePattern], figures: [Pattern], past: [Pattern], hyperbole: [Pattern], earnest: [Pattern] = [],
                    work: [Pattern] = [], everyday: [Pattern] = [], negators: Set<String>, lines: CrisisLines, messages: [(label: String, text: String)] = []) {
            self.messages = messages
            self.earnest = earnest
            self.work = work
            self.everyday = everyday
            self.cues = cues
            self.figures = figures
            self.past = past
            self.hyperbole = hyperbole
            self.negators = negators
            self.lines = lines
        }
    }

    public let definition: Definition
    public var cues: [CuePattern] { definition.cues }
    public var negators: Set<String> { definition.negators }
    public var lines: CrisisLines { definition.lines }
    let compiledCues: [CompiledPattern]
    let figures: IndexedPatterns
    let past: IndexedPatterns
    let hyperbole: IndexedPatterns
    let earnest: IndexedPatterns
    let work: IndexedPatterns
    let everyday: IndexedPatterns
    private let index: PatternIndex
    /// Learnt from the safety files' labelled messages once the library's normaliser is ready
    /// (see SafetyNet+Model.swift); nil without messages.
    public internal(set) var model: NaiveBayes?

    /// Patterns with their index, so that a message is matched only against those that could match.
    struct IndexedPatterns: Sendable {
        let patterns: [CompiledPattern]
        let index: PatternIndex

        init(_ patterns: [Pattern], naming ids: inout WordIDs) {
            self.patterns = patterns.map { CompiledPattern($0, naming: &ids) }
            index = PatternIndex(self.patterns)
        }

        /// Every place one of the patterns matches: its source and the tokens it covers.
        func spans(in message: Message) -> [(String, Range<Int>)] {
            index.candidates(message).flatMap { i in
                patterns[i].matches(message).map { (patterns[i].pattern.source, $0.start..<max($0.end, $0.start + 1)) }
            }
        }
    }

    /// The most tokens one cue may cover.
    static let longestCue = 16
    /// How many tokens before a cue, within its clause, are searched for a negator.
    public static let negationWindow = 4

    /// Compiles the safety net, naming its words in the library's ids.
    public init(_ definition: Definition, ids: inout WordIDs) {
        self.definition = definition
        compiledCues = definition.cues.map { CompiledPattern($0.pattern, naming: &ids) }
        figures = IndexedPatterns(definition.figures, naming: &ids)
        past = IndexedPatterns(definition.past, naming: &ids)
        hyperbole = IndexedPatterns(definition.hyperbole, naming: &ids)
        earnest = IndexedPatterns(definition.earnest, naming: &ids)
        work = IndexedPatterns(definition.work, naming: &ids)
        everyday = IndexedPatterns(definition.everyday, naming: &ids)
        index = PatternIndex(compiledCues)
    }

    /// What the safety net makes of a message: the strongest finding, or nil.
    public func check(_ message: Message) -> Finding? {
        judge(message).first
    }

    /// Every finding, strongest first, with the cues behind each; for `steady explain`.
    public func examine(_ message: Message) -> (findings: [Finding], cues: [CueHit]) {
        let hits = cueHits(message)
        return (judge(hits, message), hits)
    }

    /// Every finding, strongest first.
    func judge(_ message: Message) -> [Finding] {
        judge(cueHits(message), message)
    }

    /// Every place a cue pattern matches, with what became of it (kept, or cancelled and why).
    func cueHits(_ message: Message) -> [CueHit] {
        var hits: [CueHit] = []
        for id in index.candidates(message) {
            for match in compiledCues[id].matches(message, longest: Self.longestCue) {
                let span = match.start..<max(match.end, match.start + 1)
                // A cue is a phrase: a wildcard stretched across a long post is no cue.
                guard span.count <= Self.longestCue else { continue }
                let cue = definition.cues[id]
                hits.append(CueHit(cue: cue.cue, span: span, words: message.tokens[span].joined(separator: " "),
                                   pattern: cue.pattern.source, location: cue.location))
            }
        }
        guard !hits.isEmpty else { return [] }
        let reading = Reading(message, net: self)
        return hits.map { reading.judged($0) }.sorted { ($0.span.lowerBound, $0.cue.rawValue) < ($1.span.lowerBound, $1.cue.rawValue) }
    }
}

extension SafetyNet {
    /// One place a cue matched, and whether it counts.
    public struct CueHit: Sendable, Hashable {
        public var cue: Cue
        /// Token positions the cue covers.
        public var span: Range<Int>
        /// The words it covers, as normalised.
        public var words: String
        public var pattern: String
        public var location: SourceLocation
        /// Why it does not count, when it does not: a figure of speech, a negation, the past.
        public var cancelled: String?
        /// Someone other than the writer is the one at risk ("my friend wants to die").
        public var aboutSomeoneElse = false
        /// It sits beside a sign of hyperbole ("so hungover i want to die").
        public var hyperbolic = false
        /// The message speaks of the writer's job or training ("nurse here", "first aid course").
        public var atWork = false
        /// Which sentence of the message it is in, counting from 0.
        public var sentence = 0
        /// The clause it is in (token positions).
        public var clause: Range<Int> = 0..<0
    }

    /// What the safety net found: how serious, what kind of danger, and the cues behind it.
    public struct Finding: Sendable, Hashable {
        public var level: Level
        public var category: Category
        /// The cues that led here, in the order they appear.
        public var cues: [CueHit]
        /// The rule that combined them, in words.
        public var reason: String
        /// The kind of check, so that the same kind is asked about once per conversation.
        public var checkKind: String { cues.first.map(\.cue.rawValue) ?? category.rawValue }
        /// Whether the message names a child, who may be among the people at risk.
        public var involvesChild = false
        /// The first cue's pattern, for the turn's route.
        public var rule: String { cues.first?.pattern ?? reason }
        public var location: SourceLocation? { cues.first?.location }
    }

    /// How serious a finding is.
    public enum Level: String, Sendable, Hashable, Codable, Comparable {
        /// Risk cues without stated danger: Steady asks directly.
        case check
        /// Danger stated: the crisis response.
        case crisis

        public static func < (a: Level, b: Level) -> Bool { a == .check && b == .crisis }
    }

    /// What kind of danger, which decides the crisis response.
    public enum Category: String, Sendable, Hashable, Codable, CaseIterable {
        case suicide
        case selfHarm = "self_harm"
        /// An overdose or another medical emergency, now.
        case overdose
        /// Stopping alcohol, benzodiazepines or opioids suddenly: seizures, DTs.
        case withdrawal
        /// Abuse or violence against the writer or a child.
        case abuse
        case harmOthers = "harm_others"
        /// Someone else at risk of suicide or self-harm.
        case someoneElse = "someone_else"

        /// Where a life may be in danger this minute, so the emergency number comes first.
        public var isEmergency: Bool { self == .overdose || self == .withdrawal }
    }
}
