import Foundation
import SteadyCore

/// A Language Server Protocol server for dialogue, concept and transcript files: diagnostics as
/// the author types (the same as `steady lint`), go to definition, hover, completion and quick
/// fixes for lint's hints.
///
/// It does no I/O of its own: the front end reads framed messages (see ``MessageFramer``), hands
/// each body to ``handle(_:)`` and writes back the bodies it returns. It answers every request,
/// with an error when it cannot, and keeps serving whatever it is sent.
public final class LanguageServer {
    /// The scripts on disk when the server starts: dialogue and concept files (absolute paths),
    /// the safety files, and the dictionary spelling correction leaves alone.
    public struct Files: Sendable {
        public var scripts: [ScriptSource]
        public var safety: [ScriptSource]
        public var words: WordList

        public init(scripts: [ScriptSource], safety: [ScriptSource], words: WordList = .empty) {
            self.scripts = scripts
            self.safety = safety
            self.words = words
        }
    }

    /// Plays a transcript and returns its failures; given by a front end that can perform effects.
    public typealias TranscriptPlayer = @Sendable (Transcript, Library) -> [TranscriptRunner.Failure]

    var files: Files
    /// Paths of the scripts in load order, and their text on disk.
    var order: [String]
    var disk: [String: String]
    /// Open documents by URI.
    var documents: [String: Document] = [:]
    /// Reads the scripts of a workspace folder, when the editor names one.
    let loadFolder: (String) -> [ScriptSource]
    let playTranscript: TranscriptPlayer?
    /// The library built from the current texts, and whether a text changed since.
    var built: (library: Library?, diagnostics: [Diagnostic])?
    /// Open documents whose findings may have changed with another file's edit, to publish
    /// again when the editor pauses (see ``idle()``).
    var stale: [String] = []
    var shutdownRequested = false
    /// Set once the editor sends `exit`: the status the process should end with.
    public private(set) var exitStatus: Int32?

    public init(files: Files, loadFolder: @escaping (String) -> [ScriptSource] = { _ in [] },
                playTranscript: TranscriptPlayer? = nil) {
        self.files = files
        self.loadFolder = loadFolder
        self.playTranscript = playTranscript
        order = files.scripts.map(\.path)
        disk = Dictionary(files.scripts.map { ($0.path, $0.text) }, uniquingKeysWith: { a, _ in a })
    }

    // MARK: - Messages

    /// Answers one message body; returns the bodies to send back (responses and notifications).
    public func handle(_ body: Data) -> [Data] {
        guard let json = try? JSONSerialization.jsonObject(with: body) else {
            return [Self.error(id: NSNull(), code: -32700, "Parse error: the message is not JSON")]
        }
        guard let message = json as? [String: Any] else {
            return [Self.error(id: NSNull(), code: -32600, "Invalid request: a message is a JSON object")]
        }
        let id = message["id"]
        guard let method = message["method"] as? String else {
            // A response to a request of ours (there are none), or nonsense.
            return id == nil ? [Self.error(id: NSNull(), code: -32600, "Invalid request: no method")] : []
        }
        let params = message["params"] as? [String: Any] ?? [:]
        if exitStatus != nil { return [] }
        if shutdownRequested, method != "exit", id != nil {
            return [Self.error(id: id ?? NSNull(), code: -32600, "Invalid request: the server is shutting down")]
        }
        switch method {
        case "initialize":
            return [respond(id, initialize(params))]
        case "initialized", "$/cancelRequest", "$/setTrace", "workspace/didChangeConfiguration",
             "workspace/didChangeWatchedFiles", "textDocument/didSave":
            return []
        case "shutdown":
            shutdownRequested = true
            return [respond(id, NSNull())]
        case "exit":
            exitStatus = shutdownRequested ? 0 : 1
            return []
        case "textDocument/didOpen":
            return didOpen(params)
        case "textDocument/didChange":
            return didChange(params)
        case "textDocument/didClose":
            return didClose(params)
        case "textDocument/definition":
            return [respond(id, definition(params) ?? NSNull())]
        case "textDocument/hover":
            return [respond(id, hover(params) ?? NSNull())]
        case "textDocument/completion":
            return [respond(id, completion(params))]
        case "textDocument/codeAction":
            return [respond(id, codeActions(params))]
        default:
            guard let id else { return [] }  // an unknown notification is ignored
            return [Self.error(id: id, code: -32601, "Method not found: \(method)")]
        }
    }

