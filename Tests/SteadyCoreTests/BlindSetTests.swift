import SteadyCore
import SteadyTestSupport
import Testing

/// The blind test sets (Fixtures/blind/README.md), kept as regression tests: messages written by
/// sessions that never read the patterns. The floors are what the safety net reached on each set
/// (raised as it improved); a change may raise them, never lower them. All three sets have been
/// used to improve the cues, so these are development figures: only a set written afterwards
/// measures how the safety net does on unseen messages.
struct BlindSetTests {
    struct Rates: CustomStringConvertible {
        var explicit = 0.0, anyDanger = 0.0, calmCrisis = 0.0, calmCheck = 0.0
        var counts = ""
        var description: String {
            String(format: "explicit danger as crisis %.1f%%, any danger asked or crisis %.1f%%, calm crisis %.1f%%, calm check %.1f%%",
                   explicit * 100, anyDanger * 100, calmCrisis * 100, calmCheck * 100) + " (" + counts + ")"
        }
    }

    static func rates(_ set: String) throws -> Rates {
        try rates(files: ["danger-self", "danger-medical-others", "danger-abuse", "calm-1", "calm-2"].map { "\(set)-\($0)" })
    }

    static func rates(files: [String]) throws -> Rates {
        let library = try ShippedLibrary.library()
        var rows: [[String]] = []
        for name in files {
            rows += try ShippedLibrary.fixture("blind/\(name).tsv")
        }
        let engine = Engine(library: library, region: "UK")
        let (_, fresh) = engine.start(seed: 1)
        func level(_ text: String) -> SafetyNet.Level? {
            var state = fresh
            return engine.respond(to: text, state: &state).safety
        }
        let crisis = rows.filter { $0[0] == "crisis" }, check = rows.filter { $0[0] == "check" }, calm = rows.filter { $0[0] == "calm" }
        let calmLevels = calm.map { level($0[1]) }
        var rates = Rates()
        rates.explicit = Double(crisis.filter { level($0[1]) == .crisis }.count) / Double(crisis.count)
        rates.anyDanger = Double((crisis + check).filter { level($0[1]) != nil }.count) / Double(crisis.count + check.count)
        rates.calmCrisis = Double(calmLevels.filter { $0 == .crisis }.count) / Double(calm.count)
        rates.calmCheck = Double(calmLevels.filter { $0 == .check }.count) / Double(calm.count)
        rates.counts = "\(crisis.count) crisis, \(check.count) check, \(calm.count) calm messages"
        return rates
    }

    /// Measures a set and holds it to its floors (at least) and ceilings (at most).
    static func expect(set: String, explicit: Double, anyDanger: Double, calmCrisis: Double, calmCheck: Double,
                       sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        try expect(try Self.rates(set), named: "blind set \(set.uppercased())", explicit: explicit, anyDanger: anyDanger,
                   calmCrisis: calmCrisis, calmCheck: calmCheck, sourceLocation: sourceLocation)
    }

    static func expect(_ rates: Rates, named name: String, explicit: Double, anyDanger: Double, calmCrisis: Double, calmCheck: Double,
                       sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        print("\(name): \(rates)")
        #expect(rates.explicit >= explicit, "\(rates)", sourceLocation: sourceLocation)
        #expect(rates.anyDanger >= anyDanger, "\(rates)", sourceLocation: sourceLocation)
        #expect(rates.calmCrisis <= calmCrisis, "\(rates)", sourceLocation: sourceLocation)
        #expect(rates.calmCheck <= calmCheck, "\(rates)", sourceLocation: sourceLocation)
    }

    /// Set A: written before the second version and used while its cues were written.
    @Test func developmentSetA() throws {
        try Self.expect(set: "a", explicit: 0.984, anyDanger: 0.967, calmCrisis: 0.01, calmCheck: 0.04)
    }

