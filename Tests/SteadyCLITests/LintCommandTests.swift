import Foundation
import Testing

struct LintCommandTests {
    /// A folder with one broken dialogue: its goto names a step that does not exist.
    static func brokenFolder() throws -> URL {
        let folder = SteadyBinary.temporaryFolder().appendingPathComponent("mine")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try """
            id: my-broken-dialogue
            topic: stress
            triggers: ["my test phrase"]
            start: one
            nodes:
              one:
                say: "Hi."
                goto: tow
              two:
                say: "Bye."
            """.write(to: folder.appendingPathComponent("broken.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func lintExitsOneOnABrokenFolderAndShowsTheLine() throws {
        let folder = try Self.brokenFolder()
        let result = try SteadyBinary.run(["lint", folder.path])
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        let path = folder.appendingPathComponent("broken.yaml").path
        #expect(result.stdout.contains(
            "\(path):8:5: error: goto 'tow': there is no node 'tow' in this dialogue [ST0006]\n"
                + "        goto: tow\n"
                + "        ^\n"
                + "    hint: did you mean 'two'?"), "\(result.stdout)")
        #expect(result.stdout.contains("1 error, 0 warnings (1 file checked)."))
    }

    /// A file named through a link to its folder is the same file as the one the folder holds.
    @Test func lintFindsTheProblemsOfAFileNamedThroughALink() throws {
        let folder = try Self.brokenFolder()
        let link = folder.deletingLastPathComponent().appendingPathComponent(folder.lastPathComponent + "-link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: folder)
        defer { try? FileManager.default.removeItem(at: link) }
        let result = try SteadyBinary.run(["lint", "--dialogues", folder.path, link.appendingPathComponent("broken.yaml").path])
        #expect(result.status == 1, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.contains("1 error, 0 warnings (1 file checked)."), "\(result.stdout)")
    }

    @Test func lintFormatJSONIsAnArrayOfFindings() throws {
        let folder = try Self.brokenFolder()
        let result = try SteadyBinary.run(["lint", "--format", "json", folder.path])
        #expect(result.status == 1)
        let parsed = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        let findings = try #require(parsed as? [[String: Any]])
        let first = try #require(findings.first)
        #expect(findings.count == 1)
        #expect(first["code"] as? String == "ST0006")
        #expect(first["line"] as? Int == 8)
        #expect(first["column"] as? Int == 5)
        #expect(first["severity"] as? String == "error")
        #expect(first["hint"] as? String == "did you mean 'two'?")
        #expect((first["file"] as? String)?.hasSuffix("mine/broken.yaml") == true)
        #expect(Set(first.keys) == ["file", "line", "column", "severity", "code", "message", "hint"])
    }

    @Test func strictTurnsWarningsIntoErrors() throws {
        let folder = SteadyBinary.temporaryFolder()
        try """
            id: my-island
            topic: stress
            triggers: ["my island phrase"]
            start: one
            nodes:
              one:
                say: "Hi."
              lost:
                say: "Nobody comes here."
            """.write(to: folder.appendingPathComponent("island.yaml"), atomically: true, encoding: .utf8)
        let relaxed = try SteadyBinary.run(["lint", folder.path])
        #expect(relaxed.status == 0, "\(relaxed.stdout)")
        #expect(relaxed.stdout.contains(":8:3: warning: no path reaches the step 'lost' in 'my-island' [ST0013]"))
        let strict = try SteadyBinary.run(["lint", "--strict", folder.path])
        #expect(strict.status == 1)
        #expect(strict.stdout.contains(":8:3: error: no path reaches the step 'lost'"))
    }

    @Test func signOffPrintsALineThatLintAccepts() throws {
        let folder = SteadyBinary.temporaryFolder()
        let file = folder.appendingPathComponent("signed.yaml")
        let text = """
            id: my-signed
            topic: stress
            triggers: ["my signed phrase"]
            examples: ["my signed phrase"]
            start: one
            nodes:
              one:
                say: "Hi."

            """
        try text.write(to: file, atomically: true, encoding: .utf8)
        let signOff = try SteadyBinary.run(["lint", "--sign-off", "Sam Lee", file.path])
        #expect(signOff.status == 0, "\(signOff.stderr)")
        let line = signOff.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(line.hasPrefix("review: { by: \"Sam Lee\", hash: "))
        try (text + line + "\n").write(to: file, atomically: true, encoding: .utf8)
        let clean = try SteadyBinary.run(["lint", file.path])
        #expect(clean.status == 0)
        #expect(clean.stdout.contains("No problems found"), "\(clean.stdout)")
        try (text.replacingOccurrences(of: "Hi.", with: "Hello.") + line + "\n").write(to: file, atomically: true, encoding: .utf8)
        let changed = try SteadyBinary.run(["lint", file.path])
        #expect(changed.stdout.contains("warning: the text of 'my-signed' has changed since Sam Lee reviewed it [ST0026]"))
    }
}
