import SteadyCore
import SteadyTestSupport
import Testing

/// The blind routing sets (Fixtures/blind/README.md) kept as regression tests: first messages
/// and long posts written by sessions that never read the patterns. Right is the labelled topic
/// (out-of-scope: the fallback or smalltalk); confident wrong is a coping dialogue for another
/// topic; the rest is an honest fallback. The set-A floors are what the merged routing reached
/// (the confidence together with the six new topics' dialogues; set A predates those topics). When the safety net asks its check first, the route is
/// what follows the answer "No", as the design has it. The floors are what routing reached when the
/// confidence was introduced, raised to what the understanding round with set C as a
/// development set reached (set A was not used to change anything in that round); a change may
/// raise them, never lower them.
struct RoutingBlindSetTests {
    struct Rates: CustomStringConvertible {
        var right = 0.0, confidentWrong = 0.0, count = 0
        var description: String {
            String(format: "right %.1f%%, confident wrong %.1f%% of %d messages", right * 100, confidentWrong * 100, count)
        }
    }

    static func rates(_ files: [String]) throws -> Rates {
        let library = try ShippedLibrary.library()
        let rows = try files.flatMap { try ShippedLibrary.fixture("blind/\($0)") }.filter { $0.count == 2 }
        var right = 0, wrong = 0
        for row in rows {
            let turn = ShippedLibrary.routedTurn(library, row[1])
            let topic = turn.topic?.rawValue
            let ok = row[0] == "out_of_scope" ? (topic == "fallback" || topic == "smalltalk") && !turn.crisis
                : topic == row[0] && !turn.crisis
            if ok { right += 1 } else if !turn.crisis, topic != nil, topic != "fallback" { wrong += 1 }
        }
        return Rates(right: Double(right) / Double(rows.count), confidentWrong: Double(wrong) / Double(rows.count), count: rows.count)
    }

    /// Measures a set and holds it to its size, its floor of right routes and its ceiling of
    /// confident wrong ones.
    static func expect(_ files: [String], named name: String, atLeast count: Int, right: Double, confidentWrong: Double,
                       sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let rates = try Self.rates(files)
        print("\(name): \(rates)")
        #expect(rates.count >= count, sourceLocation: sourceLocation)
        #expect(rates.right >= right, "\(rates)", sourceLocation: sourceLocation)
        #expect(rates.confidentWrong <= confidentWrong, "\(rates)", sourceLocation: sourceLocation)
    }

    @Test func firstMessages() throws {
        try Self.expect(["a-routing-1.tsv", "a-routing-2.tsv"], named: "blind routing, first messages", atLeast: 700, right: 0.67, confidentWrong: 0.071)
    }

    @Test func longPosts() throws {
        try Self.expect(["a-long-posts.tsv"], named: "blind routing, long posts", atLeast: 150, right: 0.458, confidentWrong: 0.036)
    }

    /// Set C: written after the branches' last changes to the triggers, with the six new topics
    /// among its labels; measured once unseen (first messages 56.6% right, 12.1% confident wrong;
    /// long posts 28.8% and 14.4%). Since then a development set: its misses were read and
    /// generalised into concepts, triggers and examples (never copied), so the floors below are
    /// what routing reached with it, not unseen figures.
    @Test func unseenFirstMessagesC() throws {
        try Self.expect(["c-routing-1.tsv", "c-routing-2.tsv", "c-routing-3.tsv"], named: "blind routing C, first messages", atLeast: 600, right: 0.71, confidentWrong: 0.051)
    }

    @Test func unseenLongPostsC() throws {
        try Self.expect(["c-long-posts.tsv"], named: "blind routing C, long posts", atLeast: 150, right: 0.38, confidentWrong: 0.07)
    }

