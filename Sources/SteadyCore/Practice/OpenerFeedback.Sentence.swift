import Foundation

extension OpenerFeedback {
    /// One sentence of a message: its clauses, each with the separator before it, and its closing
    /// punctuation kept apart.
    struct Sentence {
        var clauses: [(separator: String, text: String)]
        var terminator: String

        var body: String {
            guard let first = clauses.first else { return "" }
            return clauses.dropFirst().reduce(first.text) { $0 + $1.separator + $1.text }
        }

        var text: String { body + terminator }

        static let clauseBreak = try? NSRegularExpression(pattern: #"\s*[,;]\s*|\s+[-\u2013\u2014]\s+|\s+(?=but\s)"#, options: [.caseInsensitive])
        static let finerBreak = try? NSRegularExpression(pattern: #"\s+(?=(and|so|because|cos|coz)\s)"#, options: [.caseInsensitive])

        init(body: String, terminator: String) {
            clauses = Self.split(body, by: Self.clauseBreak, separator: nil)
            self.terminator = terminator
        }

        /// Splits text at a pattern; each piece keeps the separator that came before it.
        static func split(_ text: String, by pattern: NSRegularExpression?, separator: String?) -> [(separator: String, text: String)] {
            guard let pattern else { return [("", text)] }
            let ns = text as NSString
            var out: [(separator: String, text: String)] = []
            var start = 0
            var pending = separator ?? ""
            for match in pattern.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
                let piece = ns.substring(with: NSRange(location: start, length: match.range.location - start))
                if !piece.isEmpty { out.append((pending, piece)) }
                pending = ns.substring(with: match.range)
                if pending.trimmingCharacters(in: .whitespaces).isEmpty { pending = " " }
                start = match.range.location + match.range.length
            }
            let last = ns.substring(from: start)
            if !last.isEmpty { out.append((pending, last)) }
            return out
        }

        /// Splits one clause more finely, before "and", "so" and "because".
        static func finer(_ clause: (separator: String, text: String)) -> [(separator: String, text: String)] {
            split(clause.text, by: finerBreak, separator: clause.separator)
        }
    }

    /// Splits a message into sentences at . ! ? and line breaks; "6.30" stays whole.
    static func sentences(_ text: String) -> [Sentence] {
        var out: [Sentence] = []
        var body = ""
        var terminator = ""
        let characters = Array(text)
        func flush() {
            let trimmed = body.trimmingCharacters(in: .whitespaces)
            if !trimmed.isEmpty { out.append(Sentence(body: trimmed, terminator: terminator)) }
            body = ""
            terminator = ""
        }
        for (index, character) in characters.enumerated() {
            if character == "\n" || character == "\r" {
                flush()
            } else if ".!?".contains(character) {
                let between = character == "." && index > 0 && index + 1 < characters.count
                    && characters[index - 1].isNumber && characters[index + 1].isNumber
                if between { body.append(character) } else { terminator.append(character) }
            } else if !terminator.isEmpty {
                if character.isWhitespace { flush() } else if "\"')\u{201D}".contains(character) {
                    terminator.append(character)
                } else {
                    body += terminator
                    terminator = ""
                    body.append(character)
                }
            } else {
                body.append(character)
            }
        }
        flush()
        return out
    }
}
