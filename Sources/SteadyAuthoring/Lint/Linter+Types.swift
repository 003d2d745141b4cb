import SteadyCore

/// The rule about kinds of values (ST0016): a condition that compares a number with text, orders
/// yes/no answers, or looks for a choice that the question does not offer.
extension Linter {
    func typeFindings(_ dialogue: Dialogue, calls: CallGraph, library: Library) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var kinds: [String: (kind: ValueKind, location: SourceLocation)] = [:]
        func record(_ name: String, _ kind: ValueKind, at location: SourceLocation, report: Bool) {
            if let existing = kinds[name] {
                if report, existing.kind.base != kind.base {
                    out.append(Diagnostic(
                        .error, .typeMismatch, at: location,
                        "'\(name)' holds \(kind.described) here but \(existing.kind.described) at \(existing.location)",
                        hint: "use a different variable name for each kind of answer"))
                }
                return
            }
            kinds[name] = (kind, location)
        }
        for id in dialogue.nodeOrder {
            guard let node = dialogue.nodes[id] else { continue }
            if let ask = node.ask, let into = ask.into { record(into, ValueKind(ask.kind), at: ask.location, report: true) }
            for (name, kind) in Self.entrySets(node).sorted(by: { $0.key < $1.key }) {
                record(name, kind, at: node.location, report: true)
            }
        }
        let related = calls.allCallers(of: dialogue.id).union(calls.allCallees(of: dialogue.id)).sorted()
        for other in related.compactMap(library.dialogue) {
            for id in other.nodeOrder {
                guard let node = other.nodes[id] else { continue }
                if let ask = node.ask, let into = ask.into { record(into, ValueKind(ask.kind), at: ask.location, report: false) }
                for (name, kind) in Self.entrySets(node) { record(name, kind, at: node.location, report: false) }
            }
        }
        let kindOf = kinds.mapValues(\.kind)
        for id in dialogue.nodeOrder {
            guard let node = dialogue.nodes[id] else { continue }
            for branch in node.next {
                guard let condition = branch.condition else { continue }
                out += Self.check(condition, kinds: kindOf, at: branch.location)
            }
        }
        return out
    }

    /// Problems with the comparisons inside one condition.
    static func check(_ condition: Condition, kinds: [String: ValueKind], at location: SourceLocation) -> [Diagnostic] {
        switch condition {
        case .literal, .variable:
            return []
        case .not(let inner):
            return check(inner, kinds: kinds, at: location)
        case .and(let a, let b), .or(let a, let b):
            return check(a, kinds: kinds, at: location) + check(b, kinds: kinds, at: location)
        case .compare(let a, let op, let b):
            var out = check(a, kinds: kinds, at: location) + check(b, kinds: kinds, at: location)
            let left = kind(of: a, kinds), right = kind(of: b, kinds)
            let ordering: Set<Condition.Comparison> = [.less, .lessOrEqual, .greater, .greaterOrEqual]
            if ordering.contains(op) {
                for (side, kind) in [(a, left), (b, right)] {
                    if let kind, kind.base != .number {
                        out.append(Diagnostic(
                            .error, .typeMismatch, at: location,
                            "only numbers can be compared with '\(op.rawValue)', but \(describe(side)) is \(kind.described)",
                            hint: "compare it with '==' or '!=' instead"))
                    }
                }
                return out
            }
            if let left, let right, left.base != right.base {
                out.append(Diagnostic(
                    .error, .typeMismatch, at: location,
                    "\(describe(a)) is \(left.described) but \(describe(b)) is \(right.described), so "
                        + (op == .equal ? "they are never equal" : "they always differ"),
                    hint: hintForMismatch(left, right)))
                return out
            }
            for (variable, literal) in [(a, b), (b, a)] {
                guard case .variable(let name) = variable, case .choice(let choices)? = kinds[name],
                    case .literal(.text(let text)) = literal,
                    !choices.contains(where: { $0.lowercased() == text.lowercased() })
                else { continue }
                out.append(Diagnostic(
                    .warning, .typeMismatch, at: location,
                    "\"\(text)\" is not one of the choices of '\(name)', so this never matches",
                    hint: "the choices are: " + choices.map { "\"\($0)\"" }.joined(separator: ", ")))
            }
            return out
        }
    }

    static func kind(of condition: Condition, _ kinds: [String: ValueKind]) -> ValueKind? {
        switch condition {
        case .literal(let value): ValueKind(value)
        case .variable(let name): kinds[name]
        case .not, .and, .or, .compare: .bool
        }
    }

    static func describe(_ condition: Condition) -> String {
        switch condition {
        case .literal(.text(let text)): "\"\(text)\""
        case .literal(let value): value.description
        case .variable(let name): "'\(name)'"
        default: "the expression"
        }
    }

    static func hintForMismatch(_ a: ValueKind, _ b: ValueKind) -> String {
        if [a.base, b.base].contains(.bool) { return "a yes/no answer is checked with true or false, as in 'when: answer == true'" }
        if [a.base, b.base].contains(.number) { return "a number is compared without quotes, as in 'when: level >= 8'" }
        return "compare values of the same kind"
    }
}