    /// Set D: written 2026-12-06 by new sessions after the last change to triggers, concepts
    /// and examples, and measured once unseen (first messages 60.1% right, 9.2% confident wrong;
    /// long posts 38.1% and 4.4%). Since the fourth routing round a development set like A and C
    /// (its misses were read and generalised into concepts, never copied), so the floors below
    /// are what routing reached with it, not unseen figures.
    @Test func unseenFirstMessagesD() throws {
        try Self.expect(["d-routing-1.tsv", "d-routing-2.tsv", "d-routing-3.tsv"], named: "blind routing D, first messages", atLeast: 600, right: 0.71, confidentWrong: 0.057)
    }

    @Test func unseenLongPostsD() throws {
        try Self.expect(["d-long-posts.tsv"], named: "blind routing D, long posts", atLeast: 150, right: 0.43, confidentWrong: 0.045)
    }

    /// Set E: written 2026-12-06 by new sessions after the last change to triggers, concepts and
    /// examples (the fourth routing round), and measured once unseen: these floors are that
    /// measurement (first messages 59.3% right, 10.1% confident wrong; long posts 38.8% and 7.5%):
    /// the round that took set D from 60% to 72% carried over to none of it. Raise them as routing
    /// improves, never lower them.
    @Test func unseenFirstMessagesE() throws {
        try Self.expect(["e-routing-1.tsv", "e-routing-2.tsv", "e-routing-3.tsv"], named: "blind routing E, first messages", atLeast: 600, right: 0.592, confidentWrong: 0.101)
    }

    @Test func unseenLongPostsE() throws {
        try Self.expect(["e-long-posts.tsv"], named: "blind routing E, long posts", atLeast: 150, right: 0.387, confidentWrong: 0.075)
    }

    /// Set F: written 2026-12-06 by new sessions after the last change to the triggers and after
    /// the first version of the topic model, and measured once unseen: triggers alone gave first
    /// messages 62.7% right and 10.2% confident wrong, long posts 34.4% and 5.0%; the first model
    /// 88.4% and 4.6%, 87.5% and 1.9%. The model was then changed without reading F (it asks when
    /// a long post's two topics are close and the model reads the other one; it leaves triggers of
    /// five words or more alone), and these floors are what the merged build gives on F.
    @Test func unseenFirstMessagesF() throws {
        try Self.expect(["f-routing-1.tsv", "f-routing-2.tsv", "f-routing-3.tsv"], named: "blind routing F, first messages", atLeast: 600, right: 0.895, confidentWrong: 0.062)
    }

    @Test func unseenLongPostsF() throws {
        try Self.expect(["f-long-posts.tsv"], named: "blind routing F, long posts", atLeast: 150, right: 0.762, confidentWrong: 0.013)
    }

    /// Set G: written 2026-12-06 by new sessions after the last change to anything that routes
    /// (the merged topic model), and measured once unseen: first messages 88.9% right, 6.1%
    /// confident wrong; long posts 77.5% and 1.9%. Triggers and examples alone gave 61.6% and
    /// 11.1%, 33.1% and 10.6%. Raise them as routing improves, never lower them.
    @Test func unseenFirstMessagesG() throws {
        try Self.expect(["g-routing-1.tsv", "g-routing-2.tsv", "g-routing-3.tsv"], named: "blind routing G, first messages", atLeast: 600, right: 0.888, confidentWrong: 0.061)
    }

    @Test func unseenLongPostsG() throws {
        try Self.expect(["g-long-posts.tsv"], named: "blind routing G, long posts", atLeast: 150, right: 0.774, confidentWrong: 0.019)
    }

    /// Set H: written 2026-12-06 by new sessions after the last change to anything that routes
    /// (the topic model learnt from sets F and G too), and measured once unseen: first messages
    /// 90.4% right, 4.9% confident wrong (610 and 33 of 675); long posts 75.0% and 2.5% (120 and 4
    /// of 160). Triggers and examples alone gave 58.8% and 9.8%, 35.0% and 9.4%; the build before
    /// (session 9's) 89.6% and 5.2%, 74.4% and 2.5%. Raise them as routing improves, never lower them.
    @Test func unseenFirstMessagesH() throws {
        try Self.expect(["h-routing-1.tsv", "h-routing-2.tsv", "h-routing-3.tsv"], named: "blind routing H, first messages", atLeast: 600, right: 0.903, confidentWrong: 0.049)
    }

