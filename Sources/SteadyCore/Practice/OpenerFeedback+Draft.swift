import Foundation

/// The better version: the person's own sentences, with put-downs and extra apologies taken out,
/// cut to the main thing when long, and a clear ask added when there is none.
extension OpenerFeedback {
    static let softWords: Set<String> = [
        "sorry", "so", "very", "really", "truly", "terribly", "i", "am", "again", "oh", "and", "just", "for",
        "everything", "all", "that", "this", "it", "is", "um", "but", "anyway", "ugh",
    ]
    static let leadingJoiners = ["but ", "and ", "so ", "though ", "anyway ", "because ", "cos ", "coz "]
    static let iForms: [String: String] = [
        "i": "I", "i'm": "I'm", "im": "I'm", "i've": "I've", "ive": "I've", "i'd": "I'd", "i'll": "I'll",
        "dont": "don't", "cant": "can't", "didnt": "didn't", "doesnt": "doesn't", "isnt": "isn't",
        "havent": "haven't", "wasnt": "wasn't", "wouldnt": "wouldn't", "couldnt": "couldn't",
    ]

    /// The draft for this message and its traits.
    func makeDraft() -> String {
        guard !text.isEmpty, !traits.contains(.acceptsOffer) else { return fallbackDraft }
        guard !advice.isEmpty else { return text }
        var sentences = Self.sentences(text).compactMap(cleaned)
        var keptApology = false
        sentences = sentences.compactMap { dropExtraApologies($0, kept: &keptApology) }
        sentences = shortened(sentences)
        var result = sentences.map(Self.finished).joined(separator: " ")
        guard !result.isEmpty else { return fallbackDraft }
        var found = Self.traits(of: result, words: Self.words(result), purpose: purpose, wordCount: 0).traits
        switch purpose {
        case .opener:
            if !found.contains(.suggestsTime), let replaced = Self.replacingVagueTime(with: time, in: result) {
                result = replaced
                found.insert(.suggestsTime)
            }
            if !found.contains(.asksClearly) {
                result += found.contains(.suggestsTime) && found.contains(.saysNeed) ? " Would you be free?" : " " + addition
            } else if !found.contains(.saysNeed) {
                if !found.contains(.suggestsTime) {
                    // A request already made ("can we do a video call") gets a time, not a second
                    // ask; a friendly question ("how are you doing?") gets the ask added.
                    result = Self.makesARequest(result)
                        ? (Self.insertingTime(time, into: result) ?? result) : result + " " + addition
                }
            } else if !found.contains(.suggestsTime) {
                result = Self.insertingTime(time, into: result) ?? result + " Any time \(time) works for me."
            }
        case .refusal:
            if !found.contains(.saysNoClearly) { result = "No thanks. " + result }
            if !found.contains(.offersAlternative) { result += " " + addition }
        }
        return result
    }

    var fallbackDraft: String {
        purpose == .opener ? "Hi, it's me. " + addition : "No thanks, I'm good. " + addition
    }

    /// A sentence without its put-downs and apology fillers; nil when nothing is left.
    func cleaned(_ sentence: Sentence) -> Sentence? {
        var kept: [(separator: String, text: String)] = []
        var droppedBefore = false
        var greeting: String?
        for clause in sentence.clauses {
            let splits = needsCutting(clause.text) && !Self.isBareApology(clause.text)
            for piece in splits ? Sentence.finer(clause) : [clause] {
                if needsCutting(piece.text) {
                    if kept.isEmpty, greeting == nil { greeting = Self.greeting(in: piece.text) }
                    droppedBefore = true
                    continue
                }
                var piece = piece
                if traits.contains(.overApologises), let rest = Self.withoutRepeatedSorry(piece.text) {
                    piece.text = rest
                    if kept.isEmpty { droppedBefore = true }
                }
                if kept.isEmpty && droppedBefore { piece = (separator: "", text: Self.withoutJoiner(piece.text)) }
                kept.append(piece)
            }
        }
        var out = sentence
        if let greeting {
            guard let first = kept.first else { return Sentence(body: greeting, terminator: ".") }
            var rest = Self.withoutJoiner(first.text, capitalised: false)
            let firstWord = rest.prefix { !$0.isWhitespace }.lowercased()
            if Self.iForms[firstWord] == nil { rest = rest.prefix(1).lowercased() + rest.dropFirst() }
            kept[0] = (separator: "", text: greeting + ", " + rest)
        }
        guard !kept.isEmpty else { return nil }
        out.clauses = kept
        return out
    }

