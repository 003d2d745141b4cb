import Foundation
import SteadyCore
import SteadyStore

/// The first run: what Steady is and is not, then a few questions, every one skippable.
struct Onboarding<Reader: LineReader> {
    var store: Store
    var renderer: Renderer
    var detectedRegion: String?
    var regions: [String]
    /// Whether the safety net finds danger in an answer; such an answer is not saved but handed
    /// to the conversation as its first message, since the net reads every message.
    var findsDanger: (String) -> Bool
    var write: (String) -> Void

    /// How the questions ended.
    enum Outcome: Equatable {
        case finished
        /// Input ended part-way.
        case inputEnded
        /// An answer the safety net flagged, to be answered by the conversation.
        case handOver(String)
    }

    /// Thrown by ``ask(_:_:)`` when the safety net flags an answer.
    private struct HandOver: Error { let text: String }

    func say(_ text: String) {
        write(renderer.render(Turn.text(text)))
    }

    /// The trimmed answer, nil when input ended; throws when the safety net flags it.
    private func ask(_ reader: inout Reader, _ question: String) throws(HandOver) -> String? {
        say(question)
        guard let answer = reader.readLine(prompt: "> ") else { return nil }
        let trimmed = answer.trimmingCharacters(in: .whitespaces)
        if findsDanger(trimmed) { throw HandOver(text: trimmed) }
        return trimmed
    }

    func run(reader: inout Reader) -> Outcome {
        do {
            return try questions(&reader) ? .finished : .inputEnded
        } catch {
            return .handOver(error.text)
        }
    }

    /// Asks the questions in turn; false when input ended part-way.
    private func questions(_ reader: inout Reader) throws(HandOver) -> Bool {
        say("""
            Welcome to Steady. I'm a program that helps in hard moments, like a craving, stress or \
            loneliness, and points you toward the people who can help. I'm not a therapist or an \
            emergency service. Everything you write stays on this computer.
            A few quick questions first. Press Enter to skip any of them; you can change them later.
            """)
        guard let name = try ask(&reader, "What would you like me to call you?") else { return false }
        if !name.isEmpty { try? store.setSetting("name", to: name) }

        let hint = detectedRegion.map { " (Enter keeps \($0))" } ?? ""
        guard let region = try ask(&reader, "Where are you, for crisis lines? \(regions.joined(separator: ", "))\(hint)") else {
            return false
        }
        let code = region.uppercased() == "GB" ? "UK" : region.uppercased()
        if regions.contains(code) {
            try? store.setSetting("region", to: code)
        } else if !region.isEmpty {
            say("I don't have lines for that region yet, so I'll show your local emergency number and how to find a line.")
        }

        guard let person = try ask(&reader, "Who is one person you could reach out to in a hard moment? A first name is enough.") else {
            return false
        }
        if !person.isEmpty {
            guard let reach = try ask(&reader, "How do you usually reach \(Renderer.sanitize(person))? (a number, \u{201C}text\u{201D}, \u{201C}at the Tuesday meeting\u{201D})") else {
                return false
            }
            if (try? store.saveContact(SupportContact(name: person, reach: reach))) != nil {
                say("Saved. I'll suggest \(Renderer.sanitize(person)) when it might help.")
            }
        }
        guard let reason = try ask(&reader, "Last one: what's one reason you're making this change? (\u{201C}for my kids\u{201D}, \u{201C}to feel well\u{201D})") else {
            return false
        }
        if !reason.isEmpty { _ = try? store.addReason(reason) }
        try? store.setSetting("onboarded", to: "yes")
        say("Thank you. Type /help any time to see what I can do.")
        return true
    }
}
