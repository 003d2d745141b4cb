import Foundation

extension SafetyPlan {
    /// How an answer in the guided plan is understood.
    public enum Answer: Sendable, Hashable {
        /// Move on without adding anything.
        case skip
        /// Finish for now; what was given so far is kept.
        case stop
        /// Nothing written.
        case empty
        /// One or more items, in the person's words.
        case items([String])
    }

    static let skipWords: Set<String> = [
        "skip", "next", "pass", "none", "nothing", "no", "nope", "not now", "skip it", "skip this", "skip this one",
        "nothing yet", "not sure", "dont know", "i dont know", "idk", "keep", "keep it", "keep them", "same", "n/a",
    ]
    static let stopWords: Set<String> = ["stop", "quit", "exit", "done", "finish", "enough", "stop here", "that's all", "thats all", "/quit"]

    /// Reads an answer: "skip", "stop", or items separated by commas, semicolons, new lines or "and".
    public static func answer(_ text: String) -> Answer {
        let plain = text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
            .trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters).subtracting(["/"]))
        if plain.isEmpty { return .empty }
        let bare = plain.replacingOccurrences(of: "'", with: "")
        if stopWords.contains(plain) || stopWords.contains(bare) { return .stop }
        if skipWords.contains(plain) || skipWords.contains(bare) { return .skip }
        let found = items(in: text)
        return found.isEmpty ? .empty : .items(found)
    }

    /// Splits an answer into items: at commas, semicolons, new lines, " and ", " & " and " plus ";
    /// list marks and end punctuation go, the person's words stay as written. Repeats are dropped.
    public static func items(in text: String) -> [String] {
        var parts = [text]
        for separator in ["\n", ";", ",", " and ", " And ", " AND ", " & ", " plus "] {
            parts = parts.flatMap { $0.components(separatedBy: separator) }
        }
        var seen: Set<String> = []
        var out: [String] = []
        for part in parts {
            var item = part.trimmingCharacters(in: .whitespacesAndNewlines)
            for mark in ["- ", "* ", "\u{2022} ", "and ", "And ", "or ", "also "] where item.hasPrefix(mark) {
                item = String(item.dropFirst(mark.count)).trimmingCharacters(in: .whitespaces)
            }
            while let first = item.first, first.isNumber || first == ")" || first == "." {
                // "1. a walk" or "2) my sister": a number that only numbers the list goes.
                let rest = item.drop { $0.isNumber }
                guard rest.first == "." || rest.first == ")" else { break }
                item = String(rest.dropFirst()).trimmingCharacters(in: .whitespaces)
            }
            while let last = item.last, ".!;:".contains(last) { item.removeLast() }
            item = item.trimmingCharacters(in: .whitespaces)
            item = String(item.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F && !(0x80...0x9F).contains($0.value) })
            if item.count > maximumItemLength { item = String(item.prefix(maximumItemLength)) }
            guard !item.isEmpty, seen.insert(item.lowercased()).inserted else { continue }
            out.append(item)
        }
        return out
    }
}
