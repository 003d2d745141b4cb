import Foundation
import SteadyCore

/// Writes Steady's words for a person: wrapped to the terminal, options numbered, colour only
/// on a terminal, and every control character made harmless.
struct Renderer {
    var color: Bool
    /// A fixed width, or nil to follow the terminal as it is resized.
    var fixedWidth: Int?
    var width: Int { fixedWidth ?? Self.terminalWidth() }

    init(color: Bool, width: Int? = nil) {
        self.color = color
        self.fixedWidth = width
    }

    static func terminalWidth() -> Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        return 80
    }

    /// Turns a turn into the text shown on screen.
    func render(_ turn: Turn) -> String {
        var lines: [String] = []
        for paragraph in turn.reply.split(separator: "\n", omittingEmptySubsequences: false) {
            let text = Self.sanitize(String(paragraph))
            let indent = text.prefix { $0 == " " || $0 == "\u{2022}" }.count
            lines += Self.wrap(text, width: max(20, width - 1), hangingIndent: indent)
        }
        var out = lines.map { paint($0, "36") }.joined(separator: "\n")
        if !turn.options.isEmpty {
            let numbered = turn.options.enumerated().flatMap { i, label in
                Self.wrap("  \(i + 1). " + Self.sanitize(label), width: max(20, width - 1), hangingIndent: 5)
            }
            out += "\n" + numbered.map { paint($0, "1") }.joined(separator: "\n")
        }
        return out
    }

    func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m" + text + "\u{1B}[0m" : text
    }

    /// Replaces control characters and escape sequences with visible, harmless text.
    static func sanitize(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09: out += "    "
            case 0x00..<0x20, 0x7F: out += "^" + String(UnicodeScalar(UInt8((scalar.value + 0x40) & 0x7F)))
            case 0x80..<0xA0: out += "\u{FFFD}"
            case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: out += "\u{FFFD}"  // bidirectional overrides
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Like ``sanitize(_:)``, keeping line breaks: for text of several lines printed as it is.
    static func sanitizeLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { sanitize(String($0)) }.joined(separator: "\n")
    }

    /// Wraps a line at word boundaries; continuation lines are indented.
    static func wrap(_ text: String, width: Int, hangingIndent: Int = 0) -> [String] {
        guard text.count > width else { return [text] }
        var lines: [String] = []
        // The first line keeps the text's own indent (a bullet of a list); the rest get the hanging one.
        let indent = String(text.prefix { $0 == " " })
        var current = indent
        let pad = String(repeating: " ", count: min(hangingIndent, width / 2))
        for word in text.dropFirst(indent.count).split(separator: " ", omittingEmptySubsequences: false) {
            let candidate = current.allSatisfy({ $0 == " " }) ? current + word : current + " " + word
            if candidate.count <= width || current.trimmingCharacters(in: .whitespaces).isEmpty {
                current = candidate
            } else {
                lines.append(current)
                current = pad + word
            }
            while current.count > width {
                lines.append(String(current.prefix(width)))
                current = pad + current.dropFirst(width)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
