import SteadyCore

/// libFuzzer entry: the first line is a pattern, the rest a message. Compiling the pattern must
/// succeed or throw, and matching must return, whatever the two hold.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let parts = text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
    guard let pattern = try? Pattern.parse(String(parts[0])) else { return 0 }
    let message = ShippedLibrary.library.message(parts.count > 1 ? String(parts[1]) : String(parts[0]))
    _ = pattern.match(message)
    _ = pattern.matches(message)
    return 0
}
