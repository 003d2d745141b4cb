/// How cues combine into a finding. One table of rules, read top to bottom; every rule names the
/// cues it needs, and `steady explain` shows which one fired.
extension SafetyNet {
    /// Cues that state danger on their own, and what they mean.
    static let alone: [(Cue, Level, Category)] = [
        (.wish, .crisis, .suicide), (.act, .crisis, .suicide), (.unsafe, .crisis, .suicide),
        (.selfHarm, .crisis, .selfHarm), (.medical, .crisis, .overdose), (.withdrawal, .crisis, .withdrawal),
        (.abuse, .crisis, .abuse), (.harmOthers, .crisis, .harmOthers),
        (.hopelessness, .check, .suicide), (.burden, .check, .suicide), (.finality, .check, .suicide),
        (.means, .check, .suicide), (.medicalQuestion, .check, .overdose), (.unsafeHome, .check, .abuse),
        (.violence, .check, .abuse), (.ingested, .check, .overdose),
        (.plan, .crisis, .suicide),
    ]

    /// Cues that state danger together, near each other: at most `nearness` sentences apart (0:
    /// the same sentence). Most make a crisis; worrying changes in someone make a check.
    static let together: [(cue: Cue, partners: [Cue], level: Level, category: Category, words: String, nearness: Int)] = [
        (.means, [.readiness, .decision, .finality, .hopelessness, .burden], .crisis, .suicide, "a means beside", 2),
        (.finality, [.readiness, .decision, .hopelessness, .burden, .finality], .crisis, .suicide, "a goodbye beside", 2),
        (.hopelessness, [.decision], .crisis, .suicide, "hopelessness beside", 2),
        (.burden, [.decision], .crisis, .suicide, "being a burden beside", 2),
        (.decision, [.decision], .crisis, .suicide, "a decision beside", 1),
        // "made up my mind ... tonight": a decision with a time, as a plan stated plainly ("i have
        // a plan", "going to do it tonight"), is danger stated.
        (.decision, [.readiness], .crisis, .suicide, "a decision beside", 1),
        (.stopped, [.withdrawalSign], .crisis, .withdrawal, "stopping suddenly beside", 3),
        (.took, [.bodySign], .crisis, .overdose, "a substance taken beside", 2),
        (.bodySign, [.bodySign], .crisis, .overdose, "a sign of a body in danger beside", 1),
        (.ingested, [.child, .bodySign], .crisis, .overdose, "something swallowed beside", 2),
        (.impaired, [.child], .crisis, .abuse, "someone drunk or high beside", 2),
        (.unsafeHome, [.unsafeHome, .child], .crisis, .abuse, "a sign of control or fear at home beside", 2),
        (.violence, [.aggressor], .crisis, .abuse, "an act of violence or control by", 0),
        (.worry, [.worry, .impaired, .took, .means], .check, .someoneElse, "a worrying change beside", 2),
    ]

    /// The kinds of crisis that a sign of hyperbole ("lol", "hungover", a song's lyrics) beside the
    /// cues lowers to the question, whether one cue found it or a pair.
    static let loweredByHyperbole: Set<Category> = [.suicide, .harmOthers, .abuse]

    /// A nurse's shift or a first-aid course: in a message about the writer's work, a medical
    /// emergency is asked about rather than taken as a crisis.
    static func isAskedAtWork(_ level: Level, _ category: Category, _ hit: CueHit) -> Bool {
        hit.atWork && level == .crisis && category.isEmergency
    }

    /// Every finding the cues make, strongest first: crises before checks, and among crises those
    /// where a life may be in danger this minute first.
    func judge(_ hits: [CueHit], _ message: Message) -> [Finding] {
        let findings = judgeCues(hits)
        guard let learnt = modelFinding(message, hits: hits, after: findings) else { return findings }
        return [learnt] + findings
    }

