import Foundation

/// A naive Bayes classifier over the words of a message, learnt from labelled messages.
///
/// Patterns and examples say what their authors thought of; people write in endless other
/// ways. Messages written by people who had not read the scripts, each labelled (a topic, or
/// crisis, check and calm), teach which words and pairs of words lean towards which label.
/// A message is scored by adding, for each of its terms seen in training, how much more often
/// the term occurs under one label than under the others (with a little smoothing for terms a
/// label never saw), plus how common the label is. The scores become probabilities that add up
/// to 1, and the terms that weighed most can be shown (`steady explain`).
///
/// Used in two places, each with its own messages: the safety net (`Dialogues/safety/`, which no
/// script can change) and routing (`Dialogues/messages/`).
public struct NaiveBayes: Sendable, Equatable {
    public let labels: [String]
    /// Every word seen in training, by its number; a term is a word or a pair of words, and is
    /// numbered from theirs (see ``term(_:_:)``).
    private let words: [String: Int32]
    private let wordList: [String]
    /// Per term: where its counts begin in `termCounts`.
    private let termIndex: [Int64: Int]
    /// For each term, how many messages of each label (in the order of `labels`) contain it.
    /// Counted at load and turned into weights only for the terms a message has: the weights of
    /// every term would cost more to work out at start-up than all the messages of a day.
    private let termCounts: [Int32]
    /// log(number of terms under a label + smoothing for every term): P(term | label)'s denominator.
    private let denominators: [Double]
    private let smoothing: Double
    /// log(count + smoothing) for every count up to the largest: a message's weights are looked
    /// up, not worked out term by term and label by label (the same numbers either way).
    private let logCounts: [Double]
    /// log P(label), scaled by the prior's weight.
    private let priors: [Double]

    /// Learns from messages as tokens, each with its label.
    ///
    /// - Parameters:
    ///   - smoothing: what a term a label never saw counts as, in occurrences.
    ///   - priorWeight: how much the share of each label among the messages counts (1: fully;
    ///     less when the messages' mix of labels is not the mix people will write).
    public init(_ messages: [(label: String, tokens: [String])], smoothing: Double = 0.1, priorWeight: Double = 1) {
        var labels: [String] = []
        var labelIndex: [String: Int] = [:]
        for message in messages where labelIndex[message.label] == nil {
            labelIndex[message.label] = labels.count
            labels.append(message.label)
        }
        var words: [String: Int32] = [:]
        var wordList: [String] = []
        var counts = [Int](repeating: 0, count: labels.count)
        var termIndex: [Int64: Int] = [:]
        var termCounts: [Int32] = []
        var totals = [Int](repeating: 0, count: labels.count)
        for message in messages {
            guard let label = labelIndex[message.label] else { continue }
            counts[label] += 1
            let ids = message.tokens.map { token -> Int32? in
                if let id = words[token] { return id }
                let id = Int32(wordList.count)
                words[token] = id
                wordList.append(token)
                return id
            }
            for term in Self.terms(ids) {
                let index: Int
                if let known = termIndex[term] {
                    index = known
                } else {
                    index = termCounts.count / labels.count
                    termIndex[term] = index
                    termCounts += [Int32](repeating: 0, count: labels.count)
                }
                termCounts[index * labels.count + label] += 1
                totals[label] += 1
            }
        }
        let vocabulary = Double(termIndex.count)
        denominators = totals.map { log(Double($0) + smoothing * vocabulary) }
        self.smoothing = smoothing
        self.termIndex = termIndex
        self.termCounts = termCounts
        self.logCounts = Self.logCounts(termCounts, smoothing: smoothing)
        let all = Double(max(messages.count, 1))
        self.priors = counts.map { priorWeight * log(Double(max($0, 1)) / all) }
        self.labels = labels
        self.words = words
        self.wordList = wordList
    }

    /// log P(term | label), for the term counted at `index`.
    private func weight(at index: Int, label: Int) -> Double {
        let count = Int(termCounts[index * labels.count + label])
        return (count < logCounts.count ? logCounts[count] : log(Double(count) + smoothing)) - denominators[label]
    }

    /// The table for ``logCounts``, up to the largest count (at most 65,535).
    static func logCounts(_ counts: [Int32], smoothing: Double) -> [Double] {
        (0...min(Int(counts.max() ?? 0), 65_535)).map { log(Double($0) + smoothing) }
    }

    /// log P(term | label) for each label, or nil for a term never seen in training.
    private func weights(_ term: Int64) -> [Double]? {
        guard let index = termIndex[term] else { return nil }
        return labels.indices.map { weight(at: index, label: $0) }
    }

    /// A word's term, or a pair's: the first word's number above the second's (both counted from 1).
    static func term(_ a: Int32, _ b: Int32?) -> Int64 {
        (Int64(a) + 1) << 32 | Int64((b ?? -1) + 1)
    }

