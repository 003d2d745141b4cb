/// A small expression over conversation variables: comparisons joined by and, or, not.
///
/// `craving_before >= 8`, `reached_out and not lapse`, `mood == "low"`.
/// A variable that is not set makes any comparison with it false.
public indirect enum Condition: Sendable, Hashable {
    case literal(Value)
    case variable(String)
    case not(Condition)
    case and(Condition, Condition)
    case or(Condition, Condition)
    case compare(Condition, Comparison, Condition)

    public enum Comparison: String, Sendable, Hashable, CaseIterable {
        case equal = "==", notEqual = "!=", lessOrEqual = "<=", greaterOrEqual = ">="
        case less = "<", greater = ">"
    }

    /// Every variable the expression reads.
    public var variables: Set<String> {
        switch self {
        case .literal: []
        case .variable(let name): [name]
        case .not(let c): c.variables
        case .and(let a, let b), .or(let a, let b), .compare(let a, _, let b): a.variables.union(b.variables)
        }
    }

    /// Whether the expression holds for these variables.
    public func holds(in variables: [String: Value]) -> Bool {
        switch evaluate(in: variables) {
        case .bool(let b)?: b
        case .number(let n)?: n != 0
        case .text(let s)?: !s.isEmpty
        case nil: false
        }
    }

    func evaluate(in variables: [String: Value]) -> Value? {
        switch self {
        case .literal(let value): return value
        case .variable(let name): return variables[name]
        case .not(let c): return .bool(!c.holds(in: variables))
        case .and(let a, let b): return .bool(a.holds(in: variables) && b.holds(in: variables))
        case .or(let a, let b): return .bool(a.holds(in: variables) || b.holds(in: variables))
        case .compare(let a, let op, let b):
            guard let left = a.evaluate(in: variables), let right = b.evaluate(in: variables) else { return nil }
            return .bool(Self.compare(left, op, right))
        }
    }

    private static func compare(_ left: Value, _ op: Comparison, _ right: Value) -> Bool {
        switch (left, right) {
        case (.number(let l), .number(let r)):
            switch op {
            case .equal: return l == r
            case .notEqual: return l != r
            case .less: return l < r
            case .lessOrEqual: return l <= r
            case .greater: return l > r
            case .greaterOrEqual: return l >= r
            }
        case (.text(let l), .text(let r)):
            switch op {
            case .equal: return l.lowercased() == r.lowercased()
            case .notEqual: return l.lowercased() != r.lowercased()
            default: return false
            }
        case (.bool(let l), .bool(let r)):
            switch op {
            case .equal: return l == r
            case .notEqual: return l != r
            default: return false
            }
        default:
            return op == .notEqual
        }
    }
}

extension Condition {
    /// Why an expression did not parse, and at which character.
    public struct ParseError: Error, Hashable, Sendable, CustomStringConvertible {
        public var message: String
        /// 0-based offset into the expression text.
        public var offset: Int
        public var description: String { message }
    }

    /// Parses an expression such as `craving_before >= 8 and not reached_out`.
    public static func parse(_ text: String) throws(ParseError) -> Condition {
        var parser = ConditionParser(text)
        return try parser.parseAll()
    }
}

private struct ConditionParser {
    enum Token: Equatable {
        case identifier(String), number(Double), string(String), op(String), lparen, rparen, end
    }

    let chars: [Character]
    var position = 0
    var token: Token = .end
    var tokenStart = 0

    init(_ text: String) { chars = Array(text) }

    mutating func parseAll() throws(Condition.ParseError) -> Condition {
        try advance()
        let result = try parseOr()
        guard token == .end else { throw error("unexpected '\(describe(token))'") }
        return result
    }

    func error(_ message: String) -> Condition.ParseError {
        Condition.ParseError(message: message, offset: tokenStart)
    }

    func describe(_ token: Token) -> String {
        switch token {
        case .identifier(let s), .op(let s): s
        case .number(let n): String(n)
        case .string(let s): "\"\(s)\""
        case .lparen: "("
        case .rparen: ")"
        case .end: "end of condition"
        }
    }

    mutating func parseOr() throws(Condition.ParseError) -> Condition {
        var left = try parseAnd()
        while token == .identifier("or") || token == .op("||") {
            try advance()
            left = .or(left, try parseAnd())
        }
        return left
    }

    mutating func parseAnd() throws(Condition.ParseError) -> Condition {
        var left = try parseNot()
        while token == .identifier("and") || token == .op("&&") {
            try advance()
            left = .and(left, try parseNot())
        }
        return left
    }

    mutating func parseNot() throws(Condition.ParseError) -> Condition {
        if token == .identifier("not") || token == .op("!") {
            try advance()
            return .not(try parseNot())
        }
        return try parseComparison()
    }

    mutating func parseComparison() throws(Condition.ParseError) -> Condition {
        let left = try parsePrimary()
        if case .op(let symbol) = token, let op = Condition.Comparison(rawValue: symbol) {
            try advance()
            return .compare(left, op, try parsePrimary())
        }
        return left
    }

    mutating func parsePrimary() throws(Condition.ParseError) -> Condition {
        switch token {
        case .lparen:
            try advance()
            let inner = try parseOr()
            guard token == .rparen else { throw error("expected ')'") }
            try advance()
            return inner
        case .number(let n):
            try advance()
            return .literal(.number(n))
        case .string(let s):
            try advance()
            return .literal(.text(s))
        case .identifier(let name):
            if ["and", "or", "not"].contains(name) { throw error("expected a value before '\(name)'") }
            try advance()
            switch name {
            case "true", "yes": return .literal(.bool(true))
            case "false", "no": return .literal(.bool(false))
            default: return .variable(name)
            }
        default:
            throw error(token == .end ? "the condition ends too early" : "unexpected '\(describe(token))'")
        }
    }

    mutating func advance() throws(Condition.ParseError) {
        while position < chars.count, chars[position].isWhitespace { position += 1 }
        tokenStart = position
        guard position < chars.count else {
            token = .end
            return
        }
        let c = chars[position]
        if c == "(" {
            position += 1
            token = .lparen
        } else if c == ")" {
            position += 1
            token = .rparen
        } else if c == "\"" || c == "'" {
            var end = position + 1
            while end < chars.count, chars[end] != c { end += 1 }
            guard end < chars.count else { throw error("a quoted text is not closed") }
            token = .string(String(chars[(position + 1)..<end]))
            position = end + 1
        } else if c.isNumber || (c == "-" && position + 1 < chars.count && chars[position + 1].isNumber) {
            var end = position + 1
            while end < chars.count, chars[end].isNumber || chars[end] == "." { end += 1 }
            guard let n = Double(String(chars[position..<end])) else { throw error("not a number") }
            token = .number(n)
            position = end
        } else if c.isLetter || c == "_" {
            var end = position
            while end < chars.count, chars[end].isLetter || chars[end].isNumber || chars[end] == "_" || chars[end] == "-" {
                end += 1
            }
            token = .identifier(String(chars[position..<end]))
            position = end
        } else {
            let two = position + 1 < chars.count ? String(chars[position...position + 1]) : ""
            if ["==", "!=", "<=", ">=", "&&", "||"].contains(two) {
                token = .op(two)
                position += 2
            } else if ["<", ">", "!"].contains(c) {
                token = .op(String(c))
                position += 1
            } else if c == "=" {
                throw error("use '==' to compare")
            } else {
                throw error("unexpected '\(c)'")
            }
        }
    }
}