    /// The findings of the cues alone, strongest first.
    func judgeCues(_ hits: [CueHit]) -> [Finding] {
        let live = hits.filter { $0.cancelled == nil }
        guard !live.isEmpty else { return [] }
        var findings: [Finding] = []
        for hit in live {
            guard let rule = Self.alone.first(where: { $0.0 == hit.cue }) else { continue }
            var (level, category) = (rule.1, rule.2)
            if hit.aboutSomeoneElse, category == .suicide || category == .selfHarm { category = .someoneElse }
            if hit.hyperbolic, level == .crisis, Self.loweredByHyperbole.contains(category) { level = .check }
            let atWork = Self.isAskedAtWork(level, category, hit)
            if atWork { level = .check }
            let why = level == .check && rule.1 == .crisis
                ? "\(hit.cue.rawValue) beside \(atWork ? "talk of work" : "a sign of hyperbole")" : "\(hit.cue.rawValue) on its own"
            findings.append(Finding(level: level, category: category, cues: [hit], reason: why))
        }
        for (first, partners, level, category, words, nearness) in Self.together {
            for hit in live where hit.cue == first {
                guard let partner = live.first(where: {
                    partners.contains($0.cue) && abs($0.sentence - hit.sentence) <= nearness && !$0.span.overlaps(hit.span)
                        && $0.words != hit.words
                })
                else { continue }
                let who: Category = hit.aboutSomeoneElse && category == .suicide ? .someoneElse : category
                let pair = [hit, partner].sorted { $0.span.lowerBound < $1.span.lowerBound }
                let atWork = Self.isAskedAtWork(level, who, hit)
                // "i'll strangle my brother if he eats my yoghurt again lol": a pair beside a sign of
                // hyperbole is asked about, as a single cue would be.
                let hyperbolic = level == .crisis && hit.hyperbolic && partner.hyperbolic && Self.loweredByHyperbole.contains(who)
                let lowered = atWork || hyperbolic
                findings.append(Finding(level: lowered ? .check : level, category: who, cues: pair,
                                        reason: "\(words) \(partner.cue.rawValue)" + (atWork ? ", beside talk of work" : hyperbolic ? ", beside a sign of hyperbole" : "")))
            }
        }
        let child = live.contains { $0.cue == .child }
        for i in findings.indices { findings[i].involvesChild = child }
        return findings.sorted { a, b in
            if a.level != b.level { return a.level > b.level }
            if a.category.isEmergency != b.category.isEmergency { return a.category.isEmergency }
            return (a.cues.first?.span.lowerBound ?? 0) < (b.cues.first?.span.lowerBound ?? 0)
        }
    }

    /// What a message holds besides its cues: figures of speech, words about the past, signs of
    /// hyperbole, where its sentences and clauses begin. Found once, when a cue first matches.
    struct Reading {
        let message: Message
        let net: SafetyNet
        let figures: [(String, Range<Int>)]
        let past: [(span: Range<Int>, distant: Bool)]
        let hyperbole: [Range<Int>]
        /// Sentences that say the person means it.
        let earnestSentences: Set<Int>
        /// Whether the message speaks of the writer's job or training.
        let atWork: Bool
        /// Where each sentence begins (token positions), the first at 0.
        let sentences: [Int]
        /// Where each clause begins: sentences, and words that start a new clause.
        let clauses: [Int]

        /// Words that begin a new clause, so that a "not" before one does not reach past it.
        static let clauseWords: Set<String> = ["but", "because", "although", "though", "however", "except", "whereas", "yet"]
        /// Words after "and" that begin a new clause: a new subject, or a thing named afresh.
        static let andSubjects: Set<String> = ["i", "he", "she", "they", "we", "you", "the", "my", "his", "her", "their", "now", "there"]
        /// Words after a comma that begin a new clause: those after "and", and a part of the body
        /// named afresh ("my heart won't slow down, chest is crushing").
        static let commaSubjects = andSubjects.union(["chest", "heart", "breathing", "lips", "face", "skin", "throat", "pulse", "everything"])
        /// The first person: a cue after one of these is about the writer.
        static let firstPerson: Set<String> = ["i", "me", "my", "myself", "im"]
        /// Words that begin a clause of their own when they follow a negator.
        static let subjects: Set<String> = ["i", "he", "she", "they", "we", "you"]
        /// People who may be the one at risk: "my friend says she wants to die".
        static let people: Set<String> = [
            "friend", "mate", "son", "daughter", "brother", "sister", "mum", "dad", "father", "mother", "partner",
            "husband", "wife", "boyfriend", "girlfriend", "cousin", "flatmate", "roommate", "housemate", "sponsee",
            "kid", "child", "uncle", "aunt", "grandson", "granddaughter", "colleague", "buddy", "ex", "nan", "gran",
            "grandad", "grandma", "grandpa", "neighbour", "neighbor", "sibling", "teen", "teenager", "student", "pal",
        ]

