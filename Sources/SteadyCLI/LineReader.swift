import Foundation

/// Where the person's lines come from: readline on a terminal, plain lines otherwise.
protocol LineReader {
    /// The next line without its newline, or nil at the end of input.
    mutating func readLine(prompt: String) -> String?
    /// Sets what Tab completes at the next prompt; readers without completion ignore it.
    mutating func setCompletions(_ words: [String])
}

extension LineReader {
    mutating func setCompletions(_ words: [String]) {}
}

/// Reads lines from standard input without prompts or editing, for pipes and tests.
struct PlainLineReader: LineReader {
    /// The most bytes of one line that are kept; the rest of a longer line is dropped.
    static let maximumLineBytes = 64 * 1024

    mutating func readLine(prompt: String) -> String? {
        Endings.unblock()
        defer { Endings.block() }
        var bytes: [UInt8] = []
        var sawAny = false
        while true {
            let c = getchar()
            if c == EOF { break }
            sawAny = true
            if c == 0x0A { break }
            if bytes.count < Self.maximumLineBytes { bytes.append(UInt8(truncatingIfNeeded: c)) }
        }
        guard sawAny else { return nil }
        if bytes.last == 0x0D { bytes.removeLast() }
        return String(decoding: bytes.filter { $0 != 0 }, as: UTF8.self)
    }
}
