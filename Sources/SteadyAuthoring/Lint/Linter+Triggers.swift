import SteadyCore

/// Rules about triggers across dialogues: one that can never win because another always
/// outranks it (ST0022), and two between which only file order decides (ST0023).
extension Linter {
    /// - Parameter only: the index of the one dialogue whose triggers are checked (all when nil).
    func triggerFindings(_ library: Library, only: Int? = nil) -> [Diagnostic] {
        let entries = library.router.entries
        let sampler = PatternSampler(concepts: library.concepts)
        var samples: [Int: [Message]] = [:]
        func messages(_ index: Int) -> [Message] {
            if let cached = samples[index] { return cached }
            let pattern = entries[index].pattern
            let made = sampler.samples(pattern)
                .map { library.message($0.joined(separator: " ")) }
                .filter { pattern.match($0) != nil }
            samples[index] = made
            return made
        }

        var out: [Diagnostic] = []
        var reportedShadowed = Set<Int>()
        var reportedPairs = Set<[Int]>()
        for (a, entry) in entries.enumerated() where only == nil || entry.dialogue == only {
            for (b, other) in entries.enumerated() where b != a && other.dialogue != entry.dialogue {
                guard !reportedShadowed.contains(a), Self.mayImply(entry.pattern, other.pattern) else { continue }
                let sampled = messages(a)
                guard !sampled.isEmpty, sampled.allSatisfy({ other.pattern.match($0) != nil }) else { continue }
                let mine = library.dialogues[entry.dialogue], theirs = library.dialogues[other.dialogue]
                let trigger = mine.triggers[entry.trigger], rival = theirs.triggers[other.trigger]
                if other.priority != entry.priority || other.specificity != entry.specificity {
                    guard Router.ranks(other, before: entry) else { continue }
                    reportedShadowed.insert(a)
                    let why = other.priority != entry.priority
                        ? "its priority \(other.priority) is above \(entry.priority)"
                        : "it is more specific (\(other.specificity) words or concepts against \(entry.specificity))"
                    out.append(Diagnostic(
                        .warning, .shadowedTrigger, at: trigger.location,
                        "the trigger \"\(trigger.source)\" can never win: every message it matches also matches "
                            + "\"\(rival.source)\" of '\(theirs.id)' (\(rival.location)), and \(why)",
                        hint: "remove this trigger, or make it more specific than the other one"))
                } else {
                    let pair = [min(entry.order, other.order), max(entry.order, other.order)]
                    guard reportedPairs.insert(pair).inserted else { continue }
                    let (later, laterDialogue, earlier, earlierDialogue) = entry.order > other.order
                        ? (trigger, mine, rival, theirs) : (rival, theirs, trigger, mine)
                    if entry.order > other.order { reportedShadowed.insert(a) }
                    out.append(Diagnostic(
                        .warning, .fileOrderDecides, at: later.location,
                        "only file order decides between \"\(later.source)\" of '\(laterDialogue.id)' and "
                            + "\"\(earlier.source)\" of '\(earlierDialogue.id)' (\(earlier.location)): "
                            + "they have the same priority and specificity, and one matches whatever the other matches",
                        hint: "give one dialogue a higher priority, or make one trigger more specific"))
                }
            }
        }
        return out
    }

    /// A quick test that rules out most pairs: whether every message `a` matches could match `b`.
    static func mayImply(_ a: Pattern, _ b: Pattern) -> Bool {
        if b.anchoredStart && !a.anchoredStart { return false }
        if b.anchoredEnd && !a.anchoredEnd { return false }
        // A message `a` matches may contain anything `a` does not exclude.
        if !b.exclusions.allSatisfy(a.exclusions.contains) { return false }
        let aWords = a.words
        return b.requiredWords.allSatisfy(aWords.contains)
    }
}
