import SteadyCore

/// libFuzzer entry: each line is one message to the engine on the shipped scripts, in turn.
/// Every message must get a reply.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let engine = Engine(library: ShippedLibrary.library, region: "UK")
    var (_, state) = engine.start(seed: UInt64(size))
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(8) {
        let turn = engine.respond(to: String(line), state: &state)
        if turn.reply.isEmpty && turn.options.isEmpty && turn.effects.isEmpty { fatalError("a message got no answer: \(line)") }
    }
    return 0
}
