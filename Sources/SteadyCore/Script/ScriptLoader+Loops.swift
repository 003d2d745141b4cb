/// Finding steps that lead round to each other without waiting for the person (ST0027).
extension ScriptLoader {
    /// One diagnostic per loop of steps none of which waits for input.
    ///
    /// A step with a `call:` breaks a loop, since the dialogue it calls may wait.
    static func loopsWithoutInput(_ nodes: [Node], path: String) -> [Diagnostic] {
        let byID = Dictionary(nodes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func onward(_ node: Node) -> [String] {
            guard !node.waitsForInput, !node.next.contains(where: { if case .call = $0.target { true } else { false } }) else {
                return []
            }
            return node.next.compactMap { branch in
                guard case .goto(let id) = branch.target, let target = byID[id], !target.waitsForInput else { return nil }
                return id
            }
        }
        var reported = Set<String>()
        var out: [Diagnostic] = []
        for node in nodes where !reported.contains(node.id) {
            guard let cycle = cycle(from: node.id, onward: { byID[$0].map(onward) ?? [] }) else { continue }
            guard cycle.allSatisfy({ !reported.contains($0) }) else { continue }
            reported.formUnion(cycle)
            let shown = (cycle + [cycle[0]]).map { "'\($0)'" }.joined(separator: " -> ")
            let location = byID[cycle[0]]?.location ?? SourceLocation(file: path, line: 1, column: 1)
            out.append(Diagnostic(.error, .loopWithoutInput, at: location,
                                  "the steps \(shown) go round in a loop without ever waiting for the person",
                                  hint: "give one of these steps a question, options or replies, or a way to end"))
        }
        return out
    }

    /// The first loop back to `start` found by a depth-first walk, as the steps in order.
    private static func cycle(from start: String, onward: (String) -> [String]) -> [String]? {
        var path: [String] = []
        var visited = Set<String>()
        func walk(_ id: String) -> Bool {
            path.append(id)
            for next in onward(id) {
                if next == start { return true }
                if visited.insert(next).inserted, walk(next) { return true }
            }
            path.removeLast()
            return false
        }
        return walk(start) ? path : nil
    }
}
