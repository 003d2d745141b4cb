import Foundation
import SteadyAuthoring
import SteadyCore
import SteadyTestSupport
import Testing

struct LintSignOffTests {
    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    ])
    func sha256MatchesTheStandardVectors(_ input: String, _ expected: String) {
        #expect(SHA256.hex(Array(input.utf8)) == expected)
    }

    @Test func sha256HandlesInputsAcrossBlockBoundaries() {
        // One million 'a's is the standard long vector.
        let million = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        #expect(SHA256.hex(million) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    static let dialogue = """
        id: signed
        topic: stress
        start: one
        nodes:
          one:
            say: "Hi."

        """

    @Test func pastingTheSignOffLineKeepsTheHash() {
        let line = SignOff.line(by: "Sam Lee", text: Self.dialogue)
        #expect(line.hasPrefix("review: { by: \"Sam Lee\", hash: "))
        let signed = Self.dialogue + line + "\n"
        #expect(SignOff.hash(of: signed) == SignOff.hash(of: Self.dialogue))
        let blockForm = Self.dialogue.replacingOccurrences(of: "start: one\n", with: "start: one\nreview:\n  by: Sam\n  hash: 00\n")
        #expect(SignOff.textWithoutReview(blockForm) == Self.dialogue)
    }

    @Test func lintIsQuietForAFreshSignOffAndWarnsAfterAnEdit() throws {
        let signed = Self.dialogue + SignOff.line(by: "Sam Lee", text: Self.dialogue) + "\n"
        #expect(!LintHarness.findings(signed).contains { $0.code == .reviewOutdated })
        let edited = signed.replacingOccurrences(of: "Hi.", with: "Hello.")
        let finding = try #require(LintHarness.findings(edited).first { $0.code == .reviewOutdated })
        #expect(finding.message == "the text of 'signed' has changed since Sam Lee reviewed it")
        #expect(finding.location == SourceLocation(file: "d0.yaml", line: 7, column: 9))
    }
}
