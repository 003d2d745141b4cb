import Foundation

/// The nearest labelled example: each dialogue's `examples:` compared with a message as bags
/// of normalised words and concepts, weighted by how rare each is across all examples.
public struct ExampleIndex: Sendable {
    public struct Example: Sendable {
        public var dialogue: Int
        public var text: String
        /// A `not_examples:` line: a message like it must not go to this dialogue.
        public var negative: Bool
        var terms: [String: Double]
        var norm: Double
    }

    public private(set) var examples: [Example] = []
    private var postings: [String: [(example: Int, weight: Double)]] = [:]
    private var idf: [String: Double] = [:]

    /// The lowest similarity that counts as a match.
    public static let threshold = 0.34

    public init() {}

    public init(dialogues: [Dialogue], normalizer: Normalizer, concepts: ConceptTable) {
        var bags: [(Int, String, Set<String>, Bool)] = []
        for (d, dialogue) in dialogues.enumerated() {
            for (lines, negative) in [(dialogue.examples, false), (dialogue.notExamples, true)] {
                for example in lines {
                    let message = Message(example.value, normalizer: normalizer, concepts: concepts)
                    bags.append((d, example.value, Self.terms(of: message), negative))
                }
            }
        }
        var documentFrequency: [String: Int] = [:]
        for (_, _, bag, _) in bags { for term in bag { documentFrequency[term, default: 0] += 1 } }
        let n = Double(max(bags.count, 1))
        idf = documentFrequency.mapValues { log((n + 1) / (Double($0) + 1)) + 1 }
        for (d, text, bag, negative) in bags {
            var weights: [String: Double] = [:]
            for term in bag { weights[term] = idf[term] ?? 1 }
            let norm = sqrt(weights.values.reduce(0) { $0 + $1 * $1 })
            let id = examples.count
            examples.append(Example(dialogue: d, text: text, negative: negative, terms: weights, norm: norm))
            for (term, weight) in weights { postings[term, default: []].append((id, weight)) }
        }
    }

    /// A dialogue's best example similarity to the message.
    public struct Score: Sendable {
        public var dialogue: Int
        public var example: String
        public var similarity: Double
    }

    /// Each dialogue's nearest example, most similar first.
    public func scores(for message: Message) -> [Score] {
        let bag = Self.terms(of: message)
        var weights: [String: Double] = [:]
        for term in bag { weights[term] = idf[term] ?? 0 }
        let norm = sqrt(weights.values.reduce(0) { $0 + $1 * $1 })
        guard norm > 0 else { return [] }
        var dot: [Int: Double] = [:]
        for (term, weight) in weights where weight > 0 {
            for posting in postings[term] ?? [] { dot[posting.example, default: 0] += weight * posting.weight }
        }
        var best: [Int: Score] = [:]
        var bestNegative: [Int: Double] = [:]
        for (id, product) in dot {
            let example = examples[id]
            let similarity = product / (norm * example.norm)
            if example.negative {
                bestNegative[example.dialogue] = max(bestNegative[example.dialogue] ?? 0, similarity)
            } else if similarity > (best[example.dialogue]?.similarity ?? -1) {
                best[example.dialogue] = Score(dialogue: example.dialogue, example: example.text, similarity: similarity)
            }
        }
        // A dialogue whose nearest line is one of its not_examples is not a match.
        return best.values.filter { $0.similarity > (bestNegative[$0.dialogue] ?? 0) }
            .sorted { ($0.similarity, -$0.dialogue) > ($1.similarity, -$1.dialogue) }
    }

    /// The words and concepts that count when comparing messages.
    static func terms(of message: Message) -> Set<String> {
        var out = Set(message.tokens.filter { !stopWords.contains($0) })
        for concept in message.concepts { out.insert("~" + concept) }
        return out
    }

    static let stopWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "so", "to", "of", "in", "on", "at", "for", "with", "is", "am", "are",
        "was", "were", "be", "been", "it", "this", "that", "these", "those", "i", "me", "my", "you", "your", "he",
        "she", "we", "they", "them", "his", "her", "our", "their", "just", "really", "very", "like", "lol", "haha",
        "do", "did", "does", "have", "has", "had", "im", "its", "as", "if", "then", "there", "here", "what", "all",
        "up", "out", "about", "some", "any", "get", "got", "now", "right", "okay", "um", "uh", "literally",
    ]
}
