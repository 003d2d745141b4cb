import SteadyCore
import Testing
@testable import SteadyCLI

/// How text is laid out on a terminal.
struct RendererTests {
    /// A bullet of a list that is too long for the terminal keeps its indent on its first line,
    /// like the bullets beside it, and its other lines hang under its text.
    @Test func aLongBulletKeepsItsIndent() {
        var turn = Turn(number: 1)
        turn.reply = "Lines:\n  \u{2022} Short one\n  \u{2022} NHS 111 mental health option: call 111 and choose the mental health option for urgent help (any time)"
        let lines: [String] = Renderer(color: false, width: 60).render(turn).split(separator: "\n").map(String.init)
        #expect(lines[1] == "  \u{2022} Short one")
        #expect(lines[2].hasPrefix("  \u{2022} NHS 111"), "\(lines[2])")
        for line in lines.dropFirst(3) {
            #expect(line.hasPrefix("    ") && line.count <= 59, "\(line)")
        }
    }
}
