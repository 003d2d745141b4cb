import SteadyCore

/// The fix a finding's hint proposes: a misspelt name and what it was probably meant to be
/// ("did you mean 'triggers'?", "rename it to 'triggers'", "did you mean ~craving?").
struct QuickFix: Equatable {
    var wrong: String
    var replacement: String

    init?(_ diagnostic: Diagnostic) {
        guard let hint = diagnostic.hint, let replacement = Self.proposed(in: hint) else { return nil }
        // The misspelt name is the quoted one in the message most like the replacement.
        let quoted = Self.names(in: diagnostic.message).filter { $0 != replacement }
        guard let wrong = quoted.min(by: { Self.distance($0, replacement) < Self.distance($1, replacement) }) else { return nil }
        self.wrong = wrong
        self.replacement = replacement
    }

    init(wrong: String, replacement: String) {
        self.wrong = wrong
        self.replacement = replacement
    }

    /// The name a hint proposes, if it proposes one.
    static func proposed(in hint: String) -> String? {
        for lead in ["did you mean ", "rename it to "] {
            guard let range = hint.range(of: lead) else { continue }
            let rest = hint[range.upperBound...]
            if rest.hasPrefix("'"), let close = rest.dropFirst().firstIndex(of: "'") {
                return String(rest[rest.index(after: rest.startIndex)..<close])
            }
            if rest.hasPrefix("~") {
                return String(rest.prefix { $0 != "?" && $0 != " " && $0 != "," })
            }
        }
        return nil
    }

    /// The names a message quotes: 'name' and ~name.
    static func names(in message: String) -> [String] {
        var out: [String] = []
        var rest = Substring(message)
        while let open = rest.firstIndex(where: { $0 == "'" || $0 == "~" }) {
            if rest[open] == "~" {
                let name = rest[open...].prefix { !$0.isWhitespace && $0 != "," && $0 != "?" && $0 != ")" }
                out.append(String(name))
                rest = rest[name.endIndex...]
                continue
            }
            let after = rest.index(after: open)
            guard let close = rest[after...].firstIndex(of: "'") else { break }
            out.append(String(rest[after..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return out
    }

    /// The edit distance between two names.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in 1...max(1, b.count) where !b.isEmpty {
                let saved = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = saved
            }
        }
        return a.isEmpty ? b.count : row[b.count]
    }
}
