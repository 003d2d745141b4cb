/// Turns the person's words back toward them: "i feel nobody cares" -> "you feel nobody cares".
public enum Reflection {
    static let swaps: [String: String] = [
        "i": "you", "me": "you", "my": "your", "mine": "yours", "myself": "yourself", "am": "are",
        "you": "I", "your": "my", "yours": "mine", "yourself": "myself", "we": "you", "us": "you", "our": "your",
        "was": "were",
    ]

    /// Reflects normalised tokens as a phrase.
    public static func reflect(_ tokens: [String]) -> String {
        var out: [String] = []
        for (i, token) in tokens.enumerated() {
            var word = swaps[token] ?? token
            // "you are" but "I was" -> "you were"; keep "were" only after a swapped "I".
            if token == "was", i > 0, tokens[i - 1] != "i" { word = "was" }
            if token == "are", i > 0, tokens[i - 1] == "you" { word = "am" }
            out.append(word)
        }
        return out.joined(separator: " ")
    }
}
