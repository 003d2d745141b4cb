import Foundation

/// Kind, specific feedback on a message someone is practising: what works, what to try next,
/// and a better version built from their own words.
///
/// The rules look for a clear need, a clear question, a time, speaking from "I" and brevity, and
/// for over-apologising and putting oneself down. For a refusal they look for a plain no, no long
/// excuse and an alternative instead.
public struct OpenerFeedback: Sendable, Hashable {
    /// The message as written, without surrounding space.
    public let text: String
    public let purpose: Purpose
    /// Everything the rules noticed.
    public let traits: Set<Trait>
    /// Words in the message, counted at spaces.
    public let wordCount: Int
    /// The first put-down found, as a short phrase ("I'm such a mess").
    public let putDown: String?
    /// The time suggested when the message names none, such as "this week".
    public let time: String
    /// The line added when the message lacks its main ask (for a refusal: an alternative).
    public let addition: String
    /// A better version built from the person's words; the message itself when nothing needs changing.
    public private(set) var draft: String = ""

    /// The most words of a message that still reads as short.
    public static let shortWords = 40
    /// The most words of a refusal that still reads as short.
    public static let shortRefusalWords = 25

    /// Looks at a message.
    /// - Parameters:
    ///   - time: a time to suggest when the message names none.
    ///   - addition: a line to add when the message asks nothing (for a refusal: an alternative).
    public init(analysing text: String, purpose: Purpose = .opener, time: String? = nil, addition: String? = nil) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        self.text = trimmed
        self.purpose = purpose
        let cleanTime = time?.trimmingCharacters(in: .whitespaces) ?? ""
        self.time = cleanTime.isEmpty ? "this week" : cleanTime
        let cleanAddition = addition?.trimmingCharacters(in: .whitespaces) ?? ""
        if !cleanAddition.isEmpty {
            self.addition = cleanAddition
        } else {
            self.addition = purpose == .refusal ? "I'll have a soda, thanks." : "Would you be free for a call \(self.time)?"
        }
        let words = Self.words(trimmed)
        wordCount = trimmed.split(whereSeparator: { $0.isWhitespace }).count
        let found = Self.traits(of: trimmed, words: words, purpose: purpose, wordCount: wordCount)
        traits = found.traits
        putDown = found.putDown
        draft = makeDraft()
    }

    /// The good things present, most important first.
    public var strengths: [Trait] {
        guard !traits.contains(.acceptsOffer) else { return [] }
        let order: [Trait] = purpose == .opener
            ? [.saysNeed, .asksClearly, .suggestsTime, .speaksFromI, .short]
            : [.saysNoClearly, .short, .offersAlternative, .speaksFromI]
        return order.filter(traits.contains)
    }

    /// What to work on, most important first: a habit that is present or a strength that is missing.
    public var advice: [Trait] {
        guard !text.isEmpty else { return [] }
        if traits.contains(.acceptsOffer) { return [.acceptsOffer, .saysNoClearly, .offersAlternative] }
        var out: [Trait] = [.putsSelfDown, .overApologises, .blames].filter(traits.contains)
        let missing: [Trait] = purpose == .opener
            ? [.short, .asksClearly, .saysNeed, .suggestsTime]
            : [.saysNoClearly, .short, .offersAlternative]
        out += missing.filter { !traits.contains($0) }
        return out
    }

    /// Whether the better version differs from the message.
    public var changesSomething: Bool { draft != text }

    /// The feedback as Steady says it: what works, up to two things to try, and the better version.
    public var summary: String {
        guard !text.isEmpty else {
            return "There's nothing written yet, and that's okay. Even a few words is a start. Something like:\n\n  \(draft)"
        }
        if traits.contains(.acceptsOffer) {
            return "That came out as a yes, and that's okay: this is the place to try it. "
                + "Saying yes is often the old habit talking. Try a plain no this time, something like:\n\n  \(draft)"
        }
        let good = strengths.prefix(3).map(strengthText)
        let tips = advice.prefix(2).map(tipText)
        var lines: [String] = []
        if tips.isEmpty {
            lines.append("That's a strong message: \(Self.list(good)). I wouldn't change a thing.")
            return lines.joined(separator: "\n")
        }
        lines.append(good.isEmpty
            ? "What's good: you wrote it, and that's the hardest part."
            : "What's good: \(Self.list(good)).")
        if tips.count == 1 {
            lines.append("One thing to try: " + tips[0])
        } else {
            lines.append("Two things to try:")
            lines += tips.map { "\u{2022} " + $0 }
        }
        if changesSomething {
            lines.append("Here's a version built from your own words:\n\n  \(draft)")
        }
        return lines.joined(separator: "\n")
    }

    func strengthText(_ trait: Trait) -> String {
        switch trait {
        case .saysNeed: "you say what you'd like"
        case .asksClearly: "you ask a clear question"
        case .suggestsTime: "you suggest a time"
        case .speaksFromI: "you speak from \u{201C}I\u{201D}"
        case .short: purpose == .opener ? "it's short and easy to answer" : "it's short with no long excuse"
        case .saysNoClearly: "your no is clear"
        case .offersAlternative: "you have something else ready"
        case .overApologises, .putsSelfDown, .blames, .acceptsOffer: ""
        }
    }

    func tipText(_ trait: Trait) -> String {
        switch trait {
        case .putsSelfDown:
            let phrase = putDown.map { "\u{201C}\($0)\u{201D}" } ?? "the put-down"
            return purpose == .opener
                ? "Leave out \(phrase). You don't have to run yourself down to ask for something."
                : "Leave out \(phrase). Saying no is looking after yourself, not a flaw."
        case .overApologises:
            if purpose == .refusal { return "No need to apologise for saying no. A friendly no is enough." }
            return Self.words(text).filter { $0 == "sorry" }.count >= 2
                ? "One sorry is plenty, or none. Reaching out isn't bothering them."
                : "No need to apologise for asking. Reaching out isn't bothering them."
        case .short:
            return purpose == .opener
                ? "It's \(wordCount) words. Shorter is easier to send and easier to answer, so lead with the main thing."
                : "You don't owe a reason. A short no is harder to argue with than a long one."
        case .asksClearly: return "End with a clear question, so they know what you're asking."
        case .saysNeed: return "Say what you'd like from them, even briefly: a chat, a coffee, a hand."
        case .suggestsTime: return "Suggest a time, like \u{201C}\(time)\u{201D}. It makes yes easier to say."
        case .speaksFromI, .blames:
            return "Try it from \u{201C}I\u{201D}: \u{201C}I've missed you\u{201D} lands more gently than \u{201C}you never call\u{201D}."
        case .saysNoClearly: return "Start with a plain \u{201C}no thanks\u{201D}, so there's nothing to argue with."
        case .offersAlternative: return "Have something else ready, like \u{201C}\(addition)\u{201D}"
        case .acceptsOffer: return "That came out as a yes. Try a plain no instead."
        }
    }

    /// "a", "a and b", "a, b and c".
    static func list(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " and " + last
    }
}
