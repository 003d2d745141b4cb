import Foundation
import SteadyCore
import SteadyStore

/// The slash commands available in a chat.
extension ChatSession {
    /// Every command, in the order /help lists them.
    static let commands: [Command] = [
        Command("/help", help: "show these commands") { session, _ in session.helpText() },
        Command("/topics", help: "what Steady can help with") { session, _ in
            (["I can help with:"] + session.engine.topicList().map { "  \u{2022} " + $0 }
                + ["Just tell me what's going on, in your own words."]).joined(separator: "\n")
        },
        Command("/sos", help: "crisis lines and emergency numbers, right now") { session, _ in
            session.show(session.engine.sos(state: &session.state))
            return true
        },
        Command("/plan", help: "build or look over your safety plan") { session, _ in
            session.startPlan()
            return !session.finished
        },
        Command("/breathe", help: "a short box-breathing exercise") { session, _ in
            var turn = session.note("Let's breathe together: in for 4, hold for 4, out for 4, hold for 4.")
            turn.effects = [.exercise(Effect.Exercise(name: .value(.boxBreathing), rounds: .value(4)))]
            session.show(turn)
            return true
        },
        Command("/contacts", usage: "/contacts [add NAME [how to reach]]", help: "your support contacts",
                completions: { session in
                    ((try? session.store?.contacts()) ?? []).map { "/contacts remove \($0.name)" }
                },
                answer: { session, argument in session.contacts(argument) }),
        Command("/reasons", usage: "/reasons [add TEXT]", help: "your reasons for change") { session, argument in
            session.reasons(argument)
        },
        Command("/journal", help: "how things have gone lately") { session, _ in session.journal() },
        Command("/practice", usage: "/practice [SCENARIO]", help: "rehearse what to say to someone") { session, argument in
            if !argument.isEmpty, let scenario = session.engine.library.practiceScenario(named: argument),
                let turn = session.engine.begin(dialogueID: scenario.id, state: &session.state)
            {
                session.show(turn)
            } else {
                session.show(session.engine.practiceMenu(state: &session.state))
            }
            return true
        },
        Command("/explain", usage: "/explain TEXT", help: "how Steady would understand a message") { session, argument in
            argument.isEmpty
                ? "Tell me what to explain, like: /explain i really want a drink"
                : ExplanationText.render(session.engine.explain(argument, state: session.state))
        },
        Command("/reload", help: "reload the dialogue scripts") { session, _ in session.reloadScripts() },
        Command("/settings", usage: "/settings [name|region|history VALUE]", help: "your name, region, history") { session, argument in
            session.settings(argument)
        },
        Command("/restart", help: "leave this conversation and start afresh") { session, _ in
            session.engine.restart(state: &session.state)
            session.show(session.note("Okay, a fresh start. What's going on for you right now?", ended: true))
            return true
        },
        Command("/quit", aliases: ["/exit", "/bye"], help: "end the chat (Ctrl-D works too)") { session, _ in
            // In a terminal the goodbye that ends every chat says it, after what was done today.
            if !session.interactive { session.show(session.note("Take care. I'm here whenever you need me.", ended: true)) }
            return false
        },
    ]

    /// Runs a slash command; false when the person asked to quit.
    mutating func command(_ text: String) -> Bool {
        let parts = text.split(separator: " ", maxSplits: 1).map(String.init)
        let name = parts[0].lowercased()
        let argument = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        guard let command = Self.commands.first(where: { $0.answers(to: name) }) else {
            show(note("I don't know the command \(Renderer.sanitize(name)). Type /help to see the ones I know."))
            return true
        }
        return command.run(&self, argument)
    }

    /// Every command with how to write it and what it does, in two columns.
    func helpText() -> String {
        let width = Self.commands.map(\.usage.count).max() ?? 10
        let lines = Self.commands.map { "  \($0.usage.padding(toLength: width, withPad: " ", startingAt: 0))  \($0.help)" }
        return (["You can just type how you're feeling. Or use a command:"] + lines).joined(separator: "\n")
    }

    mutating func contacts(_ argument: String) -> String {
        guard let store else { return "I can't reach your saved data right now, so I can't show contacts." }
        let words = argument.split(separator: " ", maxSplits: 2).map(String.init)
        if words.first?.lowercased() == "add" {
            guard words.count >= 2 else { return "Give me a name, like: /contacts add Sam text 07700 900123" }
            let reach = words.count > 2 ? words[2] : ""
            do {
                if (try store.contact(named: words[1])) != nil {
                    // Updating from a chat changes only how to reach them; the rest stays.
                    let updated = try store.editContact(named: words[1]) { contact in
                        if !reach.isEmpty { contact.reach = reach }
                    }
                    return "Updated \(Renderer.sanitize(updated.name))."
                }
                let saved = try store.saveContact(SupportContact(name: words[1], reach: reach))
                return "Saved \(Renderer.sanitize(saved.name))."
                    + (reach.isEmpty ? " You can add how to reach them with steady contacts edit." : "")
            } catch {
                return error.description
            }
        }
        if words.first?.lowercased() == "remove", words.count >= 2 {
            let name = words.dropFirst().joined(separator: " ")
            do {
                let removed = try store.removeContact(named: name)
                return "Removed \(removed.name)."
            } catch {
                return error.description
            }
        }
        return performer.contactList()
    }

