import Foundation

/// A sorted list of words, one per line, searched in place: no parsing at start-up, so a
/// memory-mapped file of sixty thousand words costs nothing until a word is looked up.
public struct WordList: Sendable {
    private let bytes: Data

    /// - Parameter data: lines sorted bytewise (`LC_ALL=C sort`), separated by newlines.
    public init(data: Data) { bytes = data }

    public static let empty = WordList(data: Data())

    public var isEmpty: Bool { bytes.isEmpty }

    /// Whether the word is a line of the list.
    public func contains(_ word: String) -> Bool {
        let target = Array(word.utf8)
        guard !target.isEmpty, !bytes.isEmpty else { return false }
        return bytes.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Bool in
            let buffer = raw.bindMemory(to: UInt8.self)
            var low = 0, high = buffer.count
            while low < high {
                let mid = (low + high) / 2
                var start = mid
                while start > 0, buffer[start - 1] != 0x0A { start -= 1 }
                var end = start
                while end < buffer.count, buffer[end] != 0x0A { end += 1 }
                let order = compare(buffer, start, end, target)
                if order == 0 { return true }
                if order < 0 { low = end + 1 } else { high = start }
            }
            return false
        }
    }

    /// Compares the line `buffer[start..<end]` with the target, bytewise.
    private func compare(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, _ target: [UInt8]) -> Int {
        var i = 0
        while start + i < end, i < target.count {
            let a = buffer[start + i], b = target[i]
            if a != b { return a < b ? -1 : 1 }
            i += 1
        }
        let lineLength = end - start
        return lineLength == target.count ? 0 : (lineLength < target.count ? -1 : 1)
    }
}

extension WordList {
    /// Adds the list's bytes to a digest (for ``Library/learningKey(sources:safety:words:program:)``).
    func add(to digest: inout Bytes.Digest) {
        bytes.withUnsafeBytes { digest.add($0) }
    }
}
