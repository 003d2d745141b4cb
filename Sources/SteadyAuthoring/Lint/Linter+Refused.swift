import SteadyCore

/// Flow rules for dialogue files that were refused, so that an author fixes a file in one pass:
/// a misspelled key does not hide the step nothing reaches in the same file.
extension Linter {
    /// The flow findings (ST0013, ST0014) of every dialogue file that did not load, read as far
    /// as it could be read.
    func refusedFileFindings(only file: String? = nil) -> [Diagnostic] {
        let loaded = Set(library?.dialogues.map(\.location.file) ?? [])
        var out: [Diagnostic] = []
        for source in sources where (file == nil || source.path == file) && !loaded.contains(source.path)
            && ScriptLoader.kind(of: source.text) == .dialogue
        {
            guard let partial = ScriptLoader.loadDialogue(source, partial: true).0, partial.nodes[partial.start] != nil
            else { continue }
            // A step that leads to a missing step is already reported (ST0006); whether it can
            // end is not known until the name is fixed.
            let broken = Set(partial.nodes.values.filter { node in
                Self.gotoTargets(of: node).contains { partial.nodes[$0] == nil }
            }.map(\.id))
            let undecided = Set(partial.nodeOrder.filter { id in
                !Self.nodesReachable(from: id, in: partial).isDisjoint(with: broken)
            }.compactMap { partial.nodes[$0]?.location })
            // A step a misspelt goto was probably meant for is reached once the name is fixed.
            let meant = Set(partial.nodes.values.flatMap(Self.gotoTargets(of:)).filter { partial.nodes[$0] == nil }
                .compactMap { DidYouMean.nearest($0, in: partial.nodeOrder) }.compactMap { partial.nodes[$0]?.location })
            out += flowFindings(partial).filter { finding in
                switch finding.code {
                case .noWayOut: !undecided.contains(finding.location)
                case .unreachableNode: !meant.contains(finding.location)
                default: true
                }
            }
        }
        return out
    }
}
