import Foundation

/// The nearest labelled example: each dialogue's `examples:` compared with a message as bags
/// of normalised words and concepts, weighted by how rare each is across all examples.
public struct ExampleIndex: Sendable {
    public struct Example: Sendable {
        public var dialogue: Int
        public var text: String
        /// A `not_examples:` line: a message like it must not go to this dialogue.
        public var negative: Bool
        var norm: Double
    }

    public private(set) var examples: [Example] = []
    /// By term (a word's or concept's id): the examples that contain it, with its weight.
    private var postings: [Int32: [(example: Int, weight: Double)]] = [:]
    /// By term: how rare it is across all examples.
    private var idf: [Int32: Double] = [:]
    private var stopIDs: Set<Int32> = []

    /// The lowest similarity that counts as a match.
    public static let threshold = 0.34

    public init() {}

    /// Reads every example line as a message, naming its words in the library's ids, and weighs
    /// the terms.
    init(_ dialogues: [Dialogue], normalizer: Normalizer, concepts: ConceptTable, ids: inout WordIDs) {
        stopIDs = Set(Self.stopWords.sorted().map { ids.name($0) })
        var bags: [(dialogue: Int, text: String, terms: [Int32], negative: Bool)] = []
        for (d, dialogue) in dialogues.enumerated() {
            for (lines, negative) in [(dialogue.examples, false), (dialogue.notExamples, true)] {
                for example in lines {
                    let message = Message(example.value, normalizer: normalizer, ids: ids, concepts: concepts)
                    // Every word of an example is named, so the same word in a message is found.
                    let terms = message.tokens.map { ids.name($0) } + message.conceptHits.joined().map(\.id)
                    bags.append((d, example.value, terms.filter { !stopIDs.contains($0) }.sortedUnique(), negative))
                }
            }
        }
        var documentFrequency: [Int32: Int] = [:]
        for bag in bags { for term in bag.terms { documentFrequency[term, default: 0] += 1 } }
        let n = Double(max(bags.count, 1))
        for (term, frequency) in documentFrequency { idf[term] = log((n + 1) / (Double(frequency) + 1)) + 1 }
        for bag in bags {
            let id = examples.count
            var sum: Int64 = 0
            for term in bag.terms {
                let weight = idf[term] ?? 0
                sum += Self.fixed(weight * weight)
                postings[term, default: []].append((id, weight))
            }
            examples.append(Example(dialogue: bag.dialogue, text: bag.text, negative: bag.negative, norm: sqrt(Double(sum) / Self.unit)))
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
        var sum: Int64 = 0
        var dot: [Int: Int64] = [:]
        for term in message.atomIDs where !stopIDs.contains(term) {
            guard let weight = idf[term], weight > 0 else { continue }
            sum += Self.fixed(weight * weight)
            for posting in postings[term] ?? [] { dot[posting.example, default: 0] += Self.fixed(weight * posting.weight) }
        }
        guard sum > 0 else { return [] }
        let norm = sqrt(Double(sum) / Self.unit)
        var best: [Int: Score] = [:]
        var bestNegative: [Int: Double] = [:]
        // By example, in file order, so that of two equally near lines the first is shown.
        for (id, product) in dot.sorted(by: { $0.key < $1.key }) {
            let example = examples[id]
            let similarity = Double(product) / Self.unit / (norm * example.norm)
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

    /// Sums are kept as whole numbers of 2^-32, so they come out the same whatever order the
    /// terms are added in.
    static let unit = 4_294_967_296.0

    @inline(__always)
    static func fixed(_ x: Double) -> Int64 { Int64((x * unit).rounded()) }

    static let stopWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "so", "to", "of", "in", "on", "at", "for", "with", "is", "am", "are",
        "was", "were", "be", "been", "it", "this", "that", "these", "those", "i", "me", "my", "you", "your", "he",
        "she", "we", "they", "them", "his", "her", "our", "their", "just", "really", "very", "like", "lol", "haha",
        "do", "did", "does", "have", "has", "had", "im", "its", "as", "if", "then", "there", "here", "what", "all",
        "up", "out", "about", "some", "any", "get", "got", "now", "right", "okay", "um", "uh", "literally",
    ]
}
