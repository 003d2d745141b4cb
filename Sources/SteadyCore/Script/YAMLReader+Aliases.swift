/// Finding YAML anchors (`&name`) and aliases (`*name`) before the text is parsed.
///
/// Scripts may not use them: an alias can repeat a part of the file exponentially many times
/// (the "billion laughs"), and parsing or walking such a file could take forever. The check
/// reads the text once and errs on the side of refusing: a line of plain text that begins with
/// `&` or `*` is taken as an anchor or alias, and quoting it makes it text.
extension YAMLReader {
    /// The line and column (1-based) of the first anchor or alias, or nil when there is none.
    static func firstAnchorOrAlias(in text: String) -> (line: Int, column: Int)? {
        var scan = AliasScan()
        for line in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            scan.line += 1
            let scalars = line.allSatisfy { $0 < 0x80 } ? line.map { Unicode.Scalar($0) } : Array(Substring(line).unicodeScalars)
            if let column = scan.read(scalars) { return (scan.line, column) }
        }
        return nil
    }
}

/// The state of ``YAMLReader/firstAnchorOrAlias(in:)`` between lines.
private struct AliasScan {
    enum Quote { case none, single, double }

    var line = 0
    var quote = Quote.none
    /// Open `[` and `{`, in which a comma starts a new value.
    var flowDepth = 0
    /// The indentation of the line that opened a `|` or `>` block, whose more indented lines are text.
    var blockIndent: Int?

    /// Reads one line; returns the 1-based column of an anchor or alias in it.
    mutating func read(_ scalars: [Unicode.Scalar]) -> Int? {
        let indent = scalars.prefix { $0 == " " }.count
        if let parent = blockIndent {
            if indent == scalars.count || indent > parent { return nil }
            blockIndent = nil
        }
        var index = quote == .none ? indent : 0
        var atValueStart = quote == .none
        while index < scalars.count {
            let c = scalars[index]
            let next: Unicode.Scalar? = index + 1 < scalars.count ? scalars[index + 1] : nil
            let nextIsBlank = next.map { $0 == " " || $0 == "\t" } ?? true
            switch quote {
            case .double:
                if c == "\\" { index += 2; continue }
                if c == "\"" { quote = .none }
                index += 1
                continue
            case .single:
                if c == "'" {
                    if next == "'" { index += 2; continue }
                    quote = .none
                }
                index += 1
                continue
            case .none:
                break
            }
            if c == " " || c == "\t" { index += 1; continue }
            if c == "#", index == 0 || scalars[index - 1] == " " || scalars[index - 1] == "\t" { return nil }
            if atValueStart {
                switch c {
                case "&", "*":
                    if !nextIsBlank { return index + 1 }
                case "\"": quote = .double; atValueStart = false; index += 1; continue
                case "'": quote = .single; atValueStart = false; index += 1; continue
                case "|", ">":
                    if flowDepth == 0 { blockIndent = indent; return nil }
                case "[", "{": flowDepth += 1; index += 1; continue
                case "-", "?", ":":
                    if nextIsBlank { index += 1; continue }
                case "!":
                    // A tag comes before the value it labels.
                    while index < scalars.count, scalars[index] != " " { index += 1 }
                    continue
                default: break
                }
                atValueStart = false
            }
            if c == ":", nextIsBlank || (flowDepth > 0 && next.map { ",]}".unicodeScalars.contains($0) } == true) {
                atValueStart = true
            } else if flowDepth > 0, c == "," {
                atValueStart = true
            } else if flowDepth > 0, c == "[" || c == "{" {
                flowDepth += 1
                atValueStart = true
            } else if flowDepth > 0, c == "]" || c == "}" {
                flowDepth -= 1
            }
            index += 1
        }
        return nil
    }
}
