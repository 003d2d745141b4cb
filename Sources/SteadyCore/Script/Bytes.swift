/// Plain bytes for what Steady keeps between runs (see ``Library/Learnt``): whole numbers as
/// LEB128 (seven bits a byte, low bits first), real numbers as their 64 bits, and text as its
/// length then its UTF-8. A reader gives nil for anything that does not fit the bytes left.
public enum Bytes {
    public struct Writer: Sendable {
        public private(set) var bytes: [UInt8] = []
        public init() {}

        mutating func append(_ value: UInt64) {
            var rest = value
            while rest >= 0x80 {
                bytes.append(UInt8(rest & 0x7F) | 0x80)
                rest >>= 7
            }
            bytes.append(UInt8(rest))
        }
        mutating func append(_ value: Int) { append(UInt64(value)) }
        mutating func append(_ value: Double) {
            withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
        }
        mutating func append(_ text: String) {
            append(text.utf8.count)
            bytes.append(contentsOf: text.utf8)
        }
        mutating func append(_ texts: [String]) {
            append(texts.count)
            for text in texts { append(text) }
        }
    }

    public struct Reader: Sendable {
        private let bytes: [UInt8]
        private var offset = 0
        public init(_ bytes: [UInt8]) { self.bytes = bytes }

        /// Whether every byte has been read.
        public var isAtEnd: Bool { offset == bytes.count }
        /// The bytes not read yet.
        var remaining: [UInt8] { Array(bytes[offset...]) }

        mutating func uint64() -> UInt64? {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while offset < bytes.count, shift < 64 {
                let byte = bytes[offset]
                offset += 1
                value |= UInt64(byte & 0x7F) << shift
                if byte < 0x80 { return value }
                shift += 7
            }
            return nil
        }
        mutating func double() -> Double? {
            guard bytes.count - offset >= 8 else { return nil }
            var pattern: UInt64 = 0
            for i in 0..<8 { pattern |= UInt64(bytes[offset + i]) << (8 * UInt64(i)) }
            offset += 8
            return Double(bitPattern: pattern)
        }
        /// A whole number no larger than `limit`.
        mutating func int(upTo limit: Int) -> Int? {
            guard let value = uint64(), value <= UInt64(max(limit, 0)) else { return nil }
            return Int(value)
        }
        /// A count of things still to read, each at least one byte long.
        mutating func count() -> Int? { int(upTo: bytes.count - offset) }
        mutating func string() -> String? {
            guard let length = count() else { return nil }
            let text = String(validating: bytes[offset..<(offset + length)], as: UTF8.self)
            offset += length
            return text
        }
        mutating func strings() -> [String]? {
            guard let total = count() else { return nil }
            var texts: [String] = []
            texts.reserveCapacity(total)
            for _ in 0..<total {
                guard let text = string() else { return nil }
                texts.append(text)
            }
            return texts
        }
    }

    /// FNV-1a over bytes: the same bytes give the same number on every run and machine (unlike
    /// Swift's `Hasher`), which is what a key kept on disk needs.
    public struct Digest: Sendable {
        public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325
        public init() {}
        public mutating func add<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
            for byte in bytes { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
        }
        public mutating func add(_ text: String) {
            var text = text
            text.withUTF8 { add($0) }
            add([0xFF])  // never inside UTF-8: ends the text, so "ab"+"c" differs from "a"+"bc"
        }
    }
}
