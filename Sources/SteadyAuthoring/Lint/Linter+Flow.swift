import SteadyCore

/// Rules about a dialogue's shape: steps no path reaches (ST0013) and steps from which no path
/// reaches an end (ST0014).
extension Linter {
    func flowFindings(_ dialogue: Dialogue) -> [Diagnostic] {
        let reachable = Self.reachableNodes(dialogue)
        var out: [Diagnostic] = []
        for id in dialogue.nodeOrder where !reachable.contains(id) {
            guard let node = dialogue.nodes[id] else { continue }
            out.append(Diagnostic(
                .warning, .unreachableNode, at: node.location,
                "no path reaches the step '\(id)' in '\(dialogue.id)'",
                hint: "lead to it with 'goto: \(id)' from another step, or remove it"))
        }
        let canEnd = Self.nodesThatCanEnd(dialogue)
        for id in dialogue.nodeOrder where reachable.contains(id) && !canEnd.contains(id) {
            guard let node = dialogue.nodes[id] else { continue }
            let onward = Self.nodesReachable(from: id, in: dialogue).subtracting([id])
            let names = dialogue.nodeOrder.filter { onward.contains($0) }
            let message: String
            if names.isEmpty {
                message = "the step '\(id)' has no way on and never ends the dialogue"
            } else {
                let listed = names.prefix(4).map { "'\($0)'" }.joined(separator: ", ") + (names.count > 4 ? ", ..." : "")
                message = "no path from the step '\(id)' reaches an end; it only leads round through \(listed)"
            }
            out.append(Diagnostic(
                .error, .noWayOut, at: node.location, message,
                hint: "give one of these steps 'end: true', or a way on that leads to one"))
        }
        return out
    }

    /// The steps a path from the start reaches through goto.
    static func reachableNodes(_ dialogue: Dialogue) -> Set<String> {
        nodesReachable(from: dialogue.start, in: dialogue)
    }

    /// The steps reachable from one step through goto, the step itself included.
    static func nodesReachable(from start: String, in dialogue: Dialogue) -> Set<String> {
        var seen = Set<String>()
        var queue = [start]
        while let id = queue.popLast() {
            guard dialogue.nodes[id] != nil, seen.insert(id).inserted, let node = dialogue.nodes[id] else { continue }
            queue.append(contentsOf: gotoTargets(of: node))
        }
        return seen
    }

    /// The steps a step can go to directly.
    static func gotoTargets(of node: Node) -> [String] {
        ScriptLoader.targets(of: node).compactMap { target, _ in
            if case .goto(let id) = target { return id }
            return nil
        }
    }

    /// Whether a step can end the dialogue itself: an `end: true`, or nothing certain after it.
    static func endsDirectly(_ node: Node) -> Bool {
        ScriptLoader.targets(of: node).contains(where: { $0.0 == .end }) || fallsThrough(node)
    }

    /// Whether the dialogue can end after a step without an `end: true`: nothing comes after
    /// it, or none of its `next` branches is certain to be taken.
    public static func fallsThrough(_ node: Node) -> Bool {
        if !node.next.isEmpty {
            // A call returns and the branches after it are tried, so it is not a way on by itself.
            return !node.next.contains { branch in
                if case .call = branch.target { return false }
                return branch.condition == nil
            }
        }
        guard node.waitsForInput else { return true }
        // An answer to the question, or a reply that leads nowhere, goes on through `next`.
        return node.ask != nil || node.replies.contains { $0.target == nil }
    }

    /// The steps from which some path reaches an end.
    static func nodesThatCanEnd(_ dialogue: Dialogue) -> Set<String> {
        var result = Set(dialogue.nodes.values.filter(endsDirectly).map(\.id))
        var changed = true
        while changed {
            changed = false
            for (id, node) in dialogue.nodes where !result.contains(id) {
                if gotoTargets(of: node).contains(where: result.contains) {
                    result.insert(id)
                    changed = true
                }
            }
        }
        return result
    }
}