        init(_ message: Message, net: SafetyNet) {
            self.message = message
            self.net = net
            figures = net.figures.spans(in: message)
            past = net.past.spans(in: message).map { ($0.1, Self.isDistant($0.0)) }
            sentences = [0] + message.normalized.sentenceStarts
            let negators = net.negators
            let tokens = message.tokens
            // "not joking" is no sign of hyperbole.
            hyperbole = net.hyperbole.spans(in: message).map(\.1).filter { span in
                !(max(0, span.lowerBound - 2)..<span.lowerBound).contains { negators.contains(tokens[$0]) }
            }
            var clauses = sentences
            for (i, token) in tokens.enumerated() where Self.clauseWords.contains(token) { clauses.append(i) }
            // "and" begins a clause where a new subject follows it: "clean from self harm for four
            // months and the blade is in my hand" speaks of now after "and".
            for i in tokens.indices.dropLast() where tokens[i] == "and" && Self.andSubjects.contains(tokens[i + 1]) {
                clauses.append(i)
            }
            // So does a comma before one: "now he not move, his face is grey" speaks of his face
            // after it. A list after a comma stays in its clause ("i won't drink, use or hurt myself").
            for i in message.normalized.commaStarts where Self.commaSubjects.contains(tokens[i]) { clauses.append(i) }
            self.clauses = clauses.sorted()
            let sentences = self.sentences
            atWork = !net.work.spans(in: message).isEmpty
            earnestSentences = Set(net.earnest.spans(in: message).map { span in max(0, (sentences.lastIndex { $0 <= span.1.lowerBound }) ?? 0) })
        }

        /// Whether a past marker (its pattern) names a time long gone, not only a change.
        static func isDistant(_ pattern: String) -> Bool {
            ["ago", "when i was", "as a", "back then", "back in", "back when", "years since", ") back", "in my (teens", "(at|aged)", "last (year"].contains { pattern.contains($0) }
        }

        /// Whether the clause after this one says it was done all the same: "you should not stop
        /// benzos cold turkey but i did" is a stop made, whatever the advice said.
        func isDoneAnyway(after clause: Range<Int>) -> Bool {
            let next = message.tokens[clause.upperBound...].prefix(4)
            return next.starts(with: ["but", "i", "did"]) && !next.dropFirst(3).starts(with: ["not"])
                || next.starts(with: ["but", "i", "still", "did"])
        }

        /// Words that make a cue a negation of its own: "nothing to live for", "nobody would miss me".
        static let negativeWords: Set<String> = ["nothing", "nobody", "noone", "none", "no", "never", "nowhere"]
        /// Words after "not" that take the negation themselves: "i do not know, kill myself i guess".
        static let hedges: Set<String> = ["sure", "even", "know", "knowing", "only", "just"]
        /// Things a person goes without: "no drink", "no sleep".
        static let goneWithout: Set<String> = [
            "drink", "drinks", "drinking", "alcohol", "booze", "drugs", "gear", "sleep", "food", "pills", "weed", "coke", "smoking",
            "vaping", "more", "medication", "methadone", "benzos", "xanax", "valium", "heroin", "using",
        ]
        /// Verbs in -ing that carry a negation on to the cue ("not going to", "not thinking about").
        static let carriers: Set<String> = ["going", "trying", "planning", "thinking", "wanting", "feeling", "being", "having", "doing"]

        /// Whether a clause speaks of now: "tonight" or "right now".
        func isNow(_ clause: Range<Int>) -> Bool {
            let tokens = message.tokens
            return clause.contains { i in tokens[i] == "tonight" || tokens[i] == "now" && i > 0 && tokens[i - 1] == "right" }
        }

