import Foundation
import SteadyCore
import SteadyStore

/// The guided safety plan inside a session: `/plan` in a chat, and `steady plan`.
extension ChatSession {
    /// What the interview needs, read fresh from the store.
    func planContext() -> SafetyPlan.Interview.Context {
        SafetyPlan.Interview.Context(
            plan: (try? store?.safetyPlan()) ?? SafetyPlan(),
            savedReasons: ((try? store?.reasons()) ?? []).map(\.text),
            contacts: (try? store?.contacts()) ?? [],
            lines: engine.crisisLineEntries())
    }

    /// Starts building or reviewing the plan; as the opening turn (turn 0) for `steady plan`.
    mutating func startPlan(opening: Bool = false) {
        guard store != nil else {
            show(note("I can't reach your saved data right now, so I can't keep a safety plan. Your crisis lines are always one /sos away."))
            return
        }
        guard state.crisis == nil else {
            show(note("We can make your plan together once you feel safe. When you are, choose \u{201C}I'm safe now, carry on\u{201D}, then type /plan."))
            return
        }
        var interview = SafetyPlan.Interview()
        let reply = interview.opening(planContext())
        planInterview = interview
        show(planTurn(reply, opening: opening))
    }

    /// Takes one answer in the guided plan; a message with danger in it goes to the crisis
    /// response instead, and the plan waits (what was given so far is kept).
    mutating func answerPlan(_ line: String) {
        guard var interview = planInterview else { return }
        if engine.findsDanger(in: line) {
            planInterview = nil
            show(engine.respond(to: line, state: &state))
            return
        }
        let context = planContext()
        let reply = interview.respond(to: line, context: context)
        planInterview = reply.finished ? nil : interview
        var failure: String?
        if let section = reply.section, !reply.additions.isEmpty, let store {
            // Saved before anything is shown, so a kill loses at most the answer in flight.
            do {
                let added = try store.addToSafetyPlan(reply.additions, section: section)
                summary.notePlan(added: added.count)
            } catch {
                failure = error.description
            }
        }
        var text = reply.text
        for name in reply.contactsToAdd {
            do {
                if (try store?.contact(named: name)) == nil { _ = try store?.saveContact(SupportContact(name: name)) }
            } catch {
                failure = failure ?? error.description
            }
        }
        if let failure { text = "(I couldn't save that: \(failure))\n" + text }
        var result = reply
        result.text = text
        show(planTurn(result))
        if reply.finished, endAfterPlan { finished = true }
    }

    /// A turn for `--jsonl` and the terminal: dialogue `safety-plan`, the node the section asked about.
    mutating func planTurn(_ reply: SafetyPlan.Interview.Reply, opening: Bool = false) -> Turn {
        if !opening { state.turn += 1 }
        var turn = Turn(number: state.turn)
        turn.reply = Renderer.sanitizeLines(reply.text)
        turn.options = reply.options
        turn.route = .command("plan")
        turn.dialogue = reply.finished ? nil : "safety-plan"
        turn.node = reply.asking?.rawValue
        turn.ended = reply.finished && state.isIdle
        return turn
    }

    /// Once a crisis response closes and the person has no plan yet, Steady offers to make one, once a session.
    mutating func offerPlanAfterCrisis(_ turn: inout Turn) {
        guard !offeredPlan, let store, let plan = try? store.safetyPlan(), plan.isEmpty else { return }
        offeredPlan = true
        turn.reply += "\nWhen you feel ready, we could make a safety plan together: a short list in your own words for the hard moments. Type /plan to start."
    }
}