    /// Set B: written after the first version's cues, measured once unseen (explicit danger as
    /// crisis 60.5%, any danger asked or crisis 56.8%, calm crisis 3.9%, calm check 1.1%), then
    /// used while the second version's cues were written.
    @Test func developmentSetB() throws {
        try Self.expect(set: "b", explicit: 0.987, anyDanger: 0.978, calmCrisis: 0.01, calmCheck: 0.04)
    }

    /// Set C: written after the first version's last change to the cues by sessions that never saw
    /// them, and measured once unseen (explicit danger as crisis 67.1%, any danger asked or crisis
    /// 65.3%, calm crisis 1.9%, calm check 0.5%). Then used as a development set for the cue kinds
    /// that combine an act, who does it and who it is done to (its misses were read and
    /// generalised, never copied): the floors are what that round reached, not unseen figures.
    @Test func developmentSetC() throws {
        try Self.expect(set: "c", explicit: 0.967, anyDanger: 0.974, calmCrisis: 0.005, calmCheck: 0.005)
    }

    /// Set D: written 2026-12-06 by five new sessions after the last change to the cues, and
    /// measured once unseen: these floors and ceilings are that measurement (explicit danger as
    /// crisis 65.5%, any danger asked or crisis 67.4%, calm crisis 4.8%, calm check 1.4%), far from
    /// the development sets' figures. Raise them as the safety net improves, never lower them.
    /// Since then its danger files and `d-calm-1.tsv` were used to write the safety net's fourth
    /// round (its worst misses read and generalised, never copied; `d-calm-2.tsv` was not read):
    /// the floors are what that round reached (74.2%, 74.0%, calm crisis 2.6%), not unseen figures.
    /// The one exception is asking: calm messages asked about are held to the limit of 4%,
    /// not to the 1.4% measured, because a question is the cheap mistake and a round that catches
    /// more danger may ask a little more often. The fifth round used all of set D, `d-calm-2.tsv`
    /// among it, as a development set: 89.0%, 93.8%, calm crisis 1.0%, calm check 1.7%.
    @Test func unseenSetD() throws {
        try Self.expect(set: "d", explicit: 0.889, anyDanger: 0.937, calmCrisis: 0.01, calmCheck: 0.04)
    }

    /// Set E: written 2026-12-06 by five new sessions after the last change to the cues (the fifth
    /// round and the decision fix that followed it), and measured once unseen: these floors and
    /// ceilings are that measurement (explicit danger as crisis 64.2%, any danger asked or crisis
    /// 61.1%, calm crisis 5.7%, calm check 2.6%): the fifth round took set D from 74% to 89% and
    /// carried over to none of it. Calm messages asked about are held to the 4%, as for D.
    /// Raise them as the safety net improves, never lower them.
    @Test func unseenSetE() throws {
        try Self.expect(set: "e", explicit: 0.641, anyDanger: 0.611, calmCrisis: 0.058, calmCheck: 0.04)
    }

    /// Set F: written 2026-12-06 by nine new sessions from the same briefs, after the last change
    /// to the cues and after the first version of the naive Bayes model, and measured once unseen:
    /// the cues alone gave explicit danger as crisis 70.0%, any danger asked or crisis 68.7%, calm
    /// crisis 3.6%, calm check 2.4%; the first model 90.3%, 91.7%, 4.0%, 2.9%. The model was then
    /// changed without reading F (thresholds set on set E and on our own fixtures: it steps aside
    /// where a cue was cancelled or an everyday explanation is given, and raises a crisis only
    /// beside a cue), and these floors are what the merged build gives on F: 81.9%, 89.4%, 3.6%,
    /// 2.6%. Calm messages asked about are held to the 4%. Raise them, never lower them.
    @Test func unseenSetF() throws {
        try Self.expect(set: "f", explicit: 0.819, anyDanger: 0.894, calmCrisis: 0.036, calmCheck: 0.04)
    }

