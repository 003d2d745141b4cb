/// Replies that do not answer the question: "dunno", "idk", "what do you mean".
extension AnswerParser {
    /// Why a reply does not answer.
    public enum NonAnswer: Sendable, Hashable {
        /// The person does not know or cannot say: "dunno", "not sure", "no idea".
        case unsure
        /// The person did not follow the question: "what do you mean", "huh".
        case unclear
    }

    static let unsurePhrases: [[String]] = [
        ["do", "not", "know"], ["no", "idea"], ["not", "sure"], ["unsure"], ["no", "clue"], ["not", "a", "clue"],
        ["hard", "to", "say"], ["can", "not", "say"], ["who", "knows"], ["not", "certain"], ["hmm"], ["hmmm"],
        ["um"], ["umm"], ["uh"], ["meh"], ["eh"], ["dunno"], ["can", "not", "tell"], ["no", "clue"],
        ["not", "really", "sure"], ["couldnt", "say"], ["could", "not", "say"],
    ]
    static let unclearPhrases: [[String]] = [
        ["what", "do", "you", "mean"], ["what", "does", "that", "mean"], ["what"], ["huh"], ["i", "do", "not", "understand"],
        ["do", "not", "understand"], ["do", "not", "get", "it"], ["do", "not", "get", "what", "you", "mean"],
        ["confused"], ["what", "is", "that"], ["what", "are", "you", "asking"], ["meaning"], ["explain"],
        ["what", "you", "mean"], ["sorry", "what"], ["pardon"], ["come", "again"], ["you", "what"],
    ]
    /// Words that may stand around a non-answer without making it an answer.
    static let nonAnswerFiller: Set<String> = [
        "i", "um", "uh", "hmm", "honestly", "really", "to", "be", "honest", "just", "well", "so", "like", "sorry",
        "mate", "lol", "haha", "ugh", "oh", "by", "that", "this", "question", "the", "exactly", "tbh", "really",
        "you", "know", "please", "can", "could", "again", "it", "actually", "right", "now", "yet",
    ]

    /// Whether the reply is only a "don't know" or a "what do you mean"; nil when it says more.
    public static func nonAnswer(_ tokens: [String]) -> NonAnswer? {
        guard !tokens.isEmpty, tokens.count <= 10 else { return nil }
        var rest = tokens
        var found: [NonAnswer] = []
        for (kind, phrases) in [(NonAnswer.unclear, unclearPhrases), (.unsure, unsurePhrases)] {
            for phrase in phrases.sorted(by: { $0.count > $1.count }) {
                while let range = firstRange(of: phrase, in: rest) {
                    rest.removeSubrange(range)
                    found.append(kind)
                }
            }
        }
        guard let first = found.first, rest.allSatisfy(nonAnswerFiller.contains) else { return nil }
        return first
    }

    static func firstRange(of phrase: [String], in tokens: [String]) -> Range<Int>? {
        guard phrase.count <= tokens.count else { return nil }
        for start in 0...(tokens.count - phrase.count) where Array(tokens[start..<(start + phrase.count)]) == phrase {
            return start..<(start + phrase.count)
        }
        return nil
    }
}