    @Test func unseenLongPostsH() throws {
        try Self.expect(["h-long-posts.tsv"], named: "blind routing H, long posts", atLeast: 150, right: 0.75, confidentWrong: 0.025)
    }

    /// Set I: written 2026-12-06 by new sessions after session 11's changes to what routes (the
    /// topic model learnt from set H too; common withdrawal signs reach the withdrawal dialogue
    /// rather than the crisis response; a few smalltalk and eating triggers), and measured once
    /// unseen: first messages 91.4% right, 5.2% confident wrong (617 and 35 of 675); long posts
    /// 84.4% and 0.0% (135 and 0 of 160). Triggers and examples alone gave 57.9% and 11.3%, 42.5% and
    /// 4.4%. Raise them as routing improves, never lower them.
    @Test func unseenFirstMessagesI() throws {
        try Self.expect(["i-routing-1.tsv", "i-routing-2.tsv", "i-routing-3.tsv"], named: "blind routing I, first messages", atLeast: 600, right: 0.914, confidentWrong: 0.052)
    }

    @Test func unseenLongPostsI() throws {
        try Self.expect(["i-long-posts.tsv"], named: "blind routing I, long posts", atLeast: 150, right: 0.843, confidentWrong: 0.0)
    }

    /// Set J: written 2026-12-07 by new sessions after session 11's last change to what routes (a
    /// clinical review's fixes, the topic model learnt from set I too), and measured once unseen:
    /// first messages 93.9% right, 2.8% confident wrong (634 and 19 of 675), the understanding
    /// issue's bar of 92% and 3% met; long posts 79.4% and 1.9% (127 and 3 of 160). Triggers and
    /// examples alone gave 60.7% and 11.7%, 38.1% and 6.9%; session 10's build 91.9% and 4.3%,
    /// 77.5% and 1.9%. Raise them as routing improves, never lower them.
    @Test func unseenFirstMessagesJ() throws {
        try Self.expect(["j-routing-1.tsv", "j-routing-2.tsv", "j-routing-3.tsv"], named: "blind routing J, first messages", atLeast: 600, right: 0.939, confidentWrong: 0.029)
    }

    @Test func unseenLongPostsJ() throws {
        try Self.expect(["j-long-posts.tsv"], named: "blind routing J, long posts", atLeast: 150, right: 0.793, confidentWrong: 0.019)
    }

    /// Set K: written 2026-12-07 by new sessions after session 12's last change to what routes
    /// but one (the topic model learnt from set J too), and measured once unseen: first messages
    /// 93.6% right, 3.4% confident wrong (632 and 23 of 675), above the understanding issue's 3%;
    /// long posts 83.1% and 0.6% (133 and 1 of 160). Triggers and examples alone gave 59.4% and
    /// 10.1%, 38.1% and 3.8%; session 11's build 93.8% and 3.6%, 82.5% and 1.2%. Since session 13
    /// the topic model learns from it, so the floors are what that reached, not unseen figures.
    /// Raise them as routing improves, never lower them.
    @Test func unseenFirstMessagesK() throws {
        try Self.expect(["k-routing-1.tsv", "k-routing-2.tsv", "k-routing-3.tsv"], named: "blind routing K, first messages", atLeast: 600, right: 0.986, confidentWrong: 0.005)
    }

    @Test func unseenLongPostsK() throws {
        try Self.expect(["k-long-posts.tsv"], named: "blind routing K, long posts", atLeast: 150, right: 0.95, confidentWrong: 0.001)
    }