    /// Set G: written 2026-12-06 by nine new sessions from the same briefs (sets A to F and the
    /// training messages added to what they must not read), after the last change to anything
    /// that decides (the merged models), and measured once unseen: explicit danger as crisis
    /// 81.9% (253 of 309), any danger asked or crisis 88.0% (383 of 435), calm crisis 4.8%, calm
    /// asked 4.3% (20 and 18 of 420). The cues alone gave 69.6%, 66.7%, 4.8% and 3.3%. Calm
    /// messages asked about are held to the measured 4.3%, above the 4%: the models ask a
    /// little more often than the cues did. Raise them as the safety net improves, never lower them.
    @Test func unseenSetG() throws {
        try Self.expect(set: "g", explicit: 0.818, anyDanger: 0.880, calmCrisis: 0.048, calmCheck: 0.043)
    }

    /// Set H: written 2026-12-06 by nine new sessions from the same briefs (sets A to G added to
    /// what they must not read), after the last change to anything that decides (the model's
    /// crisis alone, a cue's check raised, one part of a long post asked about; sets F and G
    /// learnt from), and measured once unseen: explicit danger as crisis 85.8% (266 of 310), any
    /// danger asked or crisis 87.8% (382 of 435), calm crisis 5.5%, calm asked 3.6% (23 and 15 of
    /// 420). The cues alone gave 59.4%, 58.4%, 5.2% and 1.4%; the build before these changes
    /// (session 9's) 76.8%, 85.1%, 6.0% and 1.9%. Raise them as the safety net improves, never
    /// lower them.
    @Test func unseenSetH() throws {
        try Self.expect(set: "h", explicit: 0.858, anyDanger: 0.878, calmCrisis: 0.055, calmCheck: 0.036)
    }

    /// Set I: written 2026-12-06 by nine new sessions from the same briefs (sets A to H added to
    /// what they must not read), after the changes to anything that decides but one (session 11:
    /// cues for danger in other words, everyday sayings and work, common withdrawal signs left to
    /// the withdrawal dialogue, the models learnt from A to H; the last cue fix, made while the
    /// writers wrote and before their messages were read, changes nothing on I), and measured once
    /// unseen: explicit danger as crisis 92.3% (286 of 310), any danger asked or crisis 93.6% (407
    /// of 435), calm crisis 2.6%, calm asked 2.9% (11 and 12 of 420). The cues alone gave 67.4%,
    /// 66.4%, 2.4% and 1.7%. Raise them as the safety net improves, never lower them.
    @Test func unseenSetI() throws {
        try Self.expect(set: "i", explicit: 0.922, anyDanger: 0.935, calmCrisis: 0.027, calmCheck: 0.029)
    }

    /// Set J: written 2026-12-07 by nine new sessions from the same briefs (sets A to I added to
    /// what they must not read), after session 11's last change to anything that decides but one
    /// (a clinical review's fixes, the models learnt from A to I; the later one, two everyday
    /// sayings, changes no message of J), and measured once unseen: explicit danger as crisis
    /// 88.7% (275 of 310), any danger asked or crisis 90.6% (394 of 435), calm crisis 4.0%, calm
    /// asked 4.3% (17 and 18 of 420). The cues alone gave 65.5%, 64.6%, 3.8% and 2.9%; session
    /// 10's build 88.1%, 90.1%, 5.7% and 4.0%. Calm messages asked about are held to the measured
    /// 4.3%, above the 4%. Raise them as the safety net improves, never lower them.
    @Test func unseenSetJ() throws {
        try Self.expect(set: "j", explicit: 0.887, anyDanger: 0.905, calmCrisis: 0.041, calmCheck: 0.043)
    }

    /// Set K: written 2026-12-07 by nine new sessions from the same briefs (sets A to J added to
    /// what they must not read), after session 12's last change to anything that decides, and
    /// measured once unseen: explicit danger as crisis 93.2% (289 of 310), any danger asked or
    /// crisis 94.5% (411 of 435), calm crisis 2.6%, calm asked 3.3% (11 and 14 of 420). The cues
    /// alone gave 69.0%, 65.1%, 2.4% and 2.4%; session 11's build 91.3%, 92.2%, 2.6% and 3.6%.
    /// Since session 13 the models learn from it, so the floors are what that reached (98.1%,
    /// 98.2%, 2.6%, 2.6%), not unseen figures. Raise them as the safety net improves, never lower them.
    @Test func unseenSetK() throws {
        try Self.expect(set: "k", explicit: 0.980, anyDanger: 0.981, calmCrisis: 0.027, calmCheck: 0.027)
    }

