import Foundation
import Testing

/// `steady lsp` driven over its standard input and output, as an editor drives it.
struct LanguageServerCommandTests {
    static let dialogue = """
        id: lsp-sample
        topic: stress
        tirggers: ["zorblat frazzled"]
        start: one
        nodes:
          one:
            say: "Hi there."
            goto: tow
          two:
            say: "Bye for now."
            end: true
          lost:
            say: "Nobody comes here."
            end: true
        """

    static func uri(_ name: String) -> String {
        "file://" + SteadyBinary.temporaryFolder().appendingPathComponent(name).path
    }

    static func codes(_ diagnostics: [[String: Any]]?) -> [String] {
        (diagnostics ?? []).compactMap { $0["code"] as? String }
    }

    static func position(_ line: Int, _ character: Int) -> [String: Any] { ["line": line, "character": character] }

    @Test func anEditorSeesFindingsJumpsToStepsAndCompletesThem() throws {
        let session = try LSPSession()
        let initialized = try #require(try session.request("initialize", ["processId": NSNull(), "rootUri": NSNull(), "capabilities": [:]]))
        let capabilities = try #require((initialized["result"] as? [String: Any])?["capabilities"] as? [String: Any])
        #expect(capabilities["definitionProvider"] as? Bool == true)
        #expect(capabilities["completionProvider"] != nil && capabilities["hoverProvider"] as? Bool == true)
        try session.notify("initialized", [:])

        let uri = Self.uri("sample.yaml")
        try session.notify("textDocument/didOpen", ["textDocument": ["uri": uri, "languageId": "yaml", "version": 1, "text": Self.dialogue]])
        let first = try #require(session.diagnostics(uri, version: 1))
        // Every problem at once: the misspelt key, the missing step, and the step nothing reaches.
        #expect(Self.codes(first).sorted() == ["ST0002", "ST0006", "ST0013"], "\(first)")
        let key = try #require(first.first { $0["code"] as? String == "ST0002" })
        let range = try #require(key["range"] as? [String: Any])
        #expect((range["start"] as? [String: Any])?["line"] as? Int == 2)
        #expect((range["start"] as? [String: Any])?["character"] as? Int == 0)
        #expect((key["message"] as? String)?.contains("did you mean 'triggers'") == true)
        #expect(key["severity"] as? Int == 1)

        // The quick fix the hint proposes.
        let actions = try #require(try session.request("textDocument/codeAction", [
            "textDocument": ["uri": uri], "range": range, "context": ["diagnostics": [key]],
        ])?["result"] as? [[String: Any]])
        let edit = try #require(((actions.first?["edit"] as? [String: Any])?["changes"] as? [String: Any])?[uri] as? [[String: Any]])
        #expect(edit.first?["newText"] as? String == "triggers")

        // Typing the fix: the key's finding goes, the others stay.
        try session.notify("textDocument/didChange", [
            "textDocument": ["uri": uri, "version": 2],
            "contentChanges": [["range": ["start": Self.position(2, 0), "end": Self.position(2, 8)], "text": "triggers"]],
        ])
        let second = try #require(session.diagnostics(uri, version: 2))
        #expect(Self.codes(second).sorted() == ["ST0006", "ST0013"], "\(second)")

        // Go to definition on a goto target: the step's own line.
        try session.notify("textDocument/didChange", [
            "textDocument": ["uri": uri, "version": 3],
            "contentChanges": [["range": ["start": Self.position(7, 10), "end": Self.position(7, 13)], "text": "two"]],
        ])
        let third = try #require(session.diagnostics(uri, version: 3))
        // Once the file loads, the rules that need the whole library run too.
        #expect(Set(Self.codes(third)) == ["ST0013", "ST0029"], "\(third)")
        let definition = try #require(try session.request("textDocument/definition", [
            "textDocument": ["uri": uri], "position": Self.position(7, 11),
        ])?["result"] as? [String: Any])
        #expect(definition["uri"] as? String == uri)
        #expect(((definition["range"] as? [String: Any])?["start"] as? [String: Any])?["line"] as? Int == 8)

        // Completion after `goto: ` lists the steps.
        let completion = try #require(try session.request("textDocument/completion", [
            "textDocument": ["uri": uri], "position": Self.position(7, 10),
        ])?["result"] as? [String: Any])
        let labels = ((completion["items"] as? [[String: Any]]) ?? []).compactMap { $0["label"] as? String }
        #expect(labels == ["one", "two", "lost"], "\(labels)")

        // Hover on a step shows what it says.
        let hover = try #require(try session.request("textDocument/hover", [
            "textDocument": ["uri": uri], "position": Self.position(7, 11),
        ])?["result"] as? [String: Any])
        #expect(((hover["contents"] as? [String: Any])?["value"] as? String)?.contains("Bye for now.") == true)

        #expect(try session.close() == .exit(0))
    }

    @Test func completionAndHoverKnowTheLibrary() throws {
        let session = try LSPSession()
        _ = try session.request("initialize", ["processId": NSNull(), "capabilities": [:]])
        let uri = Self.uri("mine.yaml")
        let text = """
            id: lsp-library
            topic: craving
            triggers: ["~craving"]
            examples: [the craving is bad]
            nodes:
              one:
                say: "Hi."
                do: { exercise: box-breathing, rounds: 4 }
                call: urge-surfing
            priority: 999
            """
        try session.notify("textDocument/didOpen", ["textDocument": ["uri": uri, "languageId": "yaml", "version": 1, "text": text]])
        _ = session.diagnostics(uri, version: 1)
        func labels(_ line: Int, _ character: Int) throws -> [String] {
            let result = try session.request("textDocument/completion", ["textDocument": ["uri": uri], "position": Self.position(line, character)])
            return (((result?["result"] as? [String: Any])?["items"] as? [[String: Any]]) ?? []).compactMap { $0["label"] as? String }
        }
        #expect(try labels(2, 13).contains("~craving"))
        #expect(try labels(8, 10).contains("urge-surfing"))
        #expect(try labels(7, 10).contains("exercise"))
        #expect(try labels(7, 34).contains("seconds"))
        #expect(try labels(0, 0).contains("triggers"))
        func hover(_ line: Int, _ character: Int) throws -> String? {
            let answer = try session.request("textDocument/hover", ["textDocument": ["uri": uri], "position": Self.position(line, character)])
            return ((answer?["result"] as? [String: Any])?["contents"] as? [String: Any])?["value"] as? String
        }
        // On the trigger: where its sample messages go. On the concept: its phrases.
        let trigger = try hover(2, 11)
        #expect(trigger?.contains("\u{201C}the craving is bad\u{201D} comes here by this trigger") == true, "\(trigger ?? "nil")")
        let concept = try hover(2, 15)
        #expect(concept?.hasPrefix("**~craving** (") == true, "\(concept ?? "nil")")
        let definition = try session.request("textDocument/definition", ["textDocument": ["uri": uri], "position": Self.position(2, 14)])
        #expect(((definition?["result"] as? [String: Any])?["uri"] as? String)?.contains("/Dialogues/concepts/") == true, "\(definition ?? [:])")
        #expect(try session.close() == .exit(0))
    }

    @Test func theServerSurvivesBadInputAndKeepsServing() throws {
        let session = try LSPSession()
        _ = try session.request("initialize", ["processId": NSNull(), "capabilities": [:]])
        // Malformed JSON with a right length.
        let junk = Data("{\"jsonrpc\": \"2.0\", \"id\": 5, \"method\": ".utf8)
        try session.send(raw: Data("Content-Length: \(junk.count)\r\n\r\n".utf8) + junk)
        #expect(session.wait { (($0["error"] as? [String: Any])?["code"] as? Int) == -32700 } != nil)
        // A Content-Length that is too long swallows the start of the next message, which follows.
        try session.send(raw: Data("Content-Length: 60\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":\"initialized\"}".utf8))
        // An unknown method gets an error, an unknown notification nothing.
        let unknown = try session.request("steady/noSuchThing", [:])
        #expect((unknown?["error"] as? [String: Any])?["code"] as? Int == -32601, "\(session.received)")
        try session.notify("steady/noSuchNotification", [:])
        // A file that is not YAML.
        let broken = Self.uri("broken.yaml")
        try session.notify("textDocument/didOpen", ["textDocument": ["uri": broken, "languageId": "yaml", "version": 1,
                                                                     "text": "id: x\nnodes: [unclosed\n  : {{{\n\t- ]"]])
        #expect(Self.codes(session.diagnostics(broken, version: 1)).contains("ST0001"))
        // A huge file.
        let huge = Self.uri("huge.yaml")
        let lines = (0..<40_000).map { "  n\($0): { say: \"line \($0) of a very long dialogue\", end: true }" }
        try session.notify("textDocument/didOpen", ["textDocument": ["uri": huge, "languageId": "yaml", "version": 1,
                                                                     "text": "id: huge\ntopic: stress\nnodes:\n" + lines.joined(separator: "\n")]])
        #expect(Self.codes(session.diagnostics(huge, version: 1)) == ["ST0017"])
        // Requests about unknown files, and positions past the end, are answered.
        let nowhere = try session.request("textDocument/definition", ["textDocument": ["uri": "file:///nowhere.yaml"], "position": Self.position(99, 99)])
        #expect(nowhere?["result"] is NSNull)
        let past = try session.request("textDocument/hover", ["textDocument": ["uri": broken], "position": Self.position(500, 3)])
        #expect(past?["result"] is NSNull)
        // Still serving: a good file gets its diagnostics.
        let good = Self.uri("good.yaml")
        try session.notify("textDocument/didOpen", ["textDocument": ["uri": good, "languageId": "yaml", "version": 1,
                                                                     "text": "id: good\ntopic: stress\nnodes:\n  one: { say: \"Hi.\", end: true }\n"]])
        #expect(session.diagnostics(good, version: 1) != nil)
        #expect(try session.close() == .exit(0))
    }

    @Test func aTranscriptShowsItsFailingCheckAtItsLine() throws {
        let session = try LSPSession()
        _ = try session.request("initialize", ["processId": NSNull(), "capabilities": [:]])
        let uri = Self.uri("mine.transcript")
        try session.notify("textDocument/didOpen", ["textDocument": ["uri": uri, "languageId": "steady-transcript", "version": 1,
                                                                     "text": "> i really want a drink\n= dialogue urge-surfing\n= topic stress\n= topik x\n"]])
        let parse = try #require(session.diagnostics(uri, version: 1))
        #expect(parse.count == 1 && (parse.first?["message"] as? String)?.contains("topik") == true, "\(parse)")
        try session.notify("textDocument/didChange", ["textDocument": ["uri": uri, "version": 2],
                                                      "contentChanges": [["text": "> i really want a drink\n= dialogue urge-surfing\n= topic stress\n"]]])
        let failing = try #require(session.diagnostics(uri, version: 2))
        #expect(failing.count == 1, "\(failing)")
        #expect((((failing.first?["range"] as? [String: Any])?["start"]) as? [String: Any])?["line"] as? Int == 2)
        let completion = try session.request("textDocument/completion", ["textDocument": ["uri": uri], "position": Self.position(1, 11)])
        let labels = (((completion?["result"] as? [String: Any])?["items"] as? [[String: Any]]) ?? []).compactMap { $0["label"] as? String }
        #expect(labels.contains("urge-surfing"))
        #expect(try session.close() == .exit(0))
    }

    @Test func anEditToOneFileUpdatesTheFindingsOfAnotherOpenFile() throws {
        let session = try LSPSession()
        _ = try session.request("initialize", ["processId": NSNull(), "capabilities": [:]])
        let caller = Self.uri("caller.yaml"), called = Self.uri("called.yaml")
        try session.notify("textDocument/didOpen", ["textDocument": ["uri": called, "languageId": "yaml", "version": 1,
                                                                     "text": "id: lsp-called\ntopic: stress\nnodes:\n  one: { say: \"Hi.\", end: true }\n"]])
        try session.notify("textDocument/didOpen", ["textDocument": ["uri": caller, "languageId": "yaml", "version": 1,
                                                                     "text": "id: lsp-caller\ntopic: stress\nnodes:\n  one: { say: \"Hi.\", call: lsp-called }\n"]])
        #expect(!Self.codes(session.diagnostics(caller, version: 1)).contains("ST0007"))
        // Renaming the called dialogue breaks the call in the other file.
        try session.notify("textDocument/didChange", ["textDocument": ["uri": called, "version": 2],
                                                      "contentChanges": [["text": "id: lsp-renamed\ntopic: stress\nnodes:\n  one: { say: \"Hi.\", end: true }\n"]]])
        _ = session.diagnostics(called, version: 2)
        // The caller's findings are published again once the editor is quiet.
        let updated = session.wait { message in
            guard let params = message["params"] as? [String: Any], params["uri"] as? String == caller else { return false }
            return Self.codes(params["diagnostics"] as? [[String: Any]]).contains("ST0007")
        }
        #expect(updated != nil, "\(session.received)")
        #expect(try session.close() == .exit(0))
    }

    @Test func exitWithoutShutdownEndsWithOne() throws {
        let session = try LSPSession()
        _ = try session.request("initialize", ["processId": NSNull(), "capabilities": [:]])
        try session.notify("exit", NSNull())
        #expect(session.child.wait(timeout: 20) == .exit(1))
    }
}
