/// A typed variable value: a number, yes or no, or text.
public enum Value: Sendable, Hashable, Codable, CustomStringConvertible {
    case number(Double)
    case bool(Bool)
    case text(String)

    public var typeName: String {
        switch self {
        case .number: "number"
        case .bool: "yes/no"
        case .text: "text"
        }
    }

    public var description: String {
        switch self {
        case .number(let n): n.rounded() == n && abs(n) < 1e15 ? String(Int(n)) : String(n)
        case .bool(let b): b ? "yes" : "no"
        case .text(let s): s
        }
    }
}