        /// Whether the person says they mean it, in the cue's sentence or the next.
        func isEarnest(_ sentence: Int) -> Bool { earnestSentences.contains(sentence) || earnestSentences.contains(sentence + 1) }

        func sentence(of position: Int) -> Int { max(0, (sentences.lastIndex { $0 <= position }) ?? 0) }
        func clause(of position: Int) -> Range<Int> {
            let start = clauses.last { $0 <= position } ?? 0
            let end = clauses.first { $0 > position } ?? message.tokens.count
            return start..<end
        }

        /// A cue hit with what the rest of the message makes of it.
        func judged(_ hit: CueHit) -> CueHit {
            var hit = hit
            hit.sentence = sentence(of: hit.span.lowerBound)
            let clause = clause(of: hit.span.lowerBound)
            hit.clause = clause
            if hit.cue.isDanger, let figure = figures.first(where: { $0.1.overlaps(hit.span) }), !isEarnest(hit.sentence) {
                hit.cancelled = "a figure of speech (\(figure.0))"
                return hit
            }
            if let negator = negation(of: hit, in: clause), !isDoneAnyway(after: clause) {
                hit.cancelled = "negated by \u{201C}\(negator)\u{201D}"
                return hit
            }
            // "started cutting again after two years clean": a relapse is about now. Words of the
            // distant past ("years ago", "when i was 15") count after the cue too, and for an
            // overdose; the others ("used to", "months clean") only before it.
            // "three weeks without cutting and tonight i cut deep": tonight, or right now, is about
            // now whatever came before it; only words of the distant past still count beside it.
            let now = isNow(clause)
            if past.contains(where: { marker in
                clause.contains(marker.span.lowerBound)
                    && (marker.distant || !now && hit.cue != .medical && marker.span.lowerBound < hit.span.lowerBound)
            }), !message.tokens[clause].contains("again") {
                hit.cancelled = "about the past"
                return hit
            }
            hit.hyperbolic = !isEarnest(hit.sentence) && hyperbole.contains { sentence(of: $0.lowerBound) == hit.sentence }
            hit.aboutSomeoneElse = isAboutSomeoneElse(hit, in: clause)
            hit.atWork = atWork
            // A worrying change is a worry about someone else: "relapsed, used again" about the
            // writer raises nothing, "my partner relapsed" does.
            if hit.cue == .worry, !hit.aboutSomeoneElse, !namesSomeoneElse(beside: hit, in: clause) {
                hit.cancelled = "about the writer, not someone else"
            }
            return hit
        }

        /// The negator that cancels a cue, if any: "not", "never" or "no" shortly before it in its
        /// clause. A negator inside the cue is part of what it says ("i do not want to live"), and
        /// one before "stop" affirms it ("i can not stop cutting", "he will not stop hitting me").
        func negation(of hit: CueHit, in clause: Range<Int>) -> String? {
            guard !hit.cue.isContext else { return nil }
            let tokens = message.tokens
            // "not that i would ever hurt myself": a denial that reaches over its subject.
            let denial = max(clause.lowerBound, hit.span.lowerBound - SafetyNet.negationWindow - 3)
            if denial + 1 < hit.span.lowerBound, (denial..<(hit.span.lowerBound - 2)).contains(where: {
                tokens[$0] == "not" && tokens[$0 + 1] == "that" && Self.firstPerson.contains(tokens[$0 + 2])
            }) {
                return "not that"
            }
            // A cue that is a negation itself is not undone by another ("my life has no sense,
            // nothing to live for"): a chat message doubles its negatives, it does not cancel them.
            if Self.negativeWords.contains(tokens[hit.span.lowerBound]) { return nil }
            let from = max(clause.lowerBound, hit.span.lowerBound - SafetyNet.negationWindow)
            guard from < hit.span.lowerBound else { return nil }
            for i in from..<hit.span.lowerBound where net.negators.contains(tokens[i]) {
                let between = tokens[(i + 1)..<hit.span.lowerBound]
                if between.contains(where: { ["stop", "stops", "stopping", "help"].contains($0) }) { continue }
                // A new subject starts a new clause: "it is not that bad, he only pushed me".
                if between.contains(where: Self.subjects.contains) || Self.subjects.contains(tokens[hit.span.lowerBound]) { continue }
                // Another verb takes the negation: "eyes open, not blinking, barely breathing".
                if between.contains(where: { $0.hasSuffix("ing") && !Self.carriers.contains($0) }) { continue }
                // "not sure i want to live", "i do not know, kill myself": a hedge, not a denial.
                if i + 1 < tokens.count, Self.hedges.contains(tokens[i + 1]) { continue }
                // "no, i want to die": an answer before the statement.
                if tokens[i] == "no", i + 1 < tokens.count, tokens[i + 1] == "i" { continue }
                // "no drink since sunday, seeing rats on the ceiling": "no" before a thing goes
                // without that thing, and negates nothing after it.
                if tokens[i] == "no", i + 1 < hit.span.lowerBound, Self.goneWithout.contains(tokens[i + 1]) { continue }
                return tokens[i]
            }
            return nil
        }

