import SteadyCore

extension Linter {
    /// Which dialogues call which, and the variables each one sets.
    struct CallGraph: Sendable {
        private var callees: [String: Set<String>] = [:]
        private var callers: [String: Set<String>] = [:]
        /// The variables each dialogue sets with `ask.into` or `set`.
        private(set) var variablesSet: [String: Set<String>] = [:]

        init(_ dialogues: [Dialogue]) {
            for dialogue in dialogues {
                var sets = Set<String>()
                for node in dialogue.nodes.values {
                    if let into = node.ask?.into { sets.insert(into) }
                    sets.formUnion(Linter.entrySets(node).keys)
                    for (target, _) in ScriptLoader.targets(of: node) {
                        if case .call(let id) = target {
                            callees[dialogue.id, default: []].insert(id)
                            callers[id, default: []].insert(dialogue.id)
                        }
                    }
                }
                variablesSet[dialogue.id] = sets
            }
        }

        /// Every dialogue that calls this one, directly or through others.
        func allCallers(of id: String) -> Set<String> { closure(from: id, along: callers) }

        /// Every dialogue this one calls, directly or through others.
        func allCallees(of id: String) -> Set<String> { closure(from: id, along: callees) }

        /// The variables that dialogues joined to this one by calls set, either way round.
        func variablesFromOthers(of id: String) -> Set<String> {
            allCallers(of: id).union(allCallees(of: id)).subtracting([id])
                .reduce(into: Set<String>()) { $0.formUnion(variablesSet[$1] ?? []) }
        }

        private func closure(from id: String, along edges: [String: Set<String>]) -> Set<String> {
            var seen = Set<String>()
            var queue = Array(edges[id] ?? [])
            while let next = queue.popLast() {
                guard seen.insert(next).inserted else { continue }
                queue.append(contentsOf: edges[next] ?? [])
            }
            return seen
        }
    }
}
