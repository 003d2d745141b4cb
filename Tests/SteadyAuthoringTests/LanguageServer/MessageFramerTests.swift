import Foundation
import SteadyAuthoring
import Testing

struct MessageFramerTests {
    static func framed(_ json: String) -> Data { MessageFramer.frame(Data(json.utf8)) }

    static func pieces(_ data: Data, chunk: Int = .max) -> [MessageFramer.Piece] {
        var framer = MessageFramer()
        var out: [MessageFramer.Piece] = []
        var rest = data[...]
        while !rest.isEmpty {
            framer.append(Data(rest.prefix(chunk)))
            rest = rest.dropFirst(chunk)
            while let piece = framer.next() { out.append(piece) }
        }
        return out
    }

    @Test(arguments: [1, 3, 17, Int.max])
    func messagesArriveWholeHoweverTheBytesAreCut(chunk: Int) {
        let data = Self.framed(#"{"id":1}"#) + Self.framed(#"{"id":2,"x":"é"}"#)
        #expect(Self.pieces(data, chunk: chunk) == [.message(Data(#"{"id":1}"#.utf8)), .message(Data(#"{"id":2,"x":"é"}"#.utf8))])
    }

    @Test func aBodyThatIsNotJSONIsReportedAndTheNextMessageStillArrives() {
        let pieces = Self.pieces(Self.framed("{not json") + Self.framed(#"{"id":2}"#))
        #expect(pieces.count == 2)
        if case .broken = pieces.first {} else { Issue.record("expected a broken piece, got \(pieces)") }
        #expect(pieces.last == .message(Data(#"{"id":2}"#.utf8)))
    }

    @Test func aLengthTooLongOrTooShortLosesOnlyWhatItCovers() {
        let long = Data("Content-Length: 30\r\n\r\n{\"id\":1}".utf8) + Self.framed(#"{"id":2}"#) + Self.framed(#"{"id":3}"#)
        #expect(Self.pieces(long).last == .message(Data(#"{"id":3}"#.utf8)))
        #expect(Self.pieces(long).contains(.message(Data(#"{"id":2}"#.utf8))))
        let short = Data("Content-Length: 4\r\n\r\n{\"id\":1}".utf8) + Self.framed(#"{"id":2}"#)
        #expect(Self.pieces(short).last == .message(Data(#"{"id":2}"#.utf8)), "\(Self.pieces(short))")
    }

    @Test func aHeaderWithoutALengthAndNoiseAreSkipped() {
        let data = Data("Content-Type: x\r\n\r\nhello".utf8) + Self.framed(#"{"id":2}"#)
        #expect(Self.pieces(data).last == .message(Data(#"{"id":2}"#.utf8)))
        let noise = Data(repeating: 0x41, count: 20_000) + Self.framed(#"{"id":3}"#)
        #expect(Self.pieces(noise, chunk: 4096).last == .message(Data(#"{"id":3}"#.utf8)))
    }

    @Test func aMessageOverTheLimitIsSkipped() {
        var framer = MessageFramer()
        framer.maximumLength = 10
        framer.append(Self.framed(#"{"id":1,"padding":"xxxxxxxxxxxx"}"#) + Self.framed(#"{"id":2}"#))
        if case .broken = framer.next() {} else { Issue.record("expected the long message to be refused") }
        #expect(framer.next() == .message(Data(#"{"id":2}"#.utf8)))
    }
}
