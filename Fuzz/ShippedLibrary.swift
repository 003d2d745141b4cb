import Foundation
import SteadyCore

/// The shipped Dialogues, loaded once for the fuzz targets that need a library.
///
/// The folder is `$STEADY_SHIPPED_DIALOGUES`, else `Dialogues` in the current folder.
enum ShippedLibrary {
    static let library: Library = {
        let folder = ProcessInfo.processInfo.environment["STEADY_SHIPPED_DIALOGUES"] ?? "Dialogues"
        func sources(_ root: String, skipping skipped: String? = nil) -> [ScriptSource] {
            let paths = (FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? [])
                .filter { path in path.hasSuffix(".yaml") && !(skipped.map { path.hasPrefix($0) } ?? false) }
                .sorted()
            return paths.compactMap { path in
                (try? String(contentsOfFile: root + "/" + path, encoding: .utf8)).map { ScriptSource(path: path, text: $0) }
            }
        }
        let words = (try? Data(contentsOf: URL(fileURLWithPath: folder + "/words/english.txt"))).map(WordList.init) ?? .empty
        let (library, diagnostics) = Library.build(
            sources: sources(folder, skipping: "safety/"), safety: sources(folder + "/safety"), words: words)
        guard let library else {
            fatalError("cannot load the shipped Dialogues from \(folder): \(diagnostics.map(\.description))")
        }
        return library
    }()
}
