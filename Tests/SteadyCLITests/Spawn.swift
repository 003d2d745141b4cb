import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Child processes for the end-to-end tests, started with `posix_spawn` and waited for with
/// `waitpid` on their own pid, always with a deadline.
///
/// Foundation's `Process` is not used: on Linux it can miss a child's exit when many tests start
/// processes at once, and `waitUntilExit()` then never returns (seen in CI: a finished `tmux`
/// client left as a zombie and the whole test run hung). Output goes to files rather than pipes,
/// so a grandchild that keeps its descriptors (the tmux server) cannot hold a read open forever.
enum Spawn {
    /// Taken around making a pipe and spawning, so descriptors never leak between children.
    static let lock = NSLock()

    /// How a child ended.
    enum Ending: Equatable, CustomStringConvertible {
        case exit(Int32)
        case signal(Int32)
        case timedOut

        var description: String {
            switch self {
            case .exit(let code): "exit \(code)"
            case .signal(let signal): "signal \(signal)"
            case .timedOut: "killed after the deadline"
            }
        }
    }

    struct Result {
        var ending: Ending
        var stdout: Data
        var stderr: Data

        /// The exit status, with a signal as 128 + its number and a timeout as -1.
        var status: Int32 {
            switch ending {
            case .exit(let code): code
            case .signal(let signal): 128 + signal
            case .timedOut: -1
            }
        }
    }

    enum Failure: Error, CustomStringConvertible {
        case cannotStart(String, Int32)
        case cannotOpen(String, Int32)

        var description: String {
            switch self {
            case .cannotStart(let path, let code): "cannot start \(path): \(String(cString: strerror(code)))"
            case .cannotOpen(let path, let code): "cannot open \(path): \(String(cString: strerror(code)))"
            }
        }
    }

    /// Runs `executable` to the end with `input` as its standard input; kills it after `timeout` seconds.
    static func run(_ executable: String, _ arguments: [String], input: Data = Data(),
                    environment: [String: String]? = nil, timeout: Double = 120) throws -> Result {
        let child = try Child(executable, arguments, input: .bytes(input), environment: environment)
        let ending = child.wait(timeout: timeout)
        return Result(ending: ending, stdout: child.output, stderr: child.errors)
    }

    /// A started child. Its output and errors are collected in temporary files.
    final class Child: @unchecked Sendable {
        enum Input {
            case null
            case bytes(Data)
            /// A pipe kept open for `send`; `closeInput()` ends it.
            case pipe
        }

        let pid: pid_t
        private let folder: URL
        private var inputWriter: Int32 = -1
        private let lock = NSLock()
        private var ended: Ending?

        init(_ executable: String, _ arguments: [String], input: Input = .null,
             environment: [String: String]? = nil) throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("steady-spawn-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)

            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }

            var inputReader: Int32 = -1
            switch input {
            case .null:
                posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
            case .bytes(let bytes):
                let path = folder.appendingPathComponent("stdin").path
                try bytes.write(to: URL(fileURLWithPath: path))
                posix_spawn_file_actions_addopen(&actions, 0, path, O_RDONLY, 0)
            case .pipe:
                var fds: [Int32] = [-1, -1]
                // Made and marked close-on-exec under the lock every spawn takes, so no other
                // child inherits the writing end and keeps the input from ending.
                let made = Spawn.lock.withLock {
                    guard pipe(&fds) == 0 else { return false }
                    _ = fcntl(fds[0], F_SETFD, FD_CLOEXEC)
                    _ = fcntl(fds[1], F_SETFD, FD_CLOEXEC)
                    return true
                }
                guard made else { throw Failure.cannotOpen("a pipe", errno) }
                inputReader = fds[0]
                inputWriter = fds[1]
                posix_spawn_file_actions_adddup2(&actions, inputReader, 0)
            }
            posix_spawn_file_actions_addopen(&actions, 1, folder.appendingPathComponent("stdout").path,
                                             O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            posix_spawn_file_actions_addopen(&actions, 2, folder.appendingPathComponent("stderr").path,
                                             O_WRONLY | O_CREAT | O_TRUNC, 0o600)

            let environment = environment ?? ProcessInfo.processInfo.environment
            let argv = ([executable] + arguments).map { strdup($0) } + [nil]
            let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
            defer {
                argv.forEach { free($0) }
                envp.forEach { free($0) }
            }
            var pid: pid_t = 0
            let code = Spawn.lock.withLock { posix_spawn(&pid, executable, &actions, nil, argv, envp) }
            if inputReader >= 0 { close(inputReader) }
            guard code == 0 else {
                if inputWriter >= 0 { close(inputWriter) }
                throw Failure.cannotStart(executable, code)
            }
            self.pid = pid
        }

        deinit {
            if inputWriter >= 0 { close(inputWriter) }
            if lock.withLock({ ended }) == nil {
                kill(pid, SIGKILL)
                _ = wait(timeout: 5)
            }
            try? FileManager.default.removeItem(at: folder)
        }

        /// Writes to the child's standard input (only with `.pipe`).
        func send(_ bytes: Data) throws {
            var rest = bytes[...]
            while !rest.isEmpty {
                let written = rest.withUnsafeBytes { write(inputWriter, $0.baseAddress, $0.count) }
                if written < 0 {
                    if errno == EINTR { continue }
                    throw Failure.cannotOpen("the child's input", errno)
                }
                rest = rest.dropFirst(written)
            }
        }

        func closeInput() {
            if inputWriter >= 0 { close(inputWriter) }
            inputWriter = -1
        }

        /// What the child has written to its standard output so far.
        var output: Data { (try? Data(contentsOf: folder.appendingPathComponent("stdout"))) ?? Data() }
        var errors: Data { (try? Data(contentsOf: folder.appendingPathComponent("stderr"))) ?? Data() }

        /// Waits for the child to end; after `timeout` seconds it is killed and `.timedOut` returned.
        @discardableResult
        func wait(timeout: Double = 120) -> Ending {
            if let ended = lock.withLock({ ended }) { return ended }
            let deadline = Date().addingTimeInterval(timeout)
            var pause: UInt32 = 1_000
            while true {
                var status: Int32 = 0
                let result = waitpid(pid, &status, WNOHANG)
                if result == pid {
                    let signal = status & 0x7f
                    let ending: Ending = signal == 0 ? .exit((status >> 8) & 0xff) : .signal(signal)
                    lock.withLock { ended = ending }
                    return ending
                }
                if result < 0 && errno != EINTR {
                    lock.withLock { ended = .exit(-1) }
                    return .exit(-1)
                }
                if Date() >= deadline {
                    kill(pid, SIGKILL)
                    var ignored: Int32 = 0
                    _ = waitpid(pid, &ignored, 0)
                    lock.withLock { ended = .timedOut }
                    return .timedOut
                }
                usleep(pause)
                pause = min(pause * 2, 20_000)
            }
        }
    }
}
