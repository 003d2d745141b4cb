import Foundation

/// `steady lsp` started as an editor starts it, with messages sent and read over its pipes.
final class LSPSession {
    let child: Spawn.Child
    private var consumed = 0
    private(set) var received: [[String: Any]] = []
    private var nextID = 0

    init() throws {
        child = try Spawn.Child(SteadyBinary.url.path, ["lsp"], input: .pipe, environment: SteadyBinary.environment([
            "STEADY_DATA_DIR": SteadyBinary.temporaryFolder().path,
        ]))
    }

    static func frame(_ object: Any) -> Data {
        let body = (try? JSONSerialization.data(withJSONObject: object)) ?? Data()
        return Data("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }

    func send(raw: Data) throws { try child.send(raw) }

    func notify(_ method: String, _ params: Any) throws {
        try child.send(Self.frame(["jsonrpc": "2.0", "method": method, "params": params]))
    }

    /// Sends a request and waits for the answer with its id.
    func request(_ method: String, _ params: Any, timeout: Double = 30) throws -> [String: Any]? {
        nextID += 1
        let id = nextID
        try child.send(Self.frame(["jsonrpc": "2.0", "id": id, "method": method, "params": params]))
        return wait(timeout: timeout) { ($0["id"] as? Int) == id && $0["method"] == nil }
    }

    /// Waits for a message the test accepts, reading what the server wrote so far.
    func wait(timeout: Double = 30, _ accept: ([String: Any]) -> Bool) -> [String: Any]? {
        let deadline = Date().addingTimeInterval(timeout)
        var index = 0
        while Date() < deadline {
            readOutput()
            while index < received.count {
                defer { index += 1 }
                if accept(received[index]) { return received[index] }
            }
            usleep(5_000)
        }
        return nil
    }

    /// The diagnostics published for a file at a version (any version when nil).
    func diagnostics(_ uri: String, version: Int? = nil, timeout: Double = 30) -> [[String: Any]]? {
        let message = wait(timeout: timeout) { message in
            guard message["method"] as? String == "textDocument/publishDiagnostics",
                let params = message["params"] as? [String: Any], params["uri"] as? String == uri
            else { return false }
            return version == nil || params["version"] as? Int == version
        }
        return (message?["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]]
    }

    private func readOutput() {
        let output = child.output
        while true {
            let rest = output.dropFirst(consumed)
            guard let end = rest.range(of: Data("\r\n\r\n".utf8)) else { return }
            let header = String(decoding: rest[rest.startIndex..<end.lowerBound], as: UTF8.self)
            guard let length = header.split(separator: "\r\n").compactMap({ line -> Int? in
                let parts = line.split(separator: ":")
                return parts.count == 2 && parts[0].lowercased() == "content-length" ? Int(parts[1].trimmingCharacters(in: .whitespaces)) : nil
            }).first, output.endIndex - end.upperBound >= length else { return }
            let body = output[end.upperBound..<(end.upperBound + length)]
            if let object = (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] { received.append(object) }
            consumed = end.upperBound + length - output.startIndex
        }
    }

    /// Ends the session as an editor does; returns how the process ended.
    func close() throws -> Spawn.Ending {
        _ = try request("shutdown", NSNull())
        try notify("exit", NSNull())
        return child.wait(timeout: 20)
    }
}