    /// The greeting a cut piece starts with, and the name after it: "hey jo im such a mess" -> "Hey Jo".
    static func greeting(in text: String) -> String? {
        let parts = text.split(separator: " ").map(String.init)
        guard let first = parts.first, greetings.contains(words(first).first ?? "") else { return nil }
        var out = first.prefix(1).uppercased() + first.dropFirst()
        if parts.count > 1 {
            let next = words(parts[1])
            if next.count == 1, let word = next.first, !notNames.contains(word), !softWords.contains(word),
                word.allSatisfy(\.isLetter), !hasStartOfPutDown(word)
            {
                out += " " + parts[1].prefix(1).uppercased() + parts[1].dropFirst()
            }
        }
        return out.trimmingCharacters(in: .punctuationCharacters)
    }

    static func hasStartOfPutDown(_ word: String) -> Bool {
        putDownWords.contains(word) || ["i", "im", "being", "sorry"].contains(word)
    }

    /// Whether a piece of text is a put-down, or an apology filler in a message that over-apologises.
    func needsCutting(_ text: String) -> Bool {
        let words = Self.words(text)
        let padded = Self.padded(words)
        if traits.contains(.putsSelfDown), Self.hasPutDown(padded) != nil { return true }
        if traits.contains(.blames), Self.contains(padded, any: Self.blamePhrases) { return true }
        if traits.contains(.overApologises), Self.contains(padded, any: Self.apologyFillers) { return true }
        return (traits.contains(.overApologises) || traits.contains(.putsSelfDown)) && Self.isBareApology(text)
    }

    /// "Sorry", "I'm so sorry" and the like: an apology with nothing else in it.
    static func isBareApology(_ text: String) -> Bool {
        let words = Self.words(text)
        return words.contains("sorry") && words.allSatisfy(softWords.contains)
    }

    /// Keeps only the first apology of a message that over-apologises.
    func dropExtraApologies(_ sentence: Sentence, kept: inout Bool) -> Sentence? {
        guard traits.contains(.overApologises) else { return sentence }
        var out = sentence
        var droppedBefore = false
        out.clauses = []
        for clause in sentence.clauses {
            if Self.words(clause.text).contains("sorry") {
                if kept {
                    droppedBefore = true
                    continue
                }
                kept = true
            }
            var clause = clause
            if out.clauses.isEmpty && droppedBefore { clause = (separator: "", text: Self.withoutJoiner(clause.text)) }
            out.clauses.append(clause)
        }
        return out.clauses.isEmpty ? nil : out
    }

    /// The sentences that carry the message, when it runs long.
    func shortened(_ sentences: [Sentence]) -> [Sentence] {
        let limit = purpose == .opener ? Self.shortWords : Self.shortRefusalWords
        let most = purpose == .opener ? 3 : 2
        let count = sentences.reduce(0) { $0 + $1.text.split(whereSeparator: { $0.isWhitespace }).count }
        guard count > limit || sentences.count > most else { return sentences }
        let key: Set<Trait> = purpose == .opener ? [.asksClearly, .suggestsTime] : [.saysNoClearly, .offersAlternative]
        func found(_ index: Int) -> Set<Trait> {
            let text = sentences[index].text
            return Self.traits(of: text, words: Self.words(text), purpose: purpose, wordCount: 0).traits
        }
        func length(_ index: Int) -> Int { sentences[index].text.split(separator: " ").count }
        var chosen = Array(sentences.indices.filter { !found($0).isDisjoint(with: key) }.prefix(most))
        // Short sentences that say what they need come next, then a short greeting.
        for index in sentences.indices where chosen.count < most && !chosen.contains(index) {
            if purpose == .opener, length(index) <= 20, found(index).contains(.saysNeed) { chosen.append(index) }
        }
        if chosen.count < most, !chosen.contains(0), length(0) <= 8 { chosen.append(0) }
        if chosen.isEmpty { chosen = Array(sentences.indices.prefix(2)) }
        chosen.sort()
        return chosen.map { sentences[$0] }
    }