    /// Set L: written 2026-12-07 by nine new sessions from the same briefs (sets A to K added to
    /// what they must not read), after session 13's last change to anything that decides (the
    /// models learnt from A to K), and measured once unseen: explicit danger as crisis 90.6%, any
    /// danger asked or crisis 94.5%, calm crisis 3.3%, calm asked 2.6% (of 310, 435 and 420). The
    /// cues alone gave 70.3%, 66.9%, 3.3% and 1.2%; session 12's build 90.0%, 94.3%, 3.3% and
    /// 2.1%. Since then read (its misses for the tolerance warning); the floors stay as measured
    /// once. Raise them as the safety net improves, never lower them.
    @Test func unseenSetL() throws {
        try Self.expect(set: "l", explicit: 0.97, anyDanger: 0.99, calmCrisis: 0.003, calmCheck: 0.027)
    }

    /// Set M: written 2026-12-07 by nine new sessions from the same briefs (sets A to L added to
    /// what they must not read), after session 13's last change to anything that decides, and
    /// measured once unseen with the models learnt from A to L: explicit danger as crisis 93.2%,
    /// any danger asked or crisis 94.7%, calm crisis 2.9%, calm asked 2.6% (of 310, 435 and 420).
    /// That retrain was then undone (it moved a mild withdrawal line of SafetyNetTests to the
    /// question), and the final build, models learnt from A to K, gives 92.6%, 94.9%, 2.9% and
    /// 2.6%: the floors. The cues alone gave 65.2%, 64.1%, 2.6% and 1.7%; session 12's build
    /// 92.3%, 94.3%, 2.9% and 2.6%. Raise them as the safety net improves, never lower them.
    /// Since session 14 a development set (its misses read: a negator past a comma, "diet" as a
    /// figure, short lines the model may read, grave signs the model is sure of): 94.2%, 95.9%,
    /// 2.9% and 2.6%.
    @Test func unseenSetM() throws {
        try Self.expect(set: "m", explicit: 0.98, anyDanger: 0.99, calmCrisis: 0.003, calmCheck: 0.027)
    }

    /// Set N: written 2026-12-07 by nine new sessions from briefs written afresh in session 14 (the
    /// earlier briefs were lost with the machine), after session 14's last change to anything that
    /// decides, and measured once unseen: explicit danger as crisis 88.4% (274 of 310), any danger
    /// asked or crisis 90.3% (393 of 435), calm crisis 3.1% (13 of 420), calm asked 2.1% (9). The
    /// cues alone gave 70.0%, 64.6%, 2.4% and 1.2%; session 13's build 88.1%, 90.1%, 3.1% and 2.1%.
    /// Raise them as the safety net improves, never lower them.
    /// Since session 15 a development set (its misses read): 97.1%, 98.4%, 0.5% and 2.1%.
    @Test func unseenSetN() throws {
        try Self.expect(set: "n", explicit: 0.97, anyDanger: 0.983, calmCrisis: 0.005, calmCheck: 0.022)
    }

    /// Set O: written 2026-12-07 by nine new sessions from the same briefs, after the first half of
    /// session 15's changes, and measured once unseen: explicit danger as crisis 90.3% (280 of
    /// 310), any danger asked or crisis 90.1% (392 of 435), calm crisis 3.8% (16 of 420), calm
    /// asked 2.4% (10). The cues alone gave 71.0%, 66.4%, 2.9% and 1.2%; session 14's build 89.4%,
    /// 89.2%, 4.0% and 2.4%. Then read (a development set): 97.7%, 97.0%, 1.9% and 2.9%, the floors.
    @Test func unseenSetO() throws {
        try Self.expect(set: "o", explicit: 0.977, anyDanger: 0.97, calmCrisis: 0.02, calmCheck: 0.029)
    }

