import Foundation
import Testing

/// Runs the built `steady` binary the way a person or a program would.
enum SteadyBinary {
    /// The package root, found from this file's path.
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary built beside the tests.
    static let url: URL = {
        let fileManager = FileManager.default
        var candidates: [URL] = []
        let bundle = Bundle.main.bundleURL
        candidates.append(bundle.deletingLastPathComponent().appendingPathComponent("steady"))
        candidates.append(bundle.appendingPathComponent("steady"))
        if let executable = Bundle.main.executableURL {
            candidates.append(executable.deletingLastPathComponent().appendingPathComponent("steady"))
        }
        candidates.append(packageRoot.appendingPathComponent(".build/debug/steady"))
        return candidates.first { fileManager.isExecutableFile(atPath: $0.path) } ?? candidates.last!
    }()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String

        /// The stdout lines parsed as JSON objects.
        var turns: [[String: Any]] {
            stdout.split(separator: "\n").compactMap {
                (try? JSONSerialization.jsonObject(with: Data($0.utf8))) as? [String: Any]
            }
        }
    }

    /// A fresh, empty data folder.
    static func temporaryFolder() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("steady-test-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// This process's environment without colour, with `extra` on top.
    static func environment(_ extra: [String: String] = [:]) -> [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment.merge(extra) { _, new in new }
        return environment
    }

    static func run(_ arguments: [String], input: String = "", environment: [String: String] = [:]) throws -> Result {
        try run(arguments, bytes: Data(input.utf8), environment: environment)
    }

    /// Runs the binary with `bytes` as its standard input, which need not be valid UTF-8.
    static func run(_ arguments: [String], bytes: Data, environment: [String: String] = [:]) throws -> Result {
        var env = Self.environment(environment)
        env["STEADY_DATA_DIR"] = env["STEADY_DATA_DIR"] ?? temporaryFolder().path
        let result = try Spawn.run(url.path, arguments, input: bytes, environment: env)
        return Result(status: result.status, stdout: String(decoding: result.stdout, as: UTF8.self),
                      stderr: String(decoding: result.stderr, as: UTF8.self))
    }
}
