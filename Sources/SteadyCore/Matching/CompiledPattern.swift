/// A pattern with its words and concepts as one library's ids: what is matched against a
/// message read with the same ids.
///
/// A class, though it never changes: the router and the safety net match thousands of these
/// from arrays, and a struct would copy (and count references to) every array it holds each time.
public final class CompiledPattern: Sendable {
    public let pattern: Pattern
    let elements: [Element]
    let exclusions: [Element]
    /// One group of ids per element that every match must contain one of (a word, a concept,
    /// or the first of these in each alternative): a message missing a group cannot match. The
    /// pattern index files the pattern under one of them.
    let requiredGroups: [[Int32]]
    /// For each exclusion, the ids one of which it must contain to occur (nil when it may occur
    /// without any).
    let exclusionIDs: [[Int32]?]
    /// The ids a match must begin with, when the elements say so: other positions are not tried.
    let firstIDs: [Int32]?

    /// An element with its word or concept as an id.
    indirect enum Element: Sendable {
        case word(Int32)
        case concept(Int32)
        /// `*`, with the ids of what must follow it, when that is known: then only the lengths
        /// that end where one of them begins are tried.
        case wildcard(next: [Int32]?)
        case optional([[Element]])
        case choice([[Element]])
    }

    /// Compiles a pattern at load, naming its words and concepts in the library's ids.
    public convenience init(_ pattern: Pattern, naming ids: inout WordIDs) {
        self.init(pattern) { ids.name($0) }
    }

    /// Compiles a pattern against ids already made; a word they do not name matches nothing.
    public convenience init(_ pattern: Pattern, ids: WordIDs) {
        self.init(pattern) { ids.id(of: $0) ?? WordIDs.unmatchable }
    }

    private init(_ pattern: Pattern, id: (String) -> Int32) {
        func compile(_ element: Pattern.Element) -> Element {
            switch element {
            case .word(let word): .word(id(word))
            case .concept(let name): .concept(id(WordIDs.concept(name)))
            case .wildcard: .wildcard(next: nil)
            case .optional(let alts): .optional(alts.map { $0.map(compile) })
            case .choice(let alts): .choice(alts.map { $0.map(compile) })
            }
        }
        let elements = Self.linked(pattern.elements.map(compile)[...], then: nil)
        self.pattern = pattern
        self.elements = elements
        exclusions = pattern.exclusions.map(compile)
        exclusionIDs = exclusions.map { Self.required($0)?.sortedUnique() }
        requiredGroups = elements.compactMap(Self.required).map { $0.sortedUnique() }
        firstIDs = Self.startIDs(of: elements[...], then: nil).map { $0.sortedUnique() }
    }

    /// The ids a match of `elements` must begin with, followed by whatever begins
    /// `continuation`; nil when it may begin with anything (a wildcard, or the end of the
    /// pattern).
    static func startIDs(of elements: ArraySlice<Element>, then continuation: [Int32]?) -> [Int32]? {
        guard let first = elements.first else { return continuation }
        switch first {
        case .word(let id), .concept(let id): return [id]
        case .wildcard: return nil
        case .choice(let alts), .optional(let alts):
            let after = startIDs(of: elements.dropFirst(), then: continuation)
            var ids: [Int32] = []
            for alt in alts {
                guard let altIDs = startIDs(of: alt[...], then: after) else { return nil }
                ids += altIDs
            }
            if case .optional = first {
                guard let after else { return nil }
                ids += after
            }
            return ids
        }
    }

    /// The elements with each wildcard told what must follow it, `continuation` being what
    /// follows the whole sequence.
    static func linked(_ elements: ArraySlice<Element>, then continuation: [Int32]?) -> [Element] {
        elements.indices.map { i in
            let after = { startIDs(of: elements[(i + 1)...], then: continuation).map { $0.sortedUnique() } }
            switch elements[i] {
            case .wildcard: return .wildcard(next: after())
            case .choice(let alts):
                let next = after()
                return .choice(alts.map { linked($0[...], then: next) })
            case .optional(let alts):
                let next = after()
                return .optional(alts.map { linked($0[...], then: next) })
            case .word, .concept: return elements[i]
            }
        }
    }

    /// The ids one of which every match contains where this element stands, or nil when it may
    /// match without any (a wildcard, an optional group, an alternative without a word).
    static func required(_ element: Element) -> [Int32]? {
        switch element {
        case .word(let id), .concept(let id): return [id]
        case .wildcard, .optional: return nil
        case .choice(let alts):
            var out: [Int32] = []
            for alt in alts {
                guard let first = alt.lazy.compactMap(required).first else { return nil }
                out += first
            }
            return out
        }
    }
}
