/// Crisis detection that runs on every message before anything else, in every state.
///
/// Its patterns and the crisis lines come from the shipped `Dialogues/safety/` files only; no
/// script can add to, outrank or switch off what it finds.
public struct SafetyNet: Sendable {
    public enum Category: String, Sendable, Hashable, Codable, CaseIterable {
        case suicide, selfHarm = "self_harm", overdose, abuse, harmOthers = "harm_others"
    }

    public struct Rule: Sendable {
        public var category: Category
        public var pattern: Pattern
        public var location: SourceLocation
    }

    /// What the safety files say, as written.
    public struct Definition: Sendable {
        public var rules: [Rule]
        /// Figures of speech ("this homework is killing me") that cancel a match they cover.
        public var idioms: [Pattern]
        /// Words that, just before a match, mean the person is saying the opposite.
        public var negators: Set<String>
        /// Categories where Steady tells the person to call emergency services now.
        public var urgent: Set<Category>
        public var lines: CrisisLines

        public init(rules: [Rule], idioms: [Pattern], negators: Set<String>, urgent: Set<Category>, lines: CrisisLines) {
            self.rules = rules
            self.idioms = idioms
            self.negators = negators
            self.urgent = urgent
            self.lines = lines
        }
    }

    public let definition: Definition
    public var rules: [Rule] { definition.rules }
    public var idioms: [Pattern] { definition.idioms }
    public var negators: Set<String> { definition.negators }
    public var urgent: Set<Category> { definition.urgent }
    public var lines: CrisisLines { definition.lines }
    private let compiledRules: [CompiledPattern]
    private let compiledIdioms: [CompiledPattern]
    private let index: PatternIndex
    /// How many tokens before a match are searched for a negator.
    public static let negationWindow = 3

    /// Compiles the safety net, naming its words in the library's ids.
    public init(_ definition: Definition, ids: inout WordIDs) {
        self.definition = definition
        compiledRules = definition.rules.map { CompiledPattern($0.pattern, naming: &ids) }
        compiledIdioms = definition.idioms.map { CompiledPattern($0, naming: &ids) }
        index = PatternIndex(compiledRules)
    }

    /// What the safety net found in a message.
    public struct Finding: Sendable, Hashable {
        public var category: Category
        public var rule: String
        public var location: SourceLocation
    }

    public enum Verdict: Sendable, Equatable {
        case crisis
        case cancelledByIdiom(String)
        case cancelledByNegation(String)
    }

    /// The first danger found in the message, or nil: the first crisis that ``judge(_:)`` finds.
    public func check(_ message: Message) -> Finding? {
        judge(message).first { $0.verdict == .crisis }.map { rule, _ in
            Finding(category: rule.category, rule: rule.pattern.source, location: rule.location)
        }
    }

    /// Every rule that matches the message, in file order, and what became of it.
    public func judge(_ message: Message) -> [(rule: Rule, verdict: Verdict)] {
        var idiomSpans: [(String, Range<Int>)]?
        return index.candidates(message).compactMap { i in
            verdict(of: compiledRules[i], in: message, idiomSpans: &idiomSpans).map { (rules[i], $0) }
        }
    }

    /// What becomes of one rule in a message: nil when it does not match at all. The idioms'
    /// spans are found once per message, when a rule first matches.
    private func verdict(of rule: CompiledPattern, in message: Message, idiomSpans: inout [(String, Range<Int>)]?) -> Verdict? {
        var verdict: Verdict?
        // Every place the rule matches is judged: one figure of speech or "not" does not
        // cancel a real disclosure later in the message.
        for match in rule.matches(message) {
            if idiomSpans == nil {
                idiomSpans = compiledIdioms.flatMap { idiom in idiom.matches(message).map { (idiom.pattern.source, $0.start..<$0.end) } }
            }
            let span = match.start..<max(match.end, match.start + 1)
            if let idiom = idiomSpans?.first(where: { $0.1.overlaps(span) }) {
                verdict = verdict ?? .cancelledByIdiom(idiom.0)
                continue
            }
            // The negation window stops at the start of the sentence.
            let sentenceStart = message.normalized.sentenceStarts.last { $0 <= match.start } ?? 0
            let window = message.tokens[max(sentenceStart, match.start - Self.negationWindow)..<match.start]
            if let negator = window.first(where: negators.contains) {
                verdict = verdict ?? .cancelledByNegation(negator)
                continue
            }
            return .crisis
        }
        return verdict
    }
}

/// Crisis lines and emergency numbers by region, from `Dialogues/safety/crisis-lines.yaml`.
public struct CrisisLines: Sendable {
    public struct Line: Sendable, Hashable {
        public var name: String
        public var how: String
    }

    public struct Region: Sendable {
        public var code: String
        public var name: String
        public var emergency: String
        public var locales: [String]
        public var lines: [Line]
    }

    public var regions: [String: Region]
    /// Shown when no region is known.
    public var defaultEmergency: String
    public var defaultFind: String

    public init(regions: [String: Region], defaultEmergency: String, defaultFind: String) {
        self.regions = regions
        self.defaultEmergency = defaultEmergency
        self.defaultFind = defaultFind
    }

    /// The region for a locale such as `en_GB.UTF-8`, or nil.
    public func region(forLocale locale: String) -> String? {
        let base = locale.split(separator: ".").first.map(String.init) ?? locale
        return regions.values.first { $0.locales.contains(base) }?.code
    }
}