        /// Whether a cue without its own subject sits in a message about someone else: no first
        /// person before it in its clause, and another person named in its sentence or the one before.
        func namesSomeoneElse(beside hit: CueHit, in clause: Range<Int>) -> Bool {
            let tokens = message.tokens
            if tokens[clause.lowerBound..<hit.span.lowerBound].contains(where: Self.firstPerson.contains) { return false }
            let from = sentences[max(0, hit.sentence - 1)]
            let to = hit.sentence + 1 < sentences.count ? sentences[hit.sentence + 1] : tokens.count
            return (from..<to).contains { i in Self.thirdPerson.contains(tokens[i]) || isParticularPerson(at: i) }
        }

        /// Whether a token is a person made particular by the word before it: "my friend", "the kid".
        func isParticularPerson(at i: Int) -> Bool {
            i > 0 && Self.people.contains(message.tokens[i]) && Self.possessives.contains(message.tokens[i - 1])
        }

        /// Whether a token names another person as a subject: "she", "my flatmate".
        func isOtherSubject(at i: Int) -> Bool {
            Self.otherSubjects.contains(message.tokens[i]) || isParticularPerson(at: i)
        }

        /// Another person as the subject: "she wants to die".
        static let otherSubjects: Set<String> = ["he", "she", "they", "hes", "shes"]
        /// Words that name another person as the subject or the owner.
        static let thirdPerson: Set<String> = ["he", "she", "they", "hes", "shes", "his", "her", "him", "them", "their", "himself", "herself", "themselves"]
        /// Words before a person that make them a particular one: "my friend", "the kid".
        static let possessives: Set<String> = ["my", "our", "a", "his", "her", "their", "the"]

        /// Whether the person at risk is someone else: the cue names them ("kill herself"), or
        /// another person is the last one named before it in its clause.
        func isAboutSomeoneElse(_ hit: CueHit, in clause: Range<Int>) -> Bool {
            let tokens = message.tokens
            if tokens[hit.span].contains(where: { ["himself", "herself", "themselves", "themself"].contains($0) }) { return true }
            if tokens[hit.span].contains(where: Self.firstPerson.contains) { return false }
            // The cue names them as its subject: "my flatmate is cutting".
            if hit.span.contains(where: isOtherSubject) { return true }
            var i = hit.span.lowerBound - 1
            while i >= clause.lowerBound {
                if Self.firstPerson.contains(tokens[i]) { return false }
                if isOtherSubject(at: i) { return true }
                i -= 1
            }
            return false
        }
    }
}

extension SafetyNet.Cue {
    /// Cues that only describe the situation (who, where, when): never negated on their own.
    var isContext: Bool {
        switch self {
        case .child, .impaired, .readiness, .aggressor: true
        default: false
        }
    }

    /// Cues a figure of speech can be mistaken for; not those that only say what happened
    /// ("cutting down the drinking" is a figure for self-harm, not for stopping).
    var isDanger: Bool {
        switch self {
        case .child, .impaired, .readiness, .stopped, .took, .aggressor: false
        default: true
        }
    }
}
