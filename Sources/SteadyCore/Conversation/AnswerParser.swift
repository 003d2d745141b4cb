/// Understands answers to a question: numbers, yes and no words, option numbers, ordinals and labels.
public enum AnswerParser {
    static let numberWords: [String: Int] = [
        "zero": 0, "none": 0, "nothing": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    ]
    static let ordinals: [String: Int] = [
        "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "fifth": 5,
        "5th": 5, "sixth": 6, "6th": 6, "last": -1,
    ]
    static let yesWords: Set<String> = [
        "yes", "yeah", "yea", "yep", "yup", "ya", "sure", "okay", "ok", "alright", "definitely", "absolutely",
        "please", "y", "aye", "course", "probably", "maybe",
    ]
    static let noWords: Set<String> = ["no", "nope", "nah", "not", "never", "n", "dont", "rather"]

    /// A number in a scale's range, from digits ("7", "7/10") or words ("seven").
    public static func scale(_ tokens: [String], min: Int, max: Int) -> Int? {
        for token in tokens {
            if let n = Int(token) ?? numberWords[token] {
                return (min...max).contains(n) ? n : nil
            }
            if let d = Double(token), d.rounded() >= Double(min), d.rounded() <= Double(max) { return Int(d.rounded()) }
        }
        return nil
    }

    /// Yes, no, or nil when the answer says neither clearly.
    public static func yesNo(_ tokens: [String]) -> Bool? {
        if tokens.isEmpty { return nil }
        let joined = " " + tokens.joined(separator: " ") + " "
        for phrase in [" not really ", " do not think so ", " not now ", " not yet ", " no thanks ", " would rather not "]
        where joined.contains(phrase) {
            return false
        }
        let hasNo = tokens.contains(where: noWords.contains)
        let hasYes = tokens.contains(where: yesWords.contains) || joined.contains(" i think so ")
            || joined.contains(" why not ") || joined.contains(" i will ") || joined.contains(" i can ")
        if hasNo && !hasYes { return false }
        if hasYes && !hasNo { return true }
        if hasYes && hasNo, let first = tokens.first { return yesWords.contains(first) }
        return nil
    }

    /// Which of several labels the answer picks (0-based), by number, ordinal or words.
    public static func choice(_ tokens: [String], labels: [String]) -> Int? {
        guard !tokens.isEmpty, !labels.isEmpty else { return nil }
        // A number on its own or with "option"/"number": "2", "option 2", "number two".
        let meaningful = tokens.filter { !["option", "number", "the", "one", "please", "i", "choose", "pick", "will", "go", "for", "take", "lets", "let", "us", "do"].contains($0) || Int($0) != nil }
        if meaningful.count <= 1, let only = meaningful.first ?? tokens.first {
            if let n = Int(only) ?? numberWords[only], (1...labels.count).contains(n) { return n - 1 }
        }
        // A label said in full wins over an ordinal inside it ("Finish this first").
        let answer = tokens.joined(separator: " ")
        let normalizedLabels = labels.map { Normalizer.normalizeWords($0) }
        if let exact = normalizedLabels.firstIndex(where: { $0.joined(separator: " ") == answer }) { return exact }
        // Every significant word of one label appears in the answer, and no other label's do;
        // an answer that denies ("i have nobody to talk to") does not pick a label that does not.
        let answerSet = Set(tokens)
        let denies = tokens.contains(where: negations.contains)
        let full = normalizedLabels.indices.filter { i in
            let words = significant(normalizedLabels[i])
            if denies, !normalizedLabels[i].contains(where: negations.contains) { return false }
            return !words.isEmpty && words.allSatisfy(answerSet.contains)
        }
        if full.count == 1 { return full[0] }
        for token in tokens {
            if let n = ordinals[token] {
                let index = n == -1 ? labels.count - 1 : n - 1
                if labels.indices.contains(index) { return index }
            }
        }
        // The answer's significant words all belong to exactly one label ("breathe" -> "Breathe with me").
        let answerWords = significant(tokens)
        guard !answerWords.isEmpty, answerWords.count <= 4 else { return nil }
        let partial = normalizedLabels.indices.filter { i in answerWords.allSatisfy(Set(normalizedLabels[i]).contains) }
        return partial.count == 1 ? partial[0] : nil
    }

    static func significant(_ words: [String]) -> [String] {
        words.filter { !ExampleIndex.stopWords.contains($0) && !["with", "me", "someone", "something"].contains($0) }
    }
}