    /// A sentence with a capital letter, "I" for "i", and closing punctuation.
    static func finished(_ sentence: Sentence) -> String {
        var words = sentence.body.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        for index in words.indices {
            let word = words[index]
            let core = word.trimmingCharacters(in: .punctuationCharacters.subtracting(CharacterSet(charactersIn: "'")))
            if let fixed = iForms[core], core == core.lowercased() {
                words[index] = word.replacingOccurrences(of: core, with: fixed)
            }
        }
        var body = words.joined(separator: " ").trimmingCharacters(in: .whitespaces)
        while let last = body.last, ",;:-".contains(last) { body.removeLast() }
        body = body.trimmingCharacters(in: .whitespaces)
        if let first = body.first, first.isLowercase { body = first.uppercased() + body.dropFirst() }
        guard !body.isEmpty else { return "" }
        if !sentence.terminator.isEmpty { return body + sentence.terminator }
        return body + (opensWithQuestion(OpenerFeedback.words(body)) ? "?" : ".")
    }

    /// The text after a leading "sorry, sorry" or "so sorry sorry"; nil when it does not start
    /// with a repeated sorry or nothing would be left.
    static func withoutRepeatedSorry(_ text: String) -> String? {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true)
        var sorries = 0
        var index = 0
        while index < parts.count {
            let word = words(String(parts[index]))
            guard !word.isEmpty, word.allSatisfy(softWords.contains) else { break }
            if word.contains("sorry") { sorries += 1 }
            index += 1
        }
        // Give back soft words after the last sorry ("sorry sorry i can't" keeps "i").
        while index > 0, !words(String(parts[index - 1])).contains("sorry") { index -= 1 }
        guard sorries >= 2, index < parts.count else { return nil }
        return parts[index...].joined(separator: " ")
    }

    static func withoutJoiner(_ text: String, capitalised: Bool = true) -> String {
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        for joiner in leadingJoiners where rest.lowercased().hasPrefix(joiner) {
            rest = rest.dropFirst(joiner.count)
            break
        }
        return capitalised ? rest.prefix(1).uppercased() + rest.dropFirst() : String(rest)
    }

    /// Replaces a vague "sometime" or "soon" with a time: "a coffee sometime" -> "a coffee this week".
    static func replacingVagueTime(with time: String, in text: String) -> String? {
        for vague in ["sometime", "some time", "at some point", "soon"] {
            if let range = text.range(of: #"\b"# + vague + #"\b"#, options: [.regularExpression, .caseInsensitive]) {
                return text.replacingCharacters(in: range, with: time)
            }
        }
        return nil
    }

    /// Puts a time into the first short question that asks for something: "Could we talk?" ->
    /// "Could we talk this week?".
    static func insertingTime(_ time: String, into text: String) -> String? {
        let parts = sentences(text)
        for (index, sentence) in parts.enumerated() where sentence.terminator.hasPrefix("?") {
            let words = OpenerFeedback.words(sentence.body)
            guard words.count <= 12, opensWithQuestion(words), contains(padded(words), any: needPhrases) else { continue }
            var updated = parts.map(\.text)
            updated[index] = sentence.body + " " + remainder(of: time, after: words) + sentence.terminator
            return updated.joined(separator: " ")
        }
        return nil
    }

    /// Whether the message already asks the other person to do something with them.
    static func makesARequest(_ text: String) -> Bool {
        let lower = " " + text.lowercased() + " "
        return [" can we ", " could we ", " can you ", " could you ", " would you ", " will you ", " do you want to ",
                " would you like to ", " are you free ", " fancy ", " shall we "].contains { lower.contains($0) }
    }

    /// The part of a time phrase not already said at the end of a sentence: "after group next
    /// week" after "...a coffee after group" is "next week".
    static func remainder(of time: String, after words: [String]) -> String {
        let timeWords = time.split(separator: " ").map(String.init)
        for count in stride(from: timeWords.count - 1, through: 1, by: -1)
        where words.suffix(count).map({ $0.lowercased() }) == timeWords.prefix(count).map({ $0.lowercased() }) {
            return timeWords.dropFirst(count).joined(separator: " ")
        }
        return time
    }
}
