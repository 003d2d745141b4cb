/// Reading an answer to a scale question: a number anywhere in the sentence ("like 8 tbh",
/// "about a seven"), or words of degree ("pretty high", "not too bad", "through the roof") read
/// as an approximate value for the person to confirm.
extension AnswerParser {
    /// What an answer to a scale question says.
    public enum ScaleReading: Sendable, Hashable {
        /// A number in range, written as digits or a word.
        case exact(Int)
        /// A value read from words of degree: to be confirmed.
        case approximate(Int)
    }

    /// Which end of a scale is the hard one, as its question shows: "how strong is the urge"
    /// puts it at the top, "how ready do you feel" at the bottom. Words such as "bad" or "fine"
    /// are only read when the question shows it.
    public enum ScalePolarity: Sendable, Hashable {
        case highIsBad, highIsGood, unknown

        /// The polarity a question shows: by the word after its top number ("10 (fine)"), else
        /// by what it asks about.
        public init(question: String?, max: Int) {
            let words = Normalizer.normalizeWords(question ?? "")
            var top = words
            if let index = words.lastIndex(of: String(max)), index + 1 < words.count {
                top = Array(words[(index + 1)...])
            }
            for candidate in [top, words] {
                let bad = candidate.contains(where: Self.hardWords.contains)
                let good = candidate.contains(where: Self.easyWords.contains)
                if bad != good {
                    self = bad ? .highIsBad : .highIsGood
                    return
                }
            }
            self = .unknown
        }

        static let hardWords: Set<String> = [
            "strong", "urge", "pull", "craving", "tense", "hot", "risky", "worked", "anxious", "angry", "stressed",
            "bad", "pain", "upset", "overwhelmed", "wound", "worst", "awful", "scared", "worried", "intense",
        ]
        static let easyWords: Set<String> = [
            "good", "ready", "confident", "fine", "well", "happy", "hopeful", "top", "great", "calm", "sure",
        ]
    }

    /// Reads a scale answer: the first number wins (nil when it is out of range, to be asked
    /// again); without one, words of degree give an approximate value.
    public static func readScale(_ tokens: [String], min: Int, max: Int, polarity: ScalePolarity = .unknown) -> ScaleReading? {
        guard min < max else { return scale(tokens, min: min, max: max).map(ScaleReading.exact) }
        for index in tokens.indices {
            guard let n = number(tokens, at: index) else { continue }
            // "out of 10", "7 of 10": the scale's own bounds, not an answer.
            if index > 0, tokens[index - 1] == "of" || tokens[index - 1] == "outta" { continue }
            if (min...max).contains(n) {
                // "7 or 8", "6 to 7": the middle, rounded up.
                if index + 2 < tokens.count, ["or", "to", "and"].contains(tokens[index + 1]),
                    let m = number(tokens, at: index + 2), (min...max).contains(m), m > n
                {
                    return .exact(Int((Double(n + m) / 2).rounded()))
                }
                return .exact(n)
            }
            return nil
        }
        if let share = degree(tokens, polarity: polarity) {
            let value = Double(min) + share * Double(max - min)
            return .approximate(Swift.min(max, Swift.max(min, Int(value.rounded()))))
        }
        return nil
    }

    /// The number at a position, as digits or a word; "one" only where it counts something
    /// ("no one", "the first one" and "one more" do not).
    static func number(_ tokens: [String], at index: Int) -> Int? {
        let token = tokens[index]
        if let n = Int(token) { return n }
        if let d = Double(token), d.isFinite, abs(d) < 1_000 { return Int(d.rounded()) }
        guard let n = numberWords[token] else { return nil }
        if token == "one" {
            if index > 0, ["no", "the", "this", "that", "every", "any", "some", "which", "last", "first", "another", "a"]
                .contains(tokens[index - 1])
            { return nil }
            if index + 1 < tokens.count, ["more", "of", "drink", "day", "thing", "time"].contains(tokens[index + 1]) { return nil }
        }
        return n
    }

    /// Words that say how much, as a share of the scale from its bottom (0) to its top (1).
    static let degreeWords: [String: Double] = [
        "high": 0.8, "strong": 0.8, "intense": 0.9, "huge": 0.9, "massive": 0.9, "big": 0.7, "heavy": 0.8,
        "overwhelming": 0.9, "extreme": 1, "max": 1, "maximum": 1, "lot": 0.8, "loads": 0.8, "much": 0.7, "highish": 0.7,
        "low": 0.2, "weak": 0.2, "small": 0.2, "mild": 0.3, "slight": 0.1, "tiny": 0.1, "faint": 0.1, "lowish": 0.3,
        "little": 0.3, "bit": 0.3, "manageable": 0.3, "barely": 0.1, "hardly": 0.1,
        "medium": 0.5, "moderate": 0.5, "average": 0.5, "middling": 0.5, "halfway": 0.5, "half": 0.5, "middle": 0.5,
        "ready": 0.8, "confident": 0.8,
    ]

