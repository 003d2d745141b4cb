import Foundation
import SteadyAuthoring
import SteadyCore

/// Lint findings as a JSON array for editors and CI:
/// `[{"file", "line", "column", "severity", "code", "message", "hint"}]`, hint null when absent.
enum LintJSON {
    struct Finding: Encodable {
        var file: String
        var line: Int
        var column: Int
        var severity: String
        var code: String
        var message: String
        var hint: String?

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(file, forKey: .file)
            try container.encode(line, forKey: .line)
            try container.encode(column, forKey: .column)
            try container.encode(severity, forKey: .severity)
            try container.encode(code, forKey: .code)
            try container.encode(message, forKey: .message)
            try container.encode(hint, forKey: .hint)
        }

        enum CodingKeys: String, CodingKey {
            case file, line, column, severity, code, message, hint
        }
    }

    static func encode(_ findings: [Diagnostic]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let rows = findings.map {
            Finding(file: $0.location.file, line: $0.location.line, column: $0.location.column,
                    severity: $0.severity.rawValue, code: $0.code.rawValue, message: $0.message, hint: $0.hint)
        }
        return String(decoding: try encoder.encode(rows), as: UTF8.self)
    }
}
