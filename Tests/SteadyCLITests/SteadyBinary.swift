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

    final class Collected: @unchecked Sendable {
        var data = Data()
    }

    /// A fresh, empty data folder.
    static func temporaryFolder() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("steady-test-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func run(_ arguments: [String], input: String = "", environment: [String: String] = [:]) throws -> Result {
        try run(arguments, bytes: Data(input.utf8), environment: environment)
    }

    /// Runs the binary with `bytes` as its standard input, which need not be valid UTF-8.
    static func run(_ arguments: [String], bytes: Data, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["STEADY_DATA_DIR"] = env["STEADY_DATA_DIR"] ?? temporaryFolder().path
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let writer = Thread {
            try? stdin.fileHandleForWriting.write(contentsOf: bytes)
            try? stdin.fileHandleForWriting.close()
        }
        writer.start()
        let collected = Collected()
        let done = DispatchSemaphore(value: 0)
        Thread {
            collected.data = stderr.fileHandleForReading.readDataToEndOfFile()
            done.signal()
        }.start()
        let outData = stdout.fileHandleForReading.readDataToEndOfFile()
        done.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: collected.data, as: UTF8.self))
    }
}
