import ArgumentParser
import Foundation
import SteadyAuthoring
import SteadyCore

extension Steady {
    /// A language server for editors, over standard input and output.
    struct LSP: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "lsp",
            abstract: "Run a Language Server Protocol server on standard input and output, for editors.",
            discussion: """
                Serves dialogue (.yaml), concept and transcript (.transcript) files: the findings of \
                steady lint as you type, go to definition for goto, start, call, ~concepts and dialogue \
                ids, hover, completion and quick fixes. The shipped Dialogues, any --dialogues folders \
                and the Dialogues folder of the editor's workspace are loaded. docs/EDITORS.md shows how \
                to set up VS Code, Neovim and Helix.
                """)

        @OptionGroup var options: SharedOptions

        func run() throws {
            guard let shipped = DialogueFiles.shippedFolder() else {
                printError("Steady can't find its Dialogues folder.")
                throw ExitCode.failure
            }
            let shippedPath = Self.absolute(shipped)
            let safetyFolder = shippedPath + "/safety"
            let scripts = DialogueFiles.yamlFiles(in: shippedPath).filter { !$0.hasPrefix(safetyFolder + "/") }
                + options.dialogues.flatMap { DialogueFiles.yamlFiles(in: Self.absolute($0)) }
            let wordsPath = shippedPath + "/words/english.txt"
            let words = (try? Data(contentsOf: URL(fileURLWithPath: wordsPath), options: .alwaysMapped)).map(WordList.init) ?? .empty
            let files = LanguageServer.Files(
                scripts: Self.read(scripts), safety: Self.read(DialogueFiles.yamlFiles(in: safetyFolder)), words: words)
            let server = LanguageServer(files: files, loadFolder: { root in
                let folder = Self.absolute(root + "/Dialogues")
                guard folder != shippedPath, FileManager.default.fileExists(atPath: folder) else { return [] }
                return Self.read(DialogueFiles.yamlFiles(in: folder).filter { !$0.hasPrefix(folder + "/safety/") })
            }, playTranscript: { transcript, library in
                (try? Test.play(transcript, runner: TranscriptRunner(library: library)).failures) ?? []
            })
            signal(SIGPIPE, SIG_IGN)
            var framer = MessageFramer()
            var buffer = [UInt8](repeating: 0, count: 1 << 16)
            while true {
                // While the editor is quiet, bring other open files' findings up to date.
                while server.hasIdleWork, !Self.inputIsWaiting() {
                    for reply in server.idle() { Self.write(MessageFramer.frame(reply)) }
                }
                let count = Foundation.read(STDIN_FILENO, &buffer, buffer.count)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { throw ExitCode(server.exitStatus ?? 1) }
                framer.append(Data(buffer[0..<count]))
                while let piece = framer.next() {
                    let replies: [Data]
                    switch piece {
                    case .message(let body): replies = server.handle(body)
                    case .broken(let reason): replies = server.handleBroken(reason)
                    }
                    for reply in replies { Self.write(MessageFramer.frame(reply)) }
                    if let status = server.exitStatus { throw ExitCode(status) }
                }
            }
        }

        /// Whether standard input has bytes to read now.
        static func inputIsWaiting() -> Bool {
            var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            return poll(&descriptor, 1, 0) > 0
        }

        static func absolute(_ path: String) -> String {
            URL(fileURLWithPath: path).standardizedFileURL.path
        }

        /// Reads script files under their absolute paths; a file that cannot be read is left out.
        static func read(_ paths: [String]) -> [ScriptSource] {
            paths.compactMap { path in
                let full = absolute(path)
                guard let data = FileManager.default.contents(atPath: full), data.count <= 1_000_000,
                    let text = String(data: data, encoding: .utf8)
                else { return nil }
                return ScriptSource(path: full, text: text)
            }
        }

        /// Writes all of a message to standard output.
        static func write(_ data: Data) {
            data.withUnsafeBytes { raw in
                guard var pointer = raw.baseAddress else { return }
                var left = raw.count
                while left > 0 {
                    let written = Foundation.write(STDOUT_FILENO, pointer, left)
                    if written < 0 {
                        if errno == EINTR { continue }
                        return
                    }
                    pointer += written
                    left -= written
                }
            }
        }
    }
}
