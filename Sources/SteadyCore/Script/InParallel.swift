import Dispatch
import Synchronization

/// The one place SteadyCore uses more than one core: reading the files of a library, each on its
/// own, and building spelling correction beside compiling the patterns, at start-up.
///
/// Why it exists: reading and parsing every file is about half of a cold start, and a cold start
/// is what a person waits for before the first reply. Measured on this project's 2-core machine
/// (2026-12-06), reading the files on both cores took `steady chat --jsonl` answering one line
/// from about 140 ms to well under 100 ms. Everything else (word ids, compiling, indexing)
/// stays in plain steps on one thread.
enum InParallel {
    /// `transform` applied to every element, on as many threads as there are cores; the results
    /// come back in the order of `elements`. Put the slowest elements first: they start first.
    static func map<Element: Sendable, Result: Sendable>(
        _ elements: [Element], _ transform: @Sendable (Element) -> Result
    ) -> [Result] {
        let results = Results<Result>(count: elements.count)
        DispatchQueue.concurrentPerform(iterations: elements.count) { i in
            results.set(i, transform(elements[i]))
        }
        return results.values
    }

    /// Both results, `first` and `second` computed side by side.
    static func both<A: Sendable, B: Sendable>(
        _ first: @Sendable () -> A, and second: @Sendable () -> B
    ) -> (A, B) {
        let a = Results<A>(count: 1), b = Results<B>(count: 1)
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            if i == 0 { a.set(0, first()) } else { b.set(0, second()) }
        }
        return (a.values[0], b.values[0])
    }

    /// One slot for each result, filled in any order from any thread.
    private final class Results<Result: Sendable>: Sendable {
        private let slots: Mutex<[Result?]>

        init(count: Int) { slots = Mutex(Array(repeating: nil, count: count)) }

        func set(_ i: Int, _ value: Result) { slots.withLock { $0[i] = value } }

        var values: [Result] { slots.withLock { $0.map { $0! } } }
    }
}
