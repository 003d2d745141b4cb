import SteadyCore
import SteadyTestSupport
import Testing

/// The blind routing sets (Fixtures/blind/README.md) kept as regression tests: first messages
/// and long posts written by sessions that never read the patterns. Right is the labelled topic
/// (out-of-scope: the fallback or smalltalk); confident wrong is a coping dialogue for another
/// topic; the rest is an honest fallback. The floors are what routing reached when the
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
            let turn = ShippedLibrary.firstTurn(library, row[1])
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
        #expect(rates.right >= 0.67, "\(rates)")
        #expect(rates.confidentWrong <= 0.065, "\(rates)")
    }

    @Test func longPosts() throws {
        let rates = try Self.rates(["a-long-posts.tsv"])
        print("blind routing, long posts: \(rates)")
        #expect(rates.count >= 150)
        #expect(rates.right >= 0.42, "\(rates)")
        #expect(rates.confidentWrong <= 0.075, "\(rates)")
    }
}
