import SteadyCore

/// libFuzzer entry: any bytes as a dialogue file. Loading must end with a dialogue or with
/// diagnostics, never a crash or a hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let (dialogue, diagnostics) = ScriptLoader.loadDialogue(ScriptSource(path: "fuzz.yaml", text: text))
    if dialogue == nil && diagnostics.isEmpty { fatalError("no dialogue and no reason why") }
    return 0
}
