/// Why a support contact could not be added or changed.
public enum ContactError: Error, Sendable, Equatable, CustomStringConvertible {
    case emptyName
    case nameTooLong(Int)
    case unknownSupport(String)
    case unknownRelationship(String)
    case availability(Availability.ParseError)
    case alreadyExists(String)
    case notFound(String)

    public var description: String {
        switch self {
        case .emptyName:
            "A contact needs a name, even just a first name or a nickname."
        case .nameTooLong(let limit):
            "That name is very long; please keep it under \(limit) characters."
        case .unknownSupport(let word) where word.isEmpty:
            "Say which kinds of support they give: emotional, practical or information (for example \"emotional,practical\")."
        case .unknownSupport(let word):
            "\"\(word)\" isn't a kind of support I know. The kinds are emotional, practical and information."
        case .unknownRelationship(let word):
            "\"\(word)\" isn't a relationship I know. Choose one of: \(Relationship.allCases.map(\.rawValue).joined(separator: ", "))."
        case .availability(let problem):
            problem.description
        case .alreadyExists(let name):
            "You already have a contact called \(name). Use `steady contacts edit \(name)` to change it."
        case .notFound(let name):
            "There's no contact called \(name). `steady contacts list` shows the people you've added."
        }
    }
}