    /// Set L: written 2026-12-07 by new sessions after session 13's last change to what routes
    /// (the topic model learnt from set K too), and measured once unseen: first messages 93.6%
    /// right, 3.6% confident wrong, above the understanding issue's 3%; long posts 83.1% and 0.6%.
    /// Triggers and examples alone gave 58.7% and 9.8%, 39.4% and 6.2%; session 12's build 93.2%
    /// and 4.3%, 81.9% and 1.9%. Since then read (a fallback that offers a slip gives the
    /// tolerance warning); the floors stay as measured once. Raise them as routing improves,
    /// never lower them.
    /// Since session 16 the topic model learns from set L too, so the floors are what that
    /// reached (set Q measures the build unseen).
    @Test func unseenFirstMessagesL() throws {
        try Self.expect(["l-routing-1.tsv", "l-routing-2.tsv", "l-routing-3.tsv"], named: "blind routing L, first messages", atLeast: 600, right: 0.977, confidentWrong: 0.008)
    }

    @Test func unseenLongPostsL() throws {
        try Self.expect(["l-long-posts.tsv"], named: "blind routing L, long posts", atLeast: 150, right: 0.968, confidentWrong: 0.001)
    }

    /// Set M: written 2026-12-07 by new sessions after session 13's last change to what routes,
    /// and measured once unseen with the topic model learnt from A to L: first messages 95.1% right,
    /// 2.1% confident wrong; long posts 86.2% and 0.0%. That retrain was undone; the final build
    /// (models from A to K) gives 94.5% and 2.4%, 86.2% and 0.0%: the floors. Triggers and examples
    /// alone gave 59.4% and 11.0%, 35.0% and 3.8%; session 12's build 94.2% and 3.0%, 85.6% and
    /// 0.0%. Raise them as routing improves, never lower them.
    /// Since session 16 the topic model learns from set M too, so the floors are what that
    /// reached (set Q measures the build unseen).
    @Test func unseenFirstMessagesM() throws {
        try Self.expect(["m-routing-1.tsv", "m-routing-2.tsv", "m-routing-3.tsv"], named: "blind routing M, first messages", atLeast: 600, right: 0.991, confidentWrong: 0.002)
    }

    @Test func unseenLongPostsM() throws {
        try Self.expect(["m-long-posts.tsv"], named: "blind routing M, long posts", atLeast: 150, right: 0.968, confidentWrong: 0.001)
    }

    /// Set N: written 2026-12-07 by new sessions after session 14's last change to what routes, and
    /// measured once unseen: first messages 91.6% right (618 of 675), 3.7% confident wrong; long
    /// posts 76.9% (123 of 160) and 4.4%. Triggers and examples alone gave 63.7% and 11.7%, 44.4%
    /// and 7.5%; session 13's build the same as this one. Raise them as routing improves, never
    /// lower them.
    /// Since session 16 the topic model learns from set N too, so the floors are what that
    /// reached (set Q measures the build unseen).
    @Test func unseenFirstMessagesN() throws {
        try Self.expect(["n-routing-1.tsv", "n-routing-2.tsv", "n-routing-3.tsv"], named: "blind routing N, first messages", atLeast: 600, right: 0.98, confidentWrong: 0.011)
    }

    @Test func unseenLongPostsN() throws {
        try Self.expect(["n-long-posts.tsv"], named: "blind routing N, long posts", atLeast: 150, right: 0.962, confidentWrong: 0.001)
    }

    /// Set O: written 2026-12-07 by new sessions after the first half of session 15's changes, and
    /// measured once unseen: first messages 92.0% right, 4.7% confident wrong; long posts 82.5% and
    /// 5.6%. Triggers and examples alone gave 66.7% and 11.6%, 51.2% and 6.9%; session 14's build
    /// 91.9% and 4.7%, 83.1% and 5.6%. Then read (a development set): the floors.
    /// Since session 16 the topic model learns from set O too, so the floors are what that
    /// reached (set Q measures the build unseen).
    @Test func unseenFirstMessagesO() throws {
        try Self.expect(["o-routing-1.tsv", "o-routing-2.tsv", "o-routing-3.tsv"], named: "blind routing O, first messages", atLeast: 600, right: 0.985, confidentWrong: 0.005)
    }

