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
    /// By term (a word's or concept's atom id): the examples that contain it, with its weight.
    private var postings: [[(example: Int, weight: Double)]] = []
    /// By term: how rare it is across all examples; 0 for a term no example has.
    private var idf: [Double] = []
    private var stopIDs = AtomSet()
    /// Every word of every example, each given an id here.
    private(set) var words: Set<String> = []

    /// The lowest similarity that counts as a match.
    public static let threshold = 0.34

    public init() {}

    /// Every example line read as a message: the slow part of building the index, which only
    /// looks atoms up, so it can run while the normaliser is prepared.
    struct Reading: Sendable {
        var lines: [(dialogue: Int, text: String, tokens: [String], concepts: [Int32], negative: Bool)] = []
    }

    static func read(_ dialogues: [Dialogue], normalizer: Normalizer, concepts: ConceptTable) -> Reading {
        var reading = Reading()
        for (d, dialogue) in dialogues.enumerated() {
            for (lines, negative) in [(dialogue.examples, false), (dialogue.notExamples, true)] {
                for example in lines {
                    let message = Message(example.value, normalizer: normalizer, concepts: concepts)
                    reading.lines.append((d, example.value, message.tokens, message.conceptHits.joined().map(\.id), negative))
                }
            }
        }
        return reading
    }

    /// Gives every example word an id and weighs the terms.
    init(_ reading: Reading) {
        stopIDs = AtomSet(Self.stopWords.map { Atoms.intern(atom: $0) })
        var bags: [(Int, String, [Int32], Bool)] = []
        for line in reading.lines {
            // Every word of an example gets an id, so the same word in a message is found.
            self.words.formUnion(line.tokens)
            let bag = (Atoms.intern(atoms: line.tokens) + line.concepts).filter { !stopIDs.contains($0) }
            bags.append((line.dialogue, line.text, bag.sortedUnique(), line.negative))
        }
        var documentFrequency: [Int32: Int] = [:]
        for (_, _, bag, _) in bags { for term in bag { documentFrequency[term, default: 0] += 1 } }
        let n = Double(max(bags.count, 1))
        let size = Int(documentFrequency.keys.max() ?? -1) + 1
        idf = Array(repeating: 0, count: size)
        postings = Array(repeating: [], count: size)
        for (term, frequency) in documentFrequency { idf[Int(term)] = log((n + 1) / (Double(frequency) + 1)) + 1 }
        for (d, text, bag, negative) in bags {
            let id = examples.count
            var sum: Int64 = 0
            for term in bag {
                let weight = idf[Int(term)]
                sum += Self.fixed(weight * weight)
                postings[Int(term)].append((id, weight))
            }
            examples.append(Example(dialogue: d, text: text, negative: negative, norm: sqrt(Double(sum) / Self.unit)))
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
        for term in terms(of: message) where Int(term) < idf.count {
            let weight = idf[Int(term)]
            guard weight > 0 else { continue }
            sum += Self.fixed(weight * weight)
            for posting in postings[Int(term)] { dot[posting.example, default: 0] += Self.fixed(weight * posting.weight) }
        }
        guard sum > 0 else { return [] }
        let norm = sqrt(Double(sum) / Self.unit)
        var best: [Int: Score] = [:]
        var bestNegative: [Int: Double] = [:]
        for (id, product) in dot {
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
    /// terms are added in: that order follows atom ids, which follow the order files loaded in.
    static let unit = 4_294_967_296.0

    @inline(__always)
    static func fixed(_ x: Double) -> Int64 { Int64((x * unit).rounded()) }

    /// The words and concepts that count when comparing messages, as atom ids, each once.
    func terms(of message: Message) -> [Int32] {
        message.atomIDs.filter { !stopIDs.contains($0) }
    }

    static let stopWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "so", "to", "of", "in", "on", "at", "for", "with", "is", "am", "are",
        "was", "were", "be", "been", "it", "this", "that", "these", "those", "i", "me", "my", "you", "your", "he",
        "she", "we", "they", "them", "his", "her", "our", "their", "just", "really", "very", "like", "lol", "haha",
        "do", "did", "does", "have", "has", "had", "im", "its", "as", "if", "then", "there", "here", "what", "all",
        "up", "out", "about", "some", "any", "get", "got", "now", "right", "okay", "um", "uh", "literally",
    ]
}
