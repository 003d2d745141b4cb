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

    public private(set) var rules: [Rule] = []
    /// Figures of speech ("this homework is killing me") that cancel a match they cover.
    public private(set) var idioms: [Pattern] = []
    /// Words that, just before a match, mean the person is saying the opposite.
    public private(set) var negators: Set<String> = []
    /// Categories where Steady tells the person to call emergency services now.
    public private(set) var urgent: Set<Category> = []
    public private(set) var lines: CrisisLines
    private let index: PatternIndex
    /// How many tokens before a match are searched for a negator.
    public static let negationWindow = 3

    public init(rules: [Rule], idioms: [Pattern], negators: Set<String>, urgent: Set<Category>, lines: CrisisLines) {
        self.rules = rules
        self.idioms = idioms
        self.negators = negators
        self.urgent = urgent
        self.lines = lines
        index = PatternIndex(rules.map(\.pattern))
    }

    /// What the safety net found in a message.
    public struct Finding: Sendable, Hashable {
        public var category: Category
        public var rule: String
        public var location: SourceLocation
    }

    /// The first danger found in the message, or nil.
    public func check(_ message: Message) -> Finding? {
        // Only rules that could match are judged, lowest first, so the finding is the same
        // whichever order the index hands them over in.
        var possible: [Int] = []
        let mask = message.atomMask
        index.forEachCandidate(message, mask: message.atomMask) { posting in
            let pattern = rules[Int(posting.id)].pattern
            if pattern.mayMatch(mask: mask), pattern.hasRequiredGroups(message) {
                possible.append(Int(posting.id))
            }
        }
        guard !possible.isEmpty else { return nil }
        possible.sort()
        var idiomSpans: [(String, Range<Int>)]?
        for (i, id) in possible.enumerated() where i == 0 || possible[i - 1] != id {
            let rule = rules[id]
            if verdict(of: rule, in: message, idiomSpans: &idiomSpans) == .crisis {
                return Finding(category: rule.category, rule: rule.pattern.source, location: rule.location)
            }
        }
        return nil
    }

    public enum Verdict: Sendable, Equatable {
        case crisis
        case cancelledByIdiom(String)
        case cancelledByNegation(String)
    }

    /// Every rule that matched and what became of it; for `steady explain`.
    public func examine(_ message: Message) -> [(rule: Rule, verdict: Verdict)] {
        var out: [(Rule, Verdict)] = []
        var idiomSpans: [(String, Range<Int>)]?
        for id in index.candidates(message) {
            let rule = rules[id]
            let verdict = verdict(of: rule, in: message, idiomSpans: &idiomSpans)
            if let verdict { out.append((rule, verdict)) }
        }
        return out
    }

    /// What becomes of one rule in a message: nil when it does not match at all. The idioms'
    /// spans are found once per message, when a rule first matches.
    private func verdict(of rule: Rule, in message: Message, idiomSpans: inout [(String, Range<Int>)]?) -> Verdict? {
        var verdict: Verdict?
        // Every place the rule matches is judged: one figure of speech or "not" does not
        // cancel a real disclosure later in the message.
        for match in rule.pattern.matches(message) {
            if idiomSpans == nil {
                idiomSpans = idioms.flatMap { idiom in idiom.matches(message).map { (idiom.source, $0.start..<$0.end) } }
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
