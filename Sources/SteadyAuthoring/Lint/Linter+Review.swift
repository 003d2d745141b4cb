import SteadyCore

/// The rule about clinical sign-off (ST0026): a dialogue's text changed after it was reviewed.
extension Linter {
    func reviewFindings(_ library: Library) -> [Diagnostic] {
        var texts: [String: String] = [:]
        for source in sources where texts[source.path] == nil { texts[source.path] = source.text }
        var out: [Diagnostic] = []
        for dialogue in library.dialogues {
            guard let review = dialogue.review, let text = texts[dialogue.location.file] else { continue }
            let current = SignOff.hash(of: text)
            guard current.lowercased() != review.hash.lowercased() else { continue }
            out.append(Diagnostic(
                .warning, .reviewOutdated, at: review.location,
                "the text of '\(dialogue.id)' has changed since \(review.by) reviewed it",
                hint: "ask \(review.by) to look at it again, then run: steady lint --sign-off \"\(review.by)\" \(dialogue.location.file)"))
        }
        return out
    }
}
