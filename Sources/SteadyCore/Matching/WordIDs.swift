/// Small integer ids for the words and concepts one library names, so that matching compares
/// integers instead of strings.
///
/// A library builds its own table while it compiles its concepts, patterns and examples, in the
/// order of its files, so the same files always give the same ids, whatever else the process has
/// loaded. Concepts are kept as `~name`. A message's words are only looked up: what people type
/// never grows the table.
public struct WordIDs: Sendable {
    /// The id of a message word that the library does not name.
    public static let unnamed: Int32 = -1
    /// The id of a pattern word that the library does not name: no message word has it.
    public static let unmatchable: Int32 = -2

    private var ids: [String: Int32] = [:]

    public init() {}

    /// A table naming these words, in order.
    public init<S: Sequence>(naming words: S) where S.Element == String {
        for word in words { name(word) }
    }

    /// How many words and concepts are named.
    public var count: Int { ids.count }

    /// The id of a word or a `~concept`, naming it if it has none yet.
    @discardableResult
    public mutating func name(_ atom: String) -> Int32 {
        if let id = ids[atom] { return id }
        let id = Int32(ids.count)
        ids[atom] = id
        return id
    }

    /// The id of a word or a `~concept`, or nil when the library does not name it.
    public func id(of atom: String) -> Int32? { ids[atom] }

    /// The atom a concept name stands for.
    static func concept(_ name: String) -> String { "~" + name }
}
