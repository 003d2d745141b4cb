/// Reading near-matches of a label: other forms of its words ("the breathing one" for
/// "Breathe with me"), small typos, a few everyday synonyms ("ring someone" for "Call a
/// friend"), and yes or no for labels that start with them.
extension AnswerParser {
    /// Words that say nothing about which label is meant.
    static let choiceFiller: Set<String> = [
        "with", "me", "someone", "something", "one", "ones", "option", "thing", "please", "think", "go", "want",
        "would", "rather", "id", "prefer", "maybe", "probably", "guess", "that", "yeah", "yes", "no", "not", "sounds",
        "good", "best", "try", "lets", "let", "us", "can", "could", "will", "pick", "choose", "take",
    ]

    static let negations: Set<String> = ["not", "no", "nobody", "never", "nothing", "without", "none", "neither", "nor"]

    /// Words people use for one another, mapped to one of them.
    static let synonyms: [String: String] = {
        let groups: [String: [String]] = [
            "talk": ["call", "calling", "ring", "ringing", "rang", "phone", "phoning", "speak", "speaking", "chat", "chatting"],
            "text": ["message", "messages", "messaging", "dm", "txt"],
            "friend": ["mate", "mates", "pal", "pals", "buddy", "friends"],
            "walk": ["stroll", "outside"],
            "rest": ["sleep", "nap", "lie"],
            "food": ["eat", "snack", "meal"],
        ]
        var table: [String: String] = [:]
        for (word, others) in groups { for other in others { table[other] = word } }
        return table
    }()

    /// The word cut to a rough stem, after its synonym: "breathing", "breathe" and "breaths"
    /// all become "breath"; "ring" becomes "talk".
    static func stem(_ word: String) -> String {
        var w = synonyms[word] ?? word
        for suffix in ["ing", "ed", "es", "s", "e", "y"] where w.count > suffix.count + 3 && w.hasSuffix(suffix) {
            w.removeLast(suffix.count)
            break
        }
        if w.count >= 4, let last = w.last, w.dropLast().last == last { w.removeLast() }
        return w
    }

    /// Whether two stems are the same word, allowing one typo in a longer word, or an ending
    /// the stemmer did not know ("breath" and "breathign").
    static func sameWord(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        guard a.count >= 5, b.count >= 5 else { return false }
        if a.hasPrefix(b) || b.hasPrefix(a) { return true }
        return abs(a.count - b.count) <= 1 && DidYouMean.editDistance(a, b) <= 1
    }

    /// Which label the answer picks, as ``choice(_:labels:)`` reads it, else by a near match.
    /// For the options of a step and for menus; the safety check reads its answers strictly.
    public static func pick(_ tokens: [String], labels: [String]) -> Int? {
        if let exact = choice(tokens, labels: labels) { return exact }
        guard !tokens.isEmpty, !labels.isEmpty else { return nil }
        return nearMatch(tokens, labels: labels.map { Normalizer.normalizeWords($0) })
    }

    /// The one label most of the answer's words point to, when no other comes as close; nil
    /// when the answer reads as none or several.
    static func nearMatch(_ tokens: [String], labels normalizedLabels: [[String]]) -> Int? {
        if let byYesNo = yesNoLabel(tokens, labels: normalizedLabels) { return byYesNo }
        // A near match cannot read a denial: "i have nobody to talk to" is not "Talk to someone".
        if tokens.contains(where: negations.contains) { return nil }
        let answer = significant(tokens).filter { !choiceFiller.contains($0) }.map(stem)
        guard !answer.isEmpty, answer.count <= 6 else { return nil }
        let labelWords = normalizedLabels.map { significant($0).filter { !choiceFiller.contains($0) }.map(stem) }
        let scores = labelWords.map { words in answer.filter { a in words.contains { sameWord(a, $0) } }.count }
        guard let best = scores.max(), best > 0, scores.filter({ $0 == best }).count == 1,
            let index = scores.firstIndex(of: best)
        else { return nil }
        // Most of what was said must point there: "call" picks "Call a friend", but a long
        // sentence that happens to share one word does not.
        return best * 2 >= answer.count ? index : nil
    }

    /// A yes or a no, when exactly one label starts with a yes word and one with a no word. The
    /// answer must start with one and hold no word of the other kind ("not okay" is neither).
    static func yesNoLabel(_ tokens: [String], labels: [[String]]) -> Int? {
        guard tokens.count <= 4, let first = tokens.first else { return nil }
        let answer: Bool
        if yesWords.contains(first), !tokens.contains(where: noWords.contains) {
            answer = true
        } else if noWords.contains(first), !tokens.contains(where: yesWords.contains) {
            answer = false
        } else {
            return nil
        }
        let starts = labels.map { $0.first.map { yesWords.contains($0) ? true : noWords.contains($0) ? false : nil } ?? nil }
        let wanted = starts.indices.filter { starts[$0] == answer }
        let other = starts.indices.filter { starts[$0] == !answer }
        return wanted.count == 1 && other.count == 1 ? wanted[0] : nil
    }
}
