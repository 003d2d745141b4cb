/// The practice menu: a number or a title picks a scenario; any other words start the closest
/// scenario and say which, or ask again, always within practice.
extension Engine {
    /// Whether the menu just shown lists practice scenarios.
    func isPracticeMenu(_ menu: [String]) -> Bool {
        !menu.isEmpty && menu.allSatisfy { id in
            library.dialogue(id).map { $0.topic == .practice && $0.id.hasPrefix(Library.scenarioPrefix) } ?? false
        }
    }

    /// Answers words at the practice menu that picked no scenario by number or title.
    func answerPracticeMenu(_ message: Message, menu: [String], state: inout ConversationState, out: inout TurnBuilder) {
        out.topic = .practice
        let phrase = message.tokens.filter { !Self.politeWords.contains($0) }.joined(separator: " ")
        if Self.stopPhrases.contains(phrase) {
            out.route = .command("stop")
            out.say("Okay, no practice for now. I'm still here if you want to talk about something else.")
            return
        }
        let scenarios = menu.compactMap(library.dialogue)
        let unsure = AnswerParser.nonAnswer(message.tokens) != nil
        if !unsure, let scenario = library.closestScenario(to: message, among: scenarios) {
            out.route = .answer
            out.say("Let's practise that: \(Self.lowercasingFirst(scenario.title)).")
            begin(scenario, state: &state, out: &out)
            return
        }
        out.route = .reask
        state.menu = menu
        out.say(unsure
            ? "That's okay. Pick whichever is closest by its number, or tell me who you'd like to talk to and what about."
            : "I'm not sure which of these fits. Pick a number, or tell me who you'd like to talk to and what about.")
        out.options = scenarios.map(\.title)
    }

    /// The text with its first letter in lower case, for use mid-sentence; an acronym ("AA
    /// meetings") stays as it is.
    static func lowercasingFirst(_ text: String) -> String {
        guard let first = text.first, text.dropFirst().first?.isUppercase != true else { return text }
        return first.lowercased() + text.dropFirst()
    }
}