    /// What a message is scored on, each once: its words, and each pair of neighbouring words,
    /// from the words' numbers. A word never seen in training has none (nil), and breaks the
    /// pairs it would be in. Training and scoring both read a message through here.
    static func terms(_ ids: [Int32?]) -> [Int64] {
        var terms: [Int64] = []
        var previous: Int32?
        for id in ids {
            if let id {
                terms.append(term(id, nil))
                if let previous { terms.append(term(previous, id)) }
            }
            previous = id
        }
        return terms.sortedUnique()
    }

    /// A message's terms, its words numbered as training numbered them.
    private func terms(of tokens: [String]) -> [Int64] {
        Self.terms(tokens.map { words[$0] })
    }

    /// How a term reads: a word, or two words.
    private func name(_ term: Int64) -> String {
        let first = wordList[Int(term >> 32) - 1]
        let second = Int(term & 0xFFFF_FFFF)
        return second == 0 ? first : first + " " + wordList[second - 1]
    }

    /// Each label with its probability for the message, most likely first.
    public func posterior(_ tokens: [String]) -> [(label: String, probability: Double)] {
        guard !labels.isEmpty else { return [] }
        var scores = priors
        for term in terms(of: tokens) {
            guard let index = termIndex[term] else { continue }
            for i in scores.indices { scores[i] += weight(at: index, label: i) }
        }
        let top = scores.max() ?? 0
        let exps = scores.map { exp($0 - top) }
        let sum = exps.reduce(0, +)
        return zip(labels, exps).map { ($0, $1 / sum) }.sorted { $0.probability > $1.probability }
    }

    /// The probability of one label, or of any of several.
    public func probability(of wanted: Set<String>, in posterior: [(label: String, probability: Double)]) -> Double {
        posterior.filter { wanted.contains($0.label) }.reduce(0) { $0 + $1.probability }
    }

    /// The message's terms that weigh most towards `label` rather than `other`, strongest first.
    public func leaning(_ tokens: [String], towards label: String, from other: String, count: Int = 5) -> [String] {
        guard let a = labels.firstIndex(of: label), let b = labels.firstIndex(of: other) else { return [] }
        var leaning: [(term: String, weight: Double)] = []
        for term in terms(of: tokens) {
            guard let perLabel = weights(term), perLabel[a] > perLabel[b] else { continue }
            leaning.append((name(term), perLabel[a] - perLabel[b]))
        }
        leaning.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.term < $1.term }
        return leaning.prefix(count).map(\.term)
    }
}

/// The model as bytes, so that a program can keep what it learnt and skip learning at the next
/// start (see ``Library/Learnt``): the smoothing, the labels, the words, the per-label tables,
/// then each term with the labels that saw it and how often. Reading checks every number against
/// the rest; bytes that do not fit give nil, never a model that differs from the one stored.
extension NaiveBayes {
    func store(into bytes: inout Bytes.Writer) {
        bytes.append(smoothing)
        bytes.append(labels)
        bytes.append(wordList)
        for value in denominators + priors { bytes.append(value) }
        var terms = [Int64](repeating: 0, count: termIndex.count)
        for (term, index) in termIndex { terms[index] = term }
        bytes.append(terms.count)
        for (index, term) in terms.enumerated() {
            bytes.append(UInt64(term))
            let counts = termCounts[(index * labels.count)..<((index + 1) * labels.count)]
            bytes.append(counts.count { $0 != 0 })
            for (label, count) in counts.enumerated() where count != 0 {
                bytes.append(label)
                bytes.append(Int(count))
            }
        }
    }

    init?(stored bytes: inout Bytes.Reader) {
        guard let smoothing = bytes.double(), let labels = bytes.strings(), !labels.isEmpty,
              let wordList = bytes.strings() else { return nil }
        var perLabel: [Double] = []
        for _ in 0..<(2 * labels.count) {
            guard let value = bytes.double() else { return nil }
            perLabel.append(value)
        }
        guard let termTotal = bytes.count() else { return nil }
        var termIndex: [Int64: Int] = [:]
        termIndex.reserveCapacity(termTotal)
        var termCounts = [Int32](repeating: 0, count: termTotal * labels.count)
        for index in 0..<termTotal {
            guard let term = bytes.uint64().map(Int64.init(bitPattern:)),
                  (1...wordList.count).contains(Int(term >> 32)), Int(term & 0xFFFF_FFFF) <= wordList.count,
                  termIndex.updateValue(index, forKey: term) == nil,
                  let seen = bytes.int(upTo: labels.count) else { return nil }
            for _ in 0..<seen {
                guard let label = bytes.int(upTo: labels.count - 1), let count = bytes.int(upTo: Int(Int32.max)) else { return nil }
                termCounts[index * labels.count + label] = Int32(count)
            }
        }
        let words = Dictionary(wordList.enumerated().map { ($1, Int32($0)) }, uniquingKeysWith: { a, _ in a })
        guard words.count == wordList.count else { return nil }
        self.labels = labels
        self.words = words
        self.wordList = wordList
        self.termIndex = termIndex
        self.termCounts = termCounts
        self.denominators = Array(perLabel[..<labels.count])
        self.smoothing = smoothing
        self.logCounts = Self.logCounts(termCounts, smoothing: smoothing)
        self.priors = Array(perLabel[labels.count...])
    }
}