    /// Whether some open document waits to have its findings published again.
    public var hasIdleWork: Bool { !stale.isEmpty && exitStatus == nil }

    /// Publishes the findings of one open document that another file's edit may have changed.
    /// The front end calls it while no message is waiting, so typing is never kept waiting.
    public func idle() -> [Data] {
        guard !stale.isEmpty else { return [] }
        return publish(stale.removeFirst())
    }

    /// The answer to bytes the framer could not read as a message.
    public func handleBroken(_ reason: String) -> [Data] {
        [Self.error(id: NSNull(), code: -32700, "Parse error: \(reason)")]
    }

    func initialize(_ params: [String: Any]) -> [String: Any] {
        var roots: [String] = []
        if let folders = params["workspaceFolders"] as? [[String: Any]] {
            roots += folders.compactMap { ($0["uri"] as? String).flatMap(Self.path(fromURI:)) }
        }
        if roots.isEmpty, let root = (params["rootUri"] as? String).flatMap(Self.path(fromURI:)) ?? params["rootPath"] as? String {
            roots.append(root)
        }
        for root in roots {
            for source in loadFolder(root) where disk[source.path] == nil {
                order.append(source.path)
                disk[source.path] = source.text
            }
        }
        built = nil
        return [
            "capabilities": [
                "textDocumentSync": ["openClose": true, "change": 2, "save": ["includeText": false]],
                "definitionProvider": true,
                "hoverProvider": true,
                "completionProvider": ["triggerCharacters": ["~", ":", " ", "="], "resolveProvider": false],
                "codeActionProvider": ["codeActionKinds": ["quickfix"]],
            ] as [String: Any],
            "serverInfo": ["name": "steady", "version": "0.1.0"],
        ]
    }

    // MARK: - Documents

    func didOpen(_ params: [String: Any]) -> [Data] {
        guard let item = params["textDocument"] as? [String: Any], let uri = item["uri"] as? String,
            let text = item["text"] as? String
        else { return [] }
        let path = Self.path(fromURI: uri) ?? uri
        documents[uri] = Document(uri: uri, path: path, version: item["version"] as? Int ?? 0, text: text)
        if documents[uri]?.kind == .dialogue || documents[uri]?.kind == .concepts {
            if disk[path] == nil { order.append(path) }
            built = nil
        }
        return publish(uri)
    }

    func didChange(_ params: [String: Any]) -> [Data] {
        guard let item = params["textDocument"] as? [String: Any], let uri = item["uri"] as? String,
            var document = documents[uri]
        else { return [] }
        for change in params["contentChanges"] as? [[String: Any]] ?? [] { document.apply(change) }
        document.version = item["version"] as? Int ?? document.version + 1
        documents[uri] = document
        if document.kind != .transcript {
            built = nil
            stale = documents.keys.filter { $0 != uri }.sorted()
        }
        stale.removeAll { $0 == uri }
        return publish(uri)
    }

    func didClose(_ params: [String: Any]) -> [Data] {
        guard let item = params["textDocument"] as? [String: Any], let uri = item["uri"] as? String,
            let document = documents.removeValue(forKey: uri)
        else { return [] }
        if disk[document.path] == nil { order.removeAll { $0 == document.path } }
        built = nil
        return [Self.notification("textDocument/publishDiagnostics", ["uri": uri, "diagnostics": [] as [Any]])]
    }

    /// The current text of every script: open documents over what is on disk.
    var sources: [ScriptSource] {
        let open = Dictionary(documents.values.filter { !$0.isTooLarge }.map { ($0.path, $0.text) }, uniquingKeysWith: { a, _ in a })
        return order.compactMap { path in (open[path] ?? disk[path]).map { ScriptSource(path: path, text: $0) } }
    }

    /// The library built from the current texts, built again only after a change.
    var current: (library: Library?, diagnostics: [Diagnostic]) {
        if let built { return built }
        let made = Library.build(sources: sources, safety: files.safety, words: files.words)
        built = made
        return made
    }

    // MARK: - Diagnostics