    /// Words that say how hard it is, read by the question's polarity: 1 is the hardest.
    static let hardship: [String: Double] = [
        "bad": 0.7, "rough": 0.7, "rubbish": 0.7, "crap": 0.7, "shit": 0.8, "shitty": 0.8, "awful": 0.9,
        "terrible": 0.9, "horrible": 0.9, "dreadful": 0.9, "unbearable": 1, "worst": 1,
        "okay": 0.3, "alright": 0.3, "fine": 0.2, "good": 0.2, "great": 0.1, "amazing": 0, "brilliant": 0,
        "perfect": 0,
    ]

    /// Fixed phrases of degree, tried before single words.
    static let degreePhrases: [([String], Double)] = [
        (["through", "the", "roof"], 1), (["off", "the", "charts"], 1), (["off", "the", "chart"], 1),
        (["off", "the", "scale"], 1), (["sky", "high"], 1), (["maxed", "out"], 1), (["not", "at", "all"], 0),
        (["so", "so"], 0.5), (["in", "between"], 0.5), (["half", "and", "half"], 0.5),
        (["barely", "there"], 0.1), (["hardly", "any"], 0.1), (["next", "to", "nothing"], 0.1),
        (["almost", "nothing"], 0.1), (["almost", "gone"], 0.1),
    ]

    static let comparatives: Set<String> = [
        "higher", "lower", "more", "less", "stronger", "weaker", "worse", "better", "bigger", "smaller",
    ]
    static let intensifiers: Set<String> = [
        "very", "really", "so", "super", "extremely", "incredibly", "insanely", "crazy", "proper", "too", "well",
        "seriously", "mega", "fucking", "bloody", "damn",
    ]
    static let softeners: Set<String> = ["pretty", "quite", "fairly", "kind", "sort", "somewhat", "rather", "bit", "little"]
    /// Words between a modifier and what it modifies that change nothing: "not all that high".
    static let linkWords: Set<String> = ["a", "of", "that", "all"]
    /// "high" after these is not a degree: "get high", "got high".
    static let highUses: Set<String> = ["get", "got", "getting", "gets", "stay", "staying", "feel", "feeling"]

    /// The share of the scale that words of degree say, the last such words winning (people
    /// correct themselves: "high, well medium now"); nil when there are none.
    static func degree(_ tokens: [String], polarity: ScalePolarity) -> Double? {
        var found: (end: Int, share: Double)?
        for (phrase, share) in degreePhrases {
            var start = 0
            while start + phrase.count <= tokens.count {
                if Array(tokens[start..<(start + phrase.count)]) == phrase {
                    let end = start + phrase.count - 1
                    if found.map({ end > $0.end }) ?? true { found = (end, share) }
                }
                start += 1
            }
        }
        for (index, token) in tokens.enumerated() where found.map({ index > $0.end }) ?? true {
            var base = degreeWords[token]
            if base == nil, let hard = hardship[token] {
                switch polarity {
                case .highIsBad: base = hard
                case .highIsGood: base = 1 - hard
                case .unknown: continue
                }
            }
            guard var share = base else { continue }
            if token == "high", index > 0, highUses.contains(tokens[index - 1]) { continue }
            if token == "low", index + 1 < tokens.count, tokens[index + 1] == "key" { continue }
            // "a bit high", "a little lower": the words after say how much.
            if ["bit", "little", "lot"].contains(token), index + 1 < tokens.count, degreeWords[tokens[index + 1]] != nil
                || hardship[tokens[index + 1]] != nil || comparatives.contains(tokens[index + 1])
            { continue }
            share = modified(share, by: tokens[..<index])
            found = (index, share)
        }
        return found?.share
    }

    /// A share changed by the words just before it: "not" turns it round, "really" pushes it
    /// toward its end of the scale, "pretty" pulls it toward the middle.
    static func modified(_ share: Double, by before: ArraySlice<String>) -> Double {
        var negated = false
        var push = 0.0
        for word in before.reversed() {
            if word == "not" || word == "never" {
                negated = true
            } else if intensifiers.contains(word) {
                push += 0.1
            } else if softeners.contains(word) {
                push -= 0.1
            } else if !linkWords.contains(word) {
                break
            }
        }
        if negated { return share > 0.5 ? 0.3 : share < 0.5 ? 0.6 : share }
        if share == 0.5 { return share }
        let toward = share >= 0.5 ? 1.0 : -1.0
        let moved = share + toward * Swift.max(-0.1, Swift.min(0.1, push))
        return Swift.min(1, Swift.max(0, moved))
    }
}
