/// Finding YAML anchors (`&name`) and aliases (`*name`) before the text is parsed.
///
/// Scripts may not use them: an alias can repeat a part of the file exponentially many times
/// (the "billion laughs"), and parsing or walking such a file could take forever. The check
/// reads the text once and errs on the side of refusing: a line of plain text that begins with
/// `&` or `*` is taken as an anchor or alias, and quoting it makes it text.
extension YAMLReader {
    /// The line and column (1-based) of the first anchor or alias, or nil when there is none.
    static func firstAnchorOrAlias(in text: String) -> (line: Int, column: Int)? {
        mayHaveAnchorOrAlias(text) ? scanForAnchorOrAlias(text) : nil
    }

    /// The line-by-line reading behind ``firstAnchorOrAlias(in:)``.
    static func scanForAnchorOrAlias(_ text: String) -> (line: Int, column: Int)? {
        var text = text
        return text.withUTF8 { bytes in
            var scan = AliasScan()
            var found: (line: Int, column: Int)?
            forEachLine(of: bytes) { line in
                scan.line += 1
                guard let index = scan.read(line) else { return true }
                // The column counts characters, not the bytes after the first of each.
                found = (scan.line, line[..<index].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 })
                return false
            }
            return found
        }
    }

    /// Hands each line of UTF-8 text (without its line break; the last one may be empty) to
    /// `body`, until `body` returns false.
    static func forEachLine(of bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) {
        var start = 0
        while start <= bytes.count {
            var end = start
            var breakLength = 0
            while end < bytes.count {
                breakLength = lineBreak(at: end, in: bytes)
                if breakLength > 0 { break }
                end += 1
            }
            guard body(UnsafeBufferPointer(rebasing: bytes[start..<end])) else { return }
            start = end + max(breakLength, 1)
        }
    }

    /// How many bytes the line break at `p` takes, 0 when there is none: YAML (as libyaml reads
    /// it) ends a line at `\n`, `\r\n`, a lone `\r`, and the next-line, line and paragraph
    /// separators (U+0085, U+2028, U+2029). Reading lines any other way would let an anchor
    /// hide on what the scan takes for a comment.
    static func lineBreak(at p: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard p >= 0, p < bytes.count else { return 0 }
        switch bytes[p] {
        case UInt8(ascii: "\n"): return 1
        case UInt8(ascii: "\r"): return p + 1 < bytes.count && bytes[p + 1] == UInt8(ascii: "\n") ? 2 : 1
        case 0xC2: return p + 1 < bytes.count && bytes[p + 1] == 0x85 ? 2 : 0
        case 0xE2:
            return p + 2 < bytes.count && bytes[p + 1] == 0x80 && (bytes[p + 2] == 0xA8 || bytes[p + 2] == 0xA9) ? 3 : 0
        default: return 0
        }
    }

    /// False when no line can hold an anchor or alias: an `&` or `*` with no blank after it can
    /// start a value only where nothing but blanks comes before it on its line, or an indicator
    /// (`-`, `?`, `:`, `[`, `{`, `,`), or a tag (`!`). Most script files hold none, and are not
    /// read twice.
    static func mayHaveAnchorOrAlias(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(mayHaveAnchorOrAlias)
    }

    private static func mayHaveAnchorOrAlias(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var lineStart = 0
        var tagOnLine = false
        for (p, b) in bytes.enumerated() {
            switch b {
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"), 0x85, 0xA8, 0xA9:
                // The last byte of a line break of any kind (the others only when they end one).
                guard b < 0x80 || lineBreak(at: p - (b == 0x85 ? 1 : 2), in: bytes) > 0 else { continue }
                lineStart = p + 1
                tagOnLine = false
            case UInt8(ascii: "!"):
                tagOnLine = true
            case UInt8(ascii: "&"), UInt8(ascii: "*"):
                let next = p + 1 < bytes.count ? bytes[p + 1] : UInt8(ascii: "\n")
                guard next != UInt8(ascii: " "), next != UInt8(ascii: "\t"), next != UInt8(ascii: "\n") else { continue }
                if tagOnLine { return true }
                var q = p - 1
                while q >= lineStart, bytes[q] == UInt8(ascii: " ") || bytes[q] == UInt8(ascii: "\t") { q -= 1 }
                if q < lineStart { return true }
                switch bytes[q] {
                case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: ","):
                    return true
                default: continue
                }
            default: continue
            }
        }
        return false
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

    /// Reads one line of UTF-8 (every byte that matters here is ASCII); returns the offset of
    /// an anchor or alias in it.
    mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let indent = bytes.prefix { $0 == UInt8(ascii: " ") }.count
        if let parent = blockIndent {
            if indent == bytes.count || indent > parent { return nil }
            blockIndent = nil
        }
        var index = quote == .none ? indent : 0
        var atValueStart = quote == .none
        while index < bytes.count {
            let c = Unicode.Scalar(bytes[index])
            let next: UInt8? = index + 1 < bytes.count ? bytes[index + 1] : nil
            let nextIsBlank = next.map { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") } ?? true
            switch quote {
            case .double:
                if c == "\\" { index += 2; continue }
                if c == "\"" { quote = .none }
                index += 1
                continue
            case .single:
                if c == "'" {
                    if next == UInt8(ascii: "'") { index += 2; continue }
                    quote = .none
                }
                index += 1
                continue
            case .none:
                break
            }
            if c == " " || c == "\t" { index += 1; continue }
            if c == "#", index == 0 || bytes[index - 1] == UInt8(ascii: " ") || bytes[index - 1] == UInt8(ascii: "\t") { return nil }
            if atValueStart {
                switch c {
                case "&", "*":
                    if !nextIsBlank { return index }
                case "\"": quote = .double; atValueStart = false; index += 1; continue
                case "'": quote = .single; atValueStart = false; index += 1; continue
                case "|", ">":
                    if flowDepth == 0 { blockIndent = indent; return nil }
                case "[", "{": flowDepth += 1; index += 1; continue
                case "-", "?", ":":
                    if nextIsBlank { index += 1; continue }
                case "!":
                    // A tag comes before the value it labels.
                    while index < bytes.count, bytes[index] != UInt8(ascii: " ") { index += 1 }
                    continue
                default: break
                }
                atValueStart = false
            }
            if c == ":", nextIsBlank || (flowDepth > 0 && next.map { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "]") || $0 == UInt8(ascii: "}") } == true) {
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
