import Foundation
import SteadyCore

/// Keeps what a library learnt from labelled messages (``Library/Learnt``) between runs, so that
/// a start after the first skips learning, which is most of start-up.
///
/// One file, `learnt`, in `$STEADY_CACHE_DIR`, else `$XDG_CACHE_HOME/steady`, else
/// `~/.cache/steady`. It holds only the shipped and authored messages' counts, nothing a person
/// wrote, and it is kept under a key of every file learning read and of this build of the program.
/// A missing, stale or damaged file means learning again, never an error, and writing is only
/// tried: a read-only home still chats.
enum LearntCache {
    static func folder(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit = environment["STEADY_CACHE_DIR"], !explicit.isEmpty { return explicit }
        if let xdg = environment["XDG_CACHE_HOME"], xdg.hasPrefix("/") { return xdg + "/steady" }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.cache/steady"
    }

    static var path: String { folder() + "/learnt" }

    /// This build of the program: its file's path, size and time of change.
    static func program() -> String {
        guard let executable = DialogueFiles.executablePath() else { return "" }
        var info = stat()
        guard stat(executable, &info) == 0 else { return executable }
        return "\(executable) \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }

    static func read(key: UInt64) -> Library.Learnt? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return Library.Learnt(file: [UInt8](data), key: key)
    }

    /// Writes beside the file, then renames over it, so that a reader sees the old file or the
    /// new one, never half of one.
    static func write(_ learnt: Library.Learnt, key: UInt64) {
        let folder = folder()
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                 attributes: [.posixPermissions: 0o700])
        let partial = folder + "/learnt.\(getpid()).partial"
        guard FileManager.default.createFile(atPath: partial, contents: Data(learnt.file(key: key))) else { return }
        if rename(partial, path) != 0 { unlink(partial) }
    }
}
