/// Turns the person's words back toward them: "i feel nobody cares" -> "you feel nobody cares".
public enum Reflection {
    static let swaps: [String: String] = [
        "i": "you", "me": "you", "my": "your", "mine": "yours", "myself": "yourself", "am": "are",
        "you": "I", "your": "my", "yours": "mine", "yourself": "myself", "we": "you", "us": "you", "our": "your",
        "was": "were",
    ]

    static let longest = swaps.keys.map(\.utf8.count).max() ?? 0
    static let firstBytes: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for key in swaps.keys { table[Int(key.utf8.first ?? 0)] = true }
        return table
    }()

    /// Reflects normalised tokens as a phrase.
    public static func reflect(_ tokens: [String]) -> String {
        var out: [String] = []
        for (i, token) in tokens.enumerated() {
            // Most words are passed over without a look-up: too long, or a first letter no
            // swapped word has.
            let mayChange = token.utf8.count <= longest && firstBytes[Int(token.utf8.first ?? 0)]
            var word = mayChange ? swaps[token] ?? token : token
            // "you are" but "I was" -> "you were"; keep "were" only after a swapped "I".
            if token == "was", i > 0, tokens[i - 1] != "i" { word = "was" }
            if token == "are", i > 0, tokens[i - 1] == "you" { word = "am" }
            out.append(word)
        }
        return out.joined(separator: " ")
    }
}
