import SteadyCore

/// The rule about clinical notes (ST0030): a dialogue with no section in the docs/CLINICAL.md
/// beside its folder, so its technique, evidence and risks go unwritten.
extension Linter {
    func clinicalFindings(_ library: Library) -> [Diagnostic] {
        guard !clinicalNotes.isEmpty else { return [] }
        var out: [Diagnostic] = []
        for dialogue in library.dialogues {
            guard let notes = clinicalNotes.first(where: { $0.covers(file: dialogue.location.file) }),
                !notes.ids.contains(dialogue.id)
            else { continue }
            out.append(Diagnostic(
                .warning, .noClinicalNotes, at: dialogue.location,
                "'\(dialogue.id)' has no section in \(notes.path)",
                hint: "add '## \(dialogue.id)' to \(notes.path): the technique, its evidence and the risks it guards against"))
        }
        return out
    }
}
