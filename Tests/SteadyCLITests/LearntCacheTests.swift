import Foundation
import Testing

/// What Steady learnt at its first start is kept in the cache folder, and the next start answers
/// exactly as the first; a damaged or unwritable cache changes nothing a person sees.
struct LearntCacheTests {
    static let input = "i took all my sertraline like all of it about 40 mins ago and i feel weird\nno\n"
        + "been at my mums all weekend and she kept going on about my weight, i just want to get out of here\n"

    func chat(cache: URL) throws -> SteadyBinary.Result {
        let result = try SteadyBinary.run(["chat", "--jsonl", "--seed", "7"], input: Self.input,
                                          environment: ["STEADY_CACHE_DIR": cache.path])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        return result
    }

    @Test func aSecondStartAnswersAsTheFirstFromWhatItKept() throws {
        let cache = SteadyBinary.temporaryFolder().appendingPathComponent("cache")
        let kept = cache.appendingPathComponent("learnt")
        let first = try chat(cache: cache)
        #expect(first.turns.count == 4)
        // No cue fires on the first message: the crisis is the model's reading.
        #expect(first.turns[1]["safety"] as? String == "crisis")
        let size = try #require(FileManager.default.attributesOfItem(atPath: kept.path)[.size] as? Int)
        #expect(size > 100_000)
        let second = try chat(cache: cache)
        #expect(second.stdout == first.stdout)
        // Nothing a person wrote is kept there.
        let bytes = try Data(contentsOf: kept)
        #expect(bytes.range(of: Data("sertraline like all of it".utf8)) == nil)
    }

    @Test func aDamagedCacheIsLearntAgain() throws {
        let cache = SteadyBinary.temporaryFolder()
        let kept = cache.appendingPathComponent("learnt")
        let first = try chat(cache: cache)
        var bytes = try Data(contentsOf: kept)
        bytes[bytes.count / 2] ^= 0x10
        try bytes.write(to: kept)
        #expect(try chat(cache: cache).stdout == first.stdout)
        // Learnt again and kept whole.
        #expect(try Data(contentsOf: kept).count == bytes.count)
        #expect(try Data(contentsOf: kept) != bytes)
        try Data("not what steady keeps".utf8).write(to: kept)
        #expect(try chat(cache: cache).stdout == first.stdout)
    }

    @Test func aCacheThatCannotBeWrittenStillChats() throws {
        let folder = SteadyBinary.temporaryFolder()
        let blocked = folder.appendingPathComponent("file")
        try Data().write(to: blocked)
        // A file where the folder should be: nothing can be kept.
        let result = try chat(cache: blocked.appendingPathComponent("cache"))
        #expect(result.turns.count == 4)
        #expect(result.turns[1]["safety"] as? String == "crisis")
    }
}