    @Test func unseenLongPostsO() throws {
        try Self.expect(["o-long-posts.tsv"], named: "blind routing O, long posts", atLeast: 150, right: 0.987, confidentWrong: 0.001)
    }

    /// Set P: written 2026-12-07 by new sessions after session 15's changes to what routes, and
    /// measured once unseen: first messages 91.3% right (616 of 675), 4.3% confident wrong; long
    /// posts 73.1% (117 of 160) and 3.8%. Triggers and examples alone gave 69.5% and 11.4%, 39.4%
    /// and 11.2%; session 14's build 91.3% and 4.3%, 72.5% and 3.8%. Raise them as routing
    /// improves, never lower them.
    /// Since session 16 the topic model learns from set P too, so the floors are what that
    /// reached (set Q measures the build unseen).
    @Test func unseenFirstMessagesP() throws {
        try Self.expect(["p-routing-1.tsv", "p-routing-2.tsv", "p-routing-3.tsv"], named: "blind routing P, first messages", atLeast: 600, right: 0.979, confidentWrong: 0.008)
    }

    @Test func unseenLongPostsP() throws {
        try Self.expect(["p-long-posts.tsv"], named: "blind routing P, long posts", atLeast: 150, right: 0.95, confidentWrong: 0.001)
    }

    /// Set Q: written 2026-12-07 by new sessions after session 16's last change to what routes but
    /// one (a short message with words of shame is not celebrated on the topic model's word alone,
    /// which took one of Q's messages, "ngl i feel like a massive failure compared to everyone from
    /// school", from a win to the fallback), and measured once unseen: first messages 95.3% right
    /// (643 of 675), 3.0% confident wrong (20) before that change and 2.8% (19) after; long posts
    /// 90.0% (144 of 160) and 3.1% (5). Triggers and examples alone gave 68.4% and 10.1%, 33.8% and
    /// 8.8%; session 15's build 91.9% and 4.4%, 77.5% and 3.1%. Raise them as routing improves,
    /// never lower them.
    @Test func unseenFirstMessagesQ() throws {
        try Self.expect(["q-routing-1.tsv", "q-routing-2.tsv", "q-routing-3.tsv"], named: "blind routing Q, first messages", atLeast: 600, right: 0.952, confidentWrong: 0.029)
    }

    @Test func unseenLongPostsQ() throws {
        try Self.expect(["q-long-posts.tsv"], named: "blind routing Q, long posts", atLeast: 150, right: 0.9, confidentWrong: 0.032)
    }

    /// Set R: written 2026-12-07 by new sessions after session 16's last change to what routes, and
    /// measured once unseen: first messages 94.5% right (638 of 675), 3.0% confident wrong (20, the
    /// understanding issue's ceiling); long posts 94.4% (151 of 160) and 2.5% (4). Triggers and
    /// examples alone gave 62.8% and 12.6%, 45.6% and 10.6%; session 15's build 90.8% and 4.7%,
    /// 78.1% and 6.2%. Raise them as routing improves, never lower them.
    @Test func unseenFirstMessagesR() throws {
        try Self.expect(["r-routing-1.tsv", "r-routing-2.tsv", "r-routing-3.tsv"], named: "blind routing R, first messages", atLeast: 600, right: 0.945, confidentWrong: 0.03)
    }

    @Test func unseenLongPostsR() throws {
        try Self.expect(["r-long-posts.tsv"], named: "blind routing R, long posts", atLeast: 150, right: 0.943, confidentWrong: 0.025)
    }

