import CReadline
import Foundation

/// The one place that touches GNU Readline's C API: line editing, history and Ctrl-C.
final class Readline: LineReader {
    private let historyPath: String?
    private let historyLimit: Int

    /// - Parameters:
    ///   - historyPath: where history is kept across runs (mode 0600), or nil for none.
    ///   - historyLimit: the most lines kept.
    init(historyPath: String?, historyLimit: Int = 1000) {
        self.historyPath = historyPath
        self.historyLimit = historyLimit
        steady_rl_set_name(strdup("steady"))
        using_history()
        stifle_history(Int32(historyLimit))
        if let historyPath, FileManager.default.fileExists(atPath: historyPath) {
            chmod(historyPath, 0o600)
            read_history(historyPath)
        }
        // Ctrl-C clears the line being typed and gives a fresh prompt instead of quitting.
        steady_rl_install_sigint()
    }

    func readLine(prompt: String) -> String? {
        guard let raw = readline(prompt) else { return nil }
        defer { free(raw) }
        let line = String(cString: raw)
        if !line.trimmingCharacters(in: .whitespaces).isEmpty { remember(line) }
        return line
    }

    /// Adds a line to history and saves the file at once, so a kill loses nothing typed.
    private func remember(_ line: String) {
        add_history(line)
        guard let historyPath else { return }
        if !FileManager.default.fileExists(atPath: historyPath) {
            _ = FileManager.default.createFile(atPath: historyPath, contents: nil, attributes: [.posixPermissions: 0o600])
        }
        write_history(historyPath)
        history_truncate_file(historyPath, Int32(historyLimit))
        chmod(historyPath, 0o600)
    }
}
