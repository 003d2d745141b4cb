import SteadyCore
import SteadyTestSupport
import Testing

/// The blind routing sets (Fixtures/blind/README.md) kept as regression tests: first messages
/// and long posts written by sessions that never read the patterns. Right is the labelled topic
/// (out-of-scope: the fallback or smalltalk); confident wrong is a coping dialogue for another
/// topic; the rest is an honest fallback. The set-A floors are what the merged routing reached
/// (the confidence together with the six new topics' dialogues; set A predates those topics). When the safety net asks its check first, the route is
/// what follows the answer "No", as the design has it. The floors are what routing reached when the
/// confidence was introduced; a change may raise them, never lower them.
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

    @Test func firstMessages() throws {
        let rates = try Self.rates(["a-routing-1.tsv", "a-routing-2.tsv"])
        print("blind routing, first messages: \(rates)")
        #expect(rates.count >= 700)
        #expect(rates.right >= 0.65, "\(rates)")
        #expect(rates.confidentWrong <= 0.083, "\(rates)")
    }

    @Test func longPosts() throws {
        let rates = try Self.rates(["a-long-posts.tsv"])
        print("blind routing, long posts: \(rates)")
        #expect(rates.count >= 150)
        #expect(rates.right >= 0.40, "\(rates)")
        #expect(rates.confidentWrong <= 0.089, "\(rates)")
    }

    /// Set C: written after the last change to the triggers, with the six new topics among its
    /// labels; measured once, never used to change them. The floors are that measurement.
    @Test func unseenFirstMessagesC() throws {
        let rates = try Self.rates(["c-routing-1.tsv", "c-routing-2.tsv", "c-routing-3.tsv"])
        print("blind routing C, first messages: \(rates)")
        #expect(rates.count >= 600)
        #expect(rates.right >= 0.56, "\(rates)")
        #expect(rates.confidentWrong <= 0.122, "\(rates)")
    }

    @Test func unseenLongPostsC() throws {
        let rates = try Self.rates(["c-long-posts.tsv"])
        print("blind routing C, long posts: \(rates)")
        #expect(rates.count >= 150)
        #expect(rates.right >= 0.28, "\(rates)")
        #expect(rates.confidentWrong <= 0.145, "\(rates)")
    }
}
