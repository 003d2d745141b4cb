/// One finding about a script: what is wrong, where, and how to fix it.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable, Comparable {
        case note, warning, error

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            lhs.rank < rhs.rank
        }

        private var rank: Int {
            switch self {
            case .note: 0
            case .warning: 1
            case .error: 2
            }
        }
    }

    public var severity: Severity
    public var location: SourceLocation
    public var code: DiagnosticCode
    public var message: String
    /// A short suggestion of how to fix it, when there is one.
    public var hint: String?
    /// The offending source line, shown with a caret under the column.
    public var sourceLine: String?

    public init(
        _ severity: Severity, _ code: DiagnosticCode, at location: SourceLocation, _ message: String,
        hint: String? = nil, sourceLine: String? = nil
    ) {
        self.severity = severity
        self.code = code
        self.location = location
        self.message = message
        self.hint = hint
        self.sourceLine = sourceLine
    }

    /// `path:line:col: error: message [ST0004]`
    public var description: String {
        "\(location): \(severity.rawValue): \(message) [\(code.rawValue)]"
    }

    /// The one-line form followed by the source line with a caret, and the hint.
    public var detailed: String {
        var lines = [description]
        if let sourceLine {
            lines.append("    " + sourceLine)
            lines.append("    " + String(repeating: " ", count: max(0, location.column - 1)) + "^")
        }
        if let hint { lines.append("    hint: " + hint) }
        return lines.joined(separator: "\n")
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
