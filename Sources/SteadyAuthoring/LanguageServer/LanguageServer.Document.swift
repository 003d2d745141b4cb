import Foundation
import SteadyCore

extension LanguageServer {
    /// An open file as the editor holds it.
    struct Document {
        enum Kind { case dialogue, concepts, transcript, other }

        var uri: String
        var path: String
        var version: Int
        var text: String {
            didSet { lines = Self.split(text) }
        }
        private(set) var lines: [Substring]

        init(uri: String, path: String, version: Int, text: String) {
            self.uri = uri
            self.path = path
            self.version = version
            self.text = text
            lines = Self.split(text)
        }

        static func split(_ text: String) -> [Substring] {
            text.split(separator: "\n", omittingEmptySubsequences: false)
        }

        /// Whether the file is past the size the loader accepts.
        var isTooLarge: Bool { text.utf8.count > 1_000_000 }

        var kind: Kind {
            if path.hasSuffix(".transcript") { return .transcript }
            guard path.hasSuffix(".yaml") || path.hasSuffix(".yml") else { return .other }
            return ScriptLoader.kind(of: text) == .concepts ? .concepts : .dialogue
        }

        /// The text of a 0-based line, without its line end.
        func line(_ index: Int) -> String {
            guard lines.indices.contains(index) else { return "" }
            var line = String(lines[index])
            if line.hasSuffix("\r") { line.removeLast() }
            return line
        }

        /// Characters that make up names, ids and `~concepts`.
        static func isNameCharacter(_ c: Character) -> Bool {
            c.isLetter || c.isNumber || c == "_" || c == "-" || c == "~"
        }

        /// The name under a position, with its range of characters on the line.
        func word(at line: Int, _ character: Int) -> (String, Range<Int>)? {
            let chars = Array(self.line(line))
            guard !chars.isEmpty else { return nil }
            var start = min(max(0, character), chars.count)
            var end = start
            while start > 0, Self.isNameCharacter(chars[start - 1]) { start -= 1 }
            while end < chars.count, Self.isNameCharacter(chars[end]) { end += 1 }
            guard start < end else { return nil }
            return (String(chars[start..<end]), start..<end)
        }

        /// Applies one change of `textDocument/didChange`: a whole new text, or a range replaced.
        mutating func apply(_ change: [String: Any]) {
            guard let newText = change["text"] as? String else { return }
            guard let range = change["range"] as? [String: Any],
                let start = Position(range["start"]), let end = Position(range["end"])
            else {
                text = newText
                return
            }
            let utf16 = Array(text.utf16)
            let a = offset(of: start, in: utf16), b = max(a, offset(of: end, in: utf16))
            text = String(decoding: utf16[..<a], as: UTF16.self) + newText + String(decoding: utf16[b...], as: UTF16.self)
        }

        /// The UTF-16 offset of a position, clamped to the text.
        private func offset(of position: Position, in utf16: [UTF16.CodeUnit]) -> Int {
            var line = 0, index = 0
            while line < position.line, index < utf16.count {
                if utf16[index] == 0x0A { line += 1 }
                index += 1
            }
            var column = 0
            while column < position.character, index < utf16.count, utf16[index] != 0x0A {
                index += 1
                column += 1
            }
            return index
        }
    }

    /// A 0-based line and character, as the protocol counts them.
    struct Position {
        var line: Int
        var character: Int

        init(line: Int, character: Int) {
            self.line = line
            self.character = character
        }

        init?(_ any: Any?) {
            guard let object = any as? [String: Any], let line = object["line"] as? Int,
                let character = object["character"] as? Int
            else { return nil }
            self.init(line: line, character: character)
        }

        var json: [String: Any] { ["line": line, "character": character] }
    }
}
