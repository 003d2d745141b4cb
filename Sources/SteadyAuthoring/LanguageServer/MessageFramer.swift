import Foundation

/// Cuts a stream of bytes into JSON-RPC messages framed by `Content-Length` headers, as the
/// Language Server Protocol sends them over standard input.
///
/// It never gives up on the stream: a header it cannot read, a length that is wrong or too large,
/// or a body that is not JSON becomes a ``Piece/broken(_:)`` and it carries on with the next
/// header it finds.
public struct MessageFramer: Sendable {
    /// What one cut of the stream gave.
    public enum Piece: Sendable, Equatable {
        /// The body of one message.
        case message(Data)
        /// Bytes that could not be read as a message, and why.
        case broken(String)
    }

    /// The largest body accepted; a longer one is skipped.
    public var maximumLength = 64 << 20
    private var buffer = Data()

    public init() {}

    /// Adds bytes read from the stream.
    public mutating func append(_ data: Data) { buffer.append(data) }

    private static let separator = Data("\r\n\r\n".utf8)
    private static let header = Data("content-length:".utf8)

    /// The next whole message or broken piece, or nil when more bytes are needed.
    public mutating func next() -> Piece? {
        guard let end = buffer.range(of: Self.separator) else {
            // Headers are short: a long run without an end is not a header.
            if buffer.count > 8_192 {
                let dropped = buffer.count
                resync(after: buffer.startIndex + 1)
                return .broken("\(dropped - buffer.count) bytes without a header end")
            }
            return nil
        }
        let headerText = String(decoding: buffer[buffer.startIndex..<end.lowerBound], as: UTF8.self)
        var length: Int?
        for line in headerText.split(whereSeparator: { $0 == "\r" || $0 == "\n" }) {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2 else { continue }
            if parts[0].trimmingCharacters(in: .whitespaces).lowercased() == "content-length" {
                length = Int(parts[1].trimmingCharacters(in: .whitespaces))
            }
        }
        guard let length, length >= 0 else {
            resync(after: buffer.startIndex + 1)
            return .broken("a header without a valid Content-Length")
        }
        guard length <= maximumLength else {
            let available = buffer.count - (end.upperBound - buffer.startIndex)
            if available < length { return nil }
            buffer.removeSubrange(buffer.startIndex..<(end.upperBound + length))
            return .broken("a message of \(length) bytes, more than the \(maximumLength) accepted")
        }
        let bodyStart = end.upperBound
        guard buffer.endIndex - bodyStart >= length else { return nil }
        let body = buffer[bodyStart..<(bodyStart + length)]
        if (try? JSONSerialization.jsonObject(with: body)) != nil {
            buffer.removeSubrange(buffer.startIndex..<(bodyStart + length))
            return .message(Data(body))
        }
        // A wrong length: the body runs into the next header, or stops short of its end.
        if let next = body.range(of: Data("Content-Length:".utf8)) {
            buffer.removeSubrange(buffer.startIndex..<next.lowerBound)
        } else {
            buffer.removeSubrange(buffer.startIndex..<(bodyStart + length))
            resyncIfGarbage()
        }
        return .broken("the body is not JSON (or its Content-Length is wrong)")
    }

    /// Drops bytes up to the next header at or after `index`.
    private mutating func resync(after index: Data.Index) {
        let lowered = Data(buffer.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 })
        if index < lowered.endIndex, let next = lowered[index...].range(of: Self.header) {
            buffer.removeSubrange(buffer.startIndex..<(buffer.startIndex + (next.lowerBound - lowered.startIndex)))
        } else {
            buffer.removeAll()
        }
    }

    /// After a body that was too short, the rest of it is left before the next header.
    private mutating func resyncIfGarbage() {
        let lowered = Data(buffer.prefix(15).map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 })
        if !buffer.isEmpty, !Self.header.starts(with: lowered), !lowered.starts(with: Self.header) {
            resync(after: buffer.startIndex)
        }
    }

    /// One message framed for the stream.
    public static func frame(_ body: Data) -> Data {
        Data("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }
}
