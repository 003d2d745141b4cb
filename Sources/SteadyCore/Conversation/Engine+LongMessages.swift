/// A long message is answered from its first ``Engine/maximumMessageLength`` characters, but the
/// safety net reads all of it: someone may write at length before they say what matters most.
extension Engine {
    /// How many characters each later part shares with the part before it, so that a
    /// disclosure cut by one part's end is whole in the next.
    static let partOverlap = 1_000

    /// The safety net's strongest finding in the whole text: in `message` (the part that is
    /// answered) and in each later part, read the same way; a crisis anywhere wins over a check.
    /// Each part is as long as the first, so the work grows with the length of the text, not faster.
    func safetyFinding(_ message: Message, text: String) -> SafetyNet.Finding? {
        var strongest = library.safety.check(message)
        Self.forEachLaterPart(of: text) { part in
            if let finding = library.safety.check(library.message(String(part))), strongest.map({ finding.level > $0.level }) ?? true {
                strongest = finding
            }
            return strongest?.level != .crisis
        }
        return strongest
    }

    /// The part of a message that is answered: its first ``maximumMessageLength`` characters.
    static func answeredPart(of text: String) -> String {
        text.utf8.count > maximumMessageLength ? String(text.prefix(maximumMessageLength)) : text
    }

    /// Hands each part of `text` after its first ``maximumMessageLength`` characters to `body`,
    /// until `body` returns false. Each part is at most as long, and begins up to
    /// ``partOverlap`` characters before the last one ended, at a sentence's start when one is
    /// near (so that "not" is not cut off from what it denies), else at a word's.
    static func forEachLaterPart(of text: String, _ body: (Substring) -> Bool) {
        guard var end = text.index(text.startIndex, offsetBy: maximumMessageLength, limitedBy: text.endIndex) else { return }
        while end < text.endIndex {
            let back = text.index(end, offsetBy: -partOverlap, limitedBy: text.startIndex) ?? text.startIndex
            let start = partStart(in: text[back..<end]) ?? back
            end = text.index(start, offsetBy: maximumMessageLength, limitedBy: text.endIndex) ?? text.endIndex
            guard body(text[start..<end]) else { return }
        }
    }

    /// Where in `window` the first sentence begins, else the first word after a space; nil when
    /// neither does.
    static func partStart(in window: Substring) -> String.Index? {
        var wordStart: String.Index?
        var previous: Character?
        var beforePrevious: Character?
        for index in window.indices {
            let c = window[index]
            if let previous, previous.isWhitespace, !c.isWhitespace {
                if let beforePrevious, ".!?;".contains(beforePrevious) || previous.isNewline { return index }
                if wordStart == nil { wordStart = index }
            }
            beforePrevious = previous
            previous = c
        }
        return wordStart
    }
}