    /// Set P: written 2026-12-07 by nine new sessions from the same briefs, after session 15's last
    /// change to what decides but two (a false alarm an older test caught, "my son broke his arm",
    /// and concept entries and an example in place of triggers; neither moves a decision on P),
    /// and measured once unseen: explicit danger as crisis 85.8% (266 of 310), any danger asked or
    /// crisis 88.0% (383 of 435), calm crisis 2.6% (11 of 420), calm asked 2.1% (9). The cues
    /// alone gave 70.0%, 66.2%, 1.9% and 0.7%; session 14's build 84.8%, 86.9%, 2.9% and 2.4%.
    /// Raise the floors as the safety net improves, never lower them.
    /// Session 18 tuned the cues on P to S's misses, so from then on these are no longer unseen
    /// figures, only guards: 86.5%, 89.9%, 1.2% and 2.1% after it. Six calm false crises fewer
    /// (figures of speech, harm long past).
    @Test func unseenSetP() throws {
        try Self.expect(set: "p", explicit: 0.864, anyDanger: 0.898, calmCrisis: 0.012, calmCheck: 0.022)
    }

    /// Set Q: written 2026-12-07 by nine new sessions from the same briefs, after session 16's last
    /// change to what decides but one (a short message with words of shame is not celebrated on the
    /// topic model's word alone; it moves one of Q's routing messages and no safety decision), and
    /// measured once unseen: explicit danger as crisis 86.5% (268 of 310), any danger asked or
    /// crisis 90.3% (393 of 435), calm crisis 1.7% (7 of 420), calm asked 2.6% (11). The cues alone
    /// gave 66.5%, 64.4%, 1.4% and 0.7%; session 15's build the same as this one (the safety net
    /// did not change in session 16). Raise the floors as the safety net improves, never lower them.
    /// Session 18 tuned the cues on P to S's misses, so from then on these are no longer unseen
    /// figures, only guards: 86.5%, 91.0%, 1.0% and 2.9% after it. Of the three calm false crises
    /// fewer, one is asked about instead: a nurse's post about her shift in A&E (a medical
    /// emergency in a message about the writer's job is asked about, by design), so the ceiling
    /// for asking rose by that one message while the one for crises fell by three.
    @Test func unseenSetQ() throws {
        try Self.expect(set: "q", explicit: 0.864, anyDanger: 0.91, calmCrisis: 0.01, calmCheck: 0.029)
    }

    /// Set R: written 2026-12-07 by nine new sessions from the same briefs, after session 16's last
    /// change to what decides, and measured once unseen: explicit danger as crisis 85.5% (265 of
    /// 310), any danger asked or crisis 88.5% (385 of 435), calm crisis 1.2% (5 of 420), calm asked
    /// 2.1% (9). The cues alone gave 66.1%, 64.4%, 0.7% and 1.2%; session 15's build the same as
    /// this one. Raise the floors as the safety net improves, never lower them.
    /// Session 18 tuned the cues on P to S's misses, so from then on these are no longer unseen
    /// figures, only guards: 86.1%, 90.1%, 1.0% and 2.4% after it. One calm false crisis fewer,
    /// moved to asked: a paramedic's post about a quiet shift (the job rule, as in Q), so the
    /// ceiling for asking rose by that one message.
    @Test func unseenSetR() throws {
        try Self.expect(set: "r", explicit: 0.861, anyDanger: 0.901, calmCrisis: 0.01, calmCheck: 0.024)
    }