    func publish(_ uri: String) -> [Data] {
        guard let document = documents[uri] else { return [] }
        let found: [Diagnostic]
        switch document.isTooLarge ? .other : document.kind {
        case .dialogue, .concepts:
            let (library, loadDiagnostics) = current
            found = Linter(library: library, sources: sources, loadDiagnostics: loadDiagnostics).run(file: document.path)
        case .transcript:
            found = transcriptDiagnostics(document)
        case .other:
            found = []
        }
        var diagnostics = found.map { lspDiagnostic($0, in: document) }
        if document.isTooLarge {
            // As the loader refuses it: the file is not read at all, and the rest still serve.
            diagnostics = [lspDiagnostic(Diagnostic(.error, .tooLarge, at: SourceLocation(file: document.path, line: 1, column: 1),
                                                    "the file is larger than 1000 kB", hint: "split it into smaller dialogues"), in: document)]
        }
        return [Self.notification("textDocument/publishDiagnostics",
                                  ["uri": uri, "version": document.version, "diagnostics": diagnostics])]
    }

    func transcriptDiagnostics(_ document: Document) -> [Diagnostic] {
        let transcript: Transcript
        do {
            transcript = try TranscriptParser.parse(document.text)
        } catch {
            return error.problems.map {
                Diagnostic(.error, .badValue, at: SourceLocation(file: document.path, line: $0.line, column: $0.column), $0.message)
            }
        }
        guard let playTranscript, let library = current.library else { return [] }
        return playTranscript(transcript, library).map { failure in
            let line = document.line(failure.line - 1)
            let column = (line.firstIndex { !$0.isWhitespace }.map { line.distance(from: line.startIndex, to: $0) } ?? 0) + 1
            var lines = failure.explanation
            let first = lines.isEmpty ? "this check failed" : lines.removeFirst()
            return Diagnostic(.error, .badValue, at: SourceLocation(file: document.path, line: failure.line, column: column), first,
                              hint: lines.isEmpty ? nil : lines.joined(separator: "\n"))
        }
    }

    /// A finding as the protocol shows it: a range over the word at its place, its code, and
    /// its hint in the message (and, for a did-you-mean, the replacement for a quick fix).
    func lspDiagnostic(_ diagnostic: Diagnostic, in document: Document) -> [String: Any] {
        let line = max(0, diagnostic.location.line - 1)
        let start = max(0, diagnostic.location.column - 1)
        let chars = Array(document.line(line))
        var end = min(start, chars.count)
        while end < chars.count, !chars[end].isWhitespace, chars[end] != ",", chars[end] != "}" { end += 1 }
        if end <= start { end = start + 1 }
        var message = diagnostic.message
        if let hint = diagnostic.hint { message += "\nhint: \(hint)" }
        var out: [String: Any] = [
            "range": ["start": Position(line: line, character: start).json, "end": Position(line: line, character: end).json],
            "severity": diagnostic.severity == .error ? 1 : diagnostic.severity == .warning ? 2 : 3,
            "code": diagnostic.code.rawValue,
            "source": "steady",
            "message": message,
        ]
        if let fix = QuickFix(diagnostic) { out["data"] = ["wrong": fix.wrong, "replacement": fix.replacement] }
        return out
    }

    // MARK: - JSON-RPC

    func respond(_ id: Any?, _ result: Any) -> Data {
        Self.encode(["jsonrpc": "2.0", "id": id ?? NSNull(), "result": result])
    }

    static func error(id: Any, code: Int, _ message: String) -> Data {
        encode(["jsonrpc": "2.0", "id": id, "error": ["code": code, "message": message]])
    }

    static func notification(_ method: String, _ params: [String: Any]) -> Data {
        encode(["jsonrpc": "2.0", "method": method, "params": params])
    }

    static func encode(_ object: [String: Any]) -> Data {
        (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
    }

    /// The path of a `file://` URI.
    public static func path(fromURI uri: String) -> String? {
        guard uri.hasPrefix("file://") else { return nil }
        return URL(string: uri)?.path ?? String(uri.dropFirst(7)).removingPercentEncoding
    }

    /// The `file://` URI of a path.
    public static func uri(of path: String) -> String {
        URL(fileURLWithPath: path).absoluteString
    }
}