    mutating func reasons(_ argument: String) -> String {
        guard let store else { return "I can't reach your saved data right now, so I can't show your reasons." }
        if argument.lowercased().hasPrefix("add ") {
            let text = String(argument.dropFirst(4)).trimmingCharacters(in: .whitespaces)
            do {
                _ = try store.addReason(text)
                return "Saved. I'll remind you of it when things get hard."
            } catch {
                return error.description
            }
        }
        return performer.reasonList() ?? ""
    }

    func journal() -> String {
        guard let store else { return "I can't reach your saved data right now, so there's no journal to show." }
        do {
            let journal = try store.journal(now: Date())
            let practice = PracticeText(calendar: .current).render(try store.practiceSessions())
            return JournalText(calendar: .current).render(journal) + (practice.map { "\n\n" + $0 } ?? "")
        } catch {
            return error.description
        }
    }

    mutating func settings(_ argument: String) -> String {
        guard let store else { return "I can't reach your saved data right now, so settings can't be changed." }
        let words = argument.split(separator: " ", maxSplits: 1).map(String.init)
        guard words.count == 2 else {
            let all = (try? store.settings()) ?? [:]
            return """
                Your settings:
                  name     \(all["name"] ?? "(not set)")
                  region   \(all["region"] ?? engine.region ?? "(from your locale)")
                  history  \(all["history"] ?? "on")
                Change one with /settings name Alex, /settings region UK, or /settings history off.
                """
        }
        let key = words[0].lowercased(), value = words[1]
        switch key {
        case "name":
            do {
                try store.setSetting("name", to: value)
            } catch {
                return "I couldn't save your name, so nothing has changed. \(error.description)"
            }
            return "Okay, I'll call you \(Renderer.sanitize(value))."
        case "region":
            let code = value.uppercased() == "GB" ? "UK" : value.uppercased()
            guard let region = engine.library.safety.lines.regions[code] else {
                let known = engine.library.safety.lines.regions.keys.sorted().joined(separator: ", ")
                return "I don't have crisis lines for \(Renderer.sanitize(value)) yet. I know: \(known)."
            }
            // The lines matter now, so they change for this chat even when they cannot be kept.
            engine.region = code
            do {
                try store.setSetting("region", to: code)
            } catch {
                return "I couldn't save your region, so next time I'll go back to the one I had. "
                    + "For this chat, /sos will show the lines for \(region.name). \(error.description)"
            }
            return "Okay. /sos will show the lines for \(region.name)."
        case "history":
            let off = ["off", "no", "none", "false"].contains(value.lowercased())
            do {
                try store.setSetting("history", to: off ? "off" : "on")
            } catch {
                return "I couldn't save that, so your history is kept as before. \(error.description)"
            }
            return off ? "Okay. I won't keep a history of what you type, and I've cleared what was kept. This takes full effect next time."
                : "Okay, I'll keep a history of what you type, so the arrow keys can bring it back."
        default:
            return "I don't know the setting \(Renderer.sanitize(key)). Try name, region or history."
        }
    }

    /// Reloads the scripts, keeping the conversation where it can.
    mutating func reloadScripts() -> String {
        guard let reload else { return "Reloading isn't available here." }
        let (library, diagnostics) = reload()
        let errors = diagnostics.filter { $0.severity == .error }
        guard let library else {
            return (["I couldn't reload: the safety data has a problem, so I'm keeping the scripts I had."]
                + errors.prefix(5).map { "  " + $0.description }).joined(separator: "\n")
        }
        engine.library = library
        var kept = "The conversation carries on."
        if let frame = state.stack.last, library.dialogue(frame.dialogue)?.nodes[frame.node] == nil {
            engine.restart(state: &state)
            kept = "The step we were on is gone, so we're starting afresh."
        }
        let findings = errors.isEmpty ? "No problems found." : "\(errors.count) problem(s), those files were skipped:"
        return (["Reloaded \(library.dialogues.count) dialogues. \(findings)"] + errors.prefix(8).map { "  " + $0.description }
            + [kept]).joined(separator: "\n")
    }
}