    /// Set S: written 2026-12-07 by nine new sessions from the same briefs (routing voices
    /// rotated), after session 17's last change to what decides, and measured once unseen:
    /// explicit danger as crisis 88.7% (275 of 310), any danger asked or crisis 89.4% (389 of 435),
    /// calm crisis 2.4% (10 of 420), calm asked 2.4% (10). The cues alone gave 71.9%, 66.9%, 1.4%
    /// and 0.7%; session 15's build the same as this one (the safety net did not change since).
    /// Raise the floors as the safety net improves, never lower them.
    /// Session 18 tuned the cues on P to S's misses, so from then on these are no longer unseen
    /// figures, only guards: 89.7%, 91.7%, 1.9% and 2.4% after it. Two calm false crises fewer.
    @Test func unseenSetS() throws {
        try Self.expect(set: "s", explicit: 0.896, anyDanger: 0.917, calmCrisis: 0.0191, calmCheck: 0.024)
    }

    /// Set T: written 2026-12-07 by nine new sessions from the same briefs (routing voices rotated
    /// again), after session 18's last change to what decides, and measured once unseen: explicit
    /// danger as crisis 88.1% (273 of 310), any danger asked or crisis 89.2% (388 of 435), calm
    /// crisis 2.4% (10 of 420), calm asked 2.1% (9). The cues alone gave 70.0%, 66.0%, 1.4% and
    /// 0.5%. Session 17's build, and session 15's, give the same figures: none of session 18's
    /// new cues, written from the misses of P to S and two development sets, matched any of T's
    /// 855 messages. Raise the floors as the safety net improves, never lower them.
    @Test func unseenSetT() throws {
        try Self.expect(set: "t", explicit: 0.88, anyDanger: 0.891, calmCrisis: 0.024, calmCheck: 0.022)
    }

    /// Set U: written 2026-12-07 by nine new sessions from the same briefs (routing voices rotated
    /// again), after session 19's first change to what decides (taken out again after review; the
    /// build after gives the same figures), and measured once unseen: explicit
    /// danger as crisis 91.6% (284 of 310), any danger asked or crisis 92.4% (402 of 435), calm
    /// crisis 1.9% (8 of 420), calm asked 2.9% (12). The cues alone gave 69.4%, 66.9%, 1.0% and
    /// 1.2%; session 18's build the same as this one (the safety net did not change in session 19).
    /// Raise the floors as the safety net improves, never lower them.
    @Test func unseenSetU() throws {
        try Self.expect(set: "u", explicit: 0.916, anyDanger: 0.924, calmCrisis: 0.0191, calmCheck: 0.0286)
    }

    /// Set V: written 2026-12-07 by nine new sessions from the same briefs (routing voices rotated
    /// again), after session 19's last change to what decides, and measured once unseen: explicit
    /// danger as crisis 91.0% (282 of 310), any danger asked or crisis 89.2% (388 of 435), calm
    /// crisis 1.2% (5 of 420), calm asked 2.4% (10). The cues alone gave 74.2%, 68.5%, 1.2% and
    /// 1.9%; session 18's build the same as this one, session 15's 91.0%, 89.0%, 1.2% and 2.4%.
    /// Raise the floors as the safety net improves, never lower them.
    @Test func unseenSetV() throws {
        try Self.expect(set: "v", explicit: 0.909, anyDanger: 0.891, calmCrisis: 0.012, calmCheck: 0.024)
    }

    /// Session 18's development sets, written by two sessions that read nothing here, to find what
    /// the cues miss in other words: `dev-hope.tsv` (120 lines of hopelessness, burden and feeling
    /// trapped said without the stock phrases, 120 calm lines using the same words in everyday
    /// senses) and `dev-oblique.tsv` (110 crises said obliquely: goodbyes, affairs put in order, a
    /// place and a time; 90 calm lines that look alike). Before session 18's cues: explicit 55.5%,
    /// any danger 60.0%, calm crisis 4.8%, calm asked 13.8% (the calm lines are near misses on
    /// purpose). Used to write the cues, so these are development figures, not unseen ones.
    @Test func developmentSetsOfSession18() throws {
        try Self.expect(try Self.rates(files: ["dev-hope", "dev-oblique"]), named: "development sets of session 18",
                        explicit: 0.618, anyDanger: 0.869, calmCrisis: 0.048, calmCheck: 0.148)
    }
}