    /// Set S: written 2026-12-07 by new sessions after session 17's last change to what decides,
    /// and measured once unseen: first messages 95.3% right (643 of 675), 3.6% confident wrong (24,
    /// over the understanding issue's 3% ceiling); long posts 95.0% (152 of 160) and 3.1% (5).
    /// Triggers and examples alone gave 68.0% and 10.7%, 37.5% and 7.5%; session 15's build 91.3%
    /// and 4.6%, 81.9% and 5.0%. Raise them as routing improves, never lower them.
    @Test func unseenFirstMessagesS() throws {
        try Self.expect(["s-routing-1.tsv", "s-routing-2.tsv", "s-routing-3.tsv"], named: "blind routing S, first messages", atLeast: 600, right: 0.952, confidentWrong: 0.036)
    }

    @Test func unseenLongPostsS() throws {
        try Self.expect(["s-long-posts.tsv"], named: "blind routing S, long posts", atLeast: 150, right: 0.95, confidentWrong: 0.032)
    }

    /// Set T: written 2026-12-07 by new sessions after session 18's last change to what decides
    /// (routing voices rotated again), and measured once unseen: first messages 94.7% right (639 of
    /// 675), 3.0% confident wrong (20, at the understanding issue's ceiling); long posts 94.4% (151
    /// of 160) and 0.6% (1). Triggers and examples alone gave 66.5% and 8.3%, 37.5% and 6.2%;
    /// session 15's build 92.6% and 2.8%, 78.8% and 3.8%; session 17's the same as this one.
    /// Raise them as routing improves, never lower them.
    @Test func unseenFirstMessagesT() throws {
        try Self.expect(["t-routing-1.tsv", "t-routing-2.tsv", "t-routing-3.tsv"], named: "blind routing T, first messages", atLeast: 600, right: 0.946, confidentWrong: 0.03)
    }

    @Test func unseenLongPostsT() throws {
        try Self.expect(["t-long-posts.tsv"], named: "blind routing T, long posts", atLeast: 150, right: 0.943, confidentWrong: 0.007)
    }

    /// Set U: written 2026-12-07 by new sessions after session 19's first change to what decides
    /// (taken out again after review; the build after gives the same figures; routing voices
    /// rotated again), and measured once unseen: first messages 96.3% right (650 of
    /// 675), 2.5% confident wrong (17); long posts 93.1% (149 of 160) and 1.9% (3). Triggers and
    /// examples alone gave 68.1% and 9.8%, 38.1% and 8.8%; session 18's build the same as this one.
    /// Raise them as routing improves, never lower them.
    @Test func unseenFirstMessagesU() throws {
        try Self.expect(["u-routing-1.tsv", "u-routing-2.tsv", "u-routing-3.tsv"], named: "blind routing U, first messages", atLeast: 600, right: 0.962, confidentWrong: 0.026)
    }

    /// Set V: written 2026-12-07 by new sessions after session 19's last change to what decides
    /// (routing voices rotated again), and measured once unseen: first messages 95.4% right (644 of
    /// 675), 2.4% confident wrong (16); long posts 90.6% (145 of 160) and 1.9% (3). Triggers and
    /// examples alone gave 65.6% and 12.0%, 44.4% and 1.2%; session 15's build 91.3% and 4.9%,
    /// 71.9% and 5.0%; session 18's the same as this one. Raise them as routing improves, never
    /// lower them.
    @Test func unseenFirstMessagesV() throws {
        try Self.expect(["v-routing-1.tsv", "v-routing-2.tsv", "v-routing-3.tsv"], named: "blind routing V, first messages", atLeast: 600, right: 0.954, confidentWrong: 0.024)
    }

    @Test func unseenLongPostsV() throws {
        try Self.expect(["v-long-posts.tsv"], named: "blind routing V, long posts", atLeast: 150, right: 0.906, confidentWrong: 0.019)
    }

    @Test func unseenLongPostsU() throws {
        try Self.expect(["u-long-posts.tsv"], named: "blind routing U, long posts", atLeast: 150, right: 0.931, confidentWrong: 0.019)
    }
}
