import SteadyCore
import Foundation

/// Rules about variables: read but never set (ST0015), read before a path sets them (ST0021),
/// and compared with a value of another kind (ST0016).
extension Linter {
    /// One place a dialogue reads a variable.
    struct VariableRead {
        enum Moment {
            /// When the step is entered: its lines and effects.
            case entry
            /// After the step's question is answered: its `next` conditions.
            case afterAnswer
            /// After one of the step's replies matched: the reply's lines.
            case reply
        }

        var name: String
        var node: String
        var moment: Moment
        var location: SourceLocation
    }

    func variableFindings(_ dialogue: Dialogue, calls: CallGraph, library: Library) -> [Diagnostic] {
        let own = calls.variablesSet[dialogue.id] ?? []
        // The `heard_` variables come from the message the dialogue began with, and may be unset;
        // the engine sets a few of its own (`tolerance_said`).
        let others = calls.variablesFromOthers(of: dialogue.id).union(Understanding.Reflected.variables)
            .union(Engine.engineVariables)
        let known = own.union(others)
        let reachable = Self.reachableNodes(dialogue)
        let setBefore = Self.definitelySet(dialogue)
        var out: [Diagnostic] = []

        for read in Self.reads(dialogue) {
            if !known.contains(read.name) {
                let suggestion = DidYouMean.nearest(read.name, in: known.sorted())
                out.append(Diagnostic(
                    .error, .undefinedVariable, at: read.location,
                    "nothing sets the variable '\(read.name)' in '\(dialogue.id)' or the dialogues it calls or is called from",
                    hint: suggestion.map { "did you mean '\($0)'?" }
                        ?? "set it with 'ask: { kind: text, into: \(read.name) }' or 'set: { \(read.name): ... }'"))
                continue
            }
            guard !others.contains(read.name), reachable.contains(read.node), let node = dialogue.nodes[read.node],
                let before = setBefore[read.node]
            else { continue }
            var available = before.union(Self.entrySets(node).keys)
            if read.moment == .afterAnswer, let into = node.ask?.into { available.insert(into) }
            if !available.contains(read.name) {
                out.append(Diagnostic(
                    .warning, .readBeforeSet, at: read.location,
                    "'\(read.name)' may be read before it is set: a path from the start reaches here without setting it",
                    hint: "set '\(read.name)' on every path that leads here, or check for it first with 'when: \(read.name) != \"\"'"))
            }
        }
        out += typeFindings(dialogue, calls: calls, library: library)
        out += acknowledgeFindings(dialogue)
        return out
    }

    /// An `acknowledge:` line may use only what was understood from the first message
    /// (`{stressor}`, `{person}`, `{when}`, `{habit}`), and needs at least one of them.
    func acknowledgeFindings(_ dialogue: Dialogue) -> [Diagnostic] {
        let allowed = Understanding.Reflected.names.sorted()
        var out: [Diagnostic] = []
        for line in dialogue.acknowledge {
            let names = Placeholder.names(in: line.value)
            for name in names where !Understanding.Reflected.names.contains(name) {
                out.append(Diagnostic(
                    .error, .undefinedVariable, at: line.location,
                    "an acknowledge line can use only what was understood from the message, and '\(name)' is not one of them",
                    hint: DidYouMean.nearest(name, in: allowed).map { "did you mean '\($0)'?" }
                        ?? "use " + allowed.map { "{\($0)}" }.joined(separator: ", ")))
            }
            if names.isEmpty {
                out.append(Diagnostic(
                    .error, .undefinedVariable, at: line.location,
                    "an acknowledge line needs at least one of " + allowed.map { "{\($0)}" }.joined(separator: ", "),
                    hint: "it is said only when the message carried what it names"))
            }
        }
        return out
    }

    /// Every variable the dialogue reads, and where.
    static func reads(_ dialogue: Dialogue) -> [VariableRead] {
        var out: [VariableRead] = []
        for id in dialogue.nodeOrder {
            guard let node = dialogue.nodes[id] else { continue }
            let entryTexts = node.say + node.effects.flatMap { effect in effect.parameters.keys.sorted().compactMap { effect.parameters[$0] } }
            for name in Self.unique(entryTexts.flatMap { Placeholder.names(in: $0) }) {
                out.append(VariableRead(name: name, node: id, moment: .entry, location: node.location))
            }
            for reply in node.replies {
                for name in Self.unique(reply.say.flatMap { Placeholder.names(in: $0) }) {
                    out.append(VariableRead(name: name, node: id, moment: .reply, location: reply.location))
                }
            }
            for branch in node.next {
                for name in (branch.condition?.variables ?? []).sorted() {
                    out.append(VariableRead(name: name, node: id, moment: .afterAnswer, location: branch.location))
                }
            }
        }
        return out
    }

    /// The variables a step sets when it is entered: its `set:` and the effects that store a
    /// result (`feedback` into `into:`, `pick_response` into the variable it names).
    static func entrySets(_ node: Node) -> [String: ValueKind] {
        var out = node.sets.mapValues(ValueKind.init)
        for effect in node.effects {
            switch effect.type {
            case "feedback":
                if let into = effect.parameters["into"], !into.isEmpty { out[into] = .text }
            case "pick_response":
                if let name = effect.parameters["value"], !name.isEmpty {
                    let choices = (effect.parameters["from"] ?? "").split(separator: "|")
                        .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                    out[name] = choices.isEmpty ? .text : .choice(choices)
                }
            default:
                break
            }
        }
        return out
    }

    static func unique(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }

    /// For each reachable step, the variables every path from the start has set on arrival.
    static func definitelySet(_ dialogue: Dialogue) -> [String: Set<String>] {
        var arriving: [String: Set<String>] = [dialogue.start: []]
        var queue = [dialogue.start]
        func arrive(_ id: String, with set: Set<String>) {
            guard dialogue.nodes[id] != nil else { return }
            let merged = arriving[id].map { $0.intersection(set) } ?? set
            if merged != arriving[id] {
                arriving[id] = merged
                queue.append(id)
            }
        }
        while let id = queue.popLast() {
            guard let node = dialogue.nodes[id], let before = arriving[id] else { continue }
            let entered = before.union(entrySets(node).keys)
            for option in node.options { if case .goto(let target) = option.target { arrive(target, with: entered) } }
            for reply in node.replies { if case .goto(let target)? = reply.target { arrive(target, with: entered) } }
            let answered = node.ask?.into.map { entered.union([$0]) } ?? entered
            for branch in node.next { if case .goto(let target) = branch.target { arrive(target, with: answered) } }
        }
        return arriving
    }
}
