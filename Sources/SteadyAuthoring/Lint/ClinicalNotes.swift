import Foundation

/// The clinical notes for one dialogue folder: the ids that `docs/CLINICAL.md` beside the folder
/// gives a section (a line `## id`).
///
/// A folder without such a file has no notes, and lint asks nothing of its dialogues: a person's
/// own dialogue folder needs no clinical page.
public struct ClinicalNotes: Sendable, Hashable {
    /// The dialogue folder these notes cover, as its files' paths begin.
    public var folder: String
    /// The notes file, as diagnostics name it.
    public var path: String
    /// The dialogue ids that have a section.
    public var ids: Set<String>

    /// Reads the `## id` headings of the notes file's text.
    public init(folder: String, path: String, text: String) {
        self.folder = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        self.path = path
        var ids = Set<String>()
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) where line.hasPrefix("## ") {
            let heading = line.dropFirst(3).trimmingCharacters(in: .whitespaces)
            if !heading.isEmpty, !heading.contains(" ") { ids.insert(heading.replacingOccurrences(of: "`", with: "")) }
        }
        self.ids = ids
    }

    /// Whether a file lies in the folder these notes cover.
    public func covers(file: String) -> Bool {
        folder.isEmpty ? !file.hasPrefix("/") : file.hasPrefix(folder + "/")
    }
}
