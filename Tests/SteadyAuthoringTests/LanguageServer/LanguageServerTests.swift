import Foundation
import SteadyAuthoring
import SteadyCore
import SteadyTestSupport
import Testing

/// The server in process, answering the messages an editor sends.
struct LanguageServerTests {
    static func server() -> LanguageServer {
        LanguageServer(files: .init(scripts: [TestLibrary.concepts], safety: [TestLibrary.safety]))
    }

    static func send(_ server: LanguageServer, _ object: [String: Any]) -> [[String: Any]] {
        let body = (try? JSONSerialization.data(withJSONObject: object)) ?? Data()
        return server.handle(body).compactMap { (try? JSONSerialization.jsonObject(with: $0)) as? [String: Any] }
    }

    static let text = """
        id: sample
        topic: craving
        triggers: ["~craving"]
        examples: [the craving is bad]
        nodes:
          one:
            say: "How strong?"
            ask: { kind: scale, into: level }
            goto: done
          done:
            say: "You said {level}."
            end: true
        """

    @Test func publishesTheLintFindingsOfAnOpenedFile() throws {
        let server = Self.server()
        _ = Self.send(server, ["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": [:]])
        let broken = Self.text.replacingOccurrences(of: "goto: done", with: "goto: dnoe")
        let out = Self.send(server, ["jsonrpc": "2.0", "method": "textDocument/didOpen", "params": [
            "textDocument": ["uri": "file:///tmp/sample.yaml", "version": 1, "text": broken],
        ]])
        let params = try #require(out.first?["params"] as? [String: Any])
        let diagnostics = try #require(params["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.map { $0["code"] as? String } == ["ST0006"], "\(diagnostics)")
        #expect((diagnostics.first?["message"] as? String)?.contains("hint: did you mean 'done'?") == true)
        #expect((diagnostics.first?["data"] as? [String: Any])?["replacement"] as? String == "done")
    }

    @Test func answersBadMessagesWithErrors() throws {
        let server = Self.server()
        let notJSON = server.handle(Data("nope".utf8)).first.flatMap { try? JSONSerialization.jsonObject(with: $0) as? [String: Any] }
        #expect((notJSON?["error"] as? [String: Any])?["code"] as? Int == -32700)
        let array = Self.send(server, ["not": "a request"])
        #expect((array.first?["error"] as? [String: Any])?["code"] as? Int == -32600)
        let unknown = Self.send(server, ["jsonrpc": "2.0", "id": 9, "method": "what/ever"])
        #expect((unknown.first?["error"] as? [String: Any])?["code"] as? Int == -32601)
        #expect(unknown.first?["id"] as? Int == 9)
    }

    @Test func shutdownThenExitEndsCleanly() {
        let server = Self.server()
        _ = Self.send(server, ["jsonrpc": "2.0", "id": 1, "method": "shutdown"])
        let late = Self.send(server, ["jsonrpc": "2.0", "id": 2, "method": "textDocument/hover", "params": [:]])
        #expect((late.first?["error"] as? [String: Any])?["code"] as? Int == -32600)
        _ = Self.send(server, ["jsonrpc": "2.0", "method": "exit"])
        #expect(server.exitStatus == 0)
    }
}
