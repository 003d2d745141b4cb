import Dispatch

/// The results of `body` for 0..<count, worked out on every core at once, in order.
///
/// For loading: each file is read on its own, so two cores read the Dialogues folder in about
/// half the time. `body` must not depend on what other calls do.
func parallelMap<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
    var values = [T?](repeating: nil, count: count)
    values.withUnsafeMutableBufferPointer { buffer in
        // Each index is written by exactly one call, and read only after all have finished.
        nonisolated(unsafe) let buffer = buffer
        DispatchQueue.concurrentPerform(iterations: count) { i in buffer[i] = body(i) }
    }
    return values.map { $0! }
}

/// Works out `a` and `b` at the same time, on two cores.
func concurrently<A: Sendable, B: Sendable>(_ a: @Sendable () -> A, _ b: @Sendable () -> B) -> (A, B) {
    let results = parallelMap(2) { i -> EitherResult<A, B> in i == 0 ? .first(a()) : .second(b()) }
    guard case .first(let first) = results[0], case .second(let second) = results[1] else { fatalError("unreachable") }
    return (first, second)
}

private enum EitherResult<A: Sendable, B: Sendable>: Sendable {
    case first(A)
    case second(B)
}
