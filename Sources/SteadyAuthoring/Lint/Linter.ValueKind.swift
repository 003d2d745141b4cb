import SteadyCore

extension Linter {
    /// The kind of value a variable holds, as far as the script shows it.
    enum ValueKind: Hashable, Sendable {
        case number, bool, text
        /// Text that is always one of a question's choices.
        case choice([String])

        init(_ value: Value) {
            switch value {
            case .number: self = .number
            case .bool: self = .bool
            case .text: self = .text
            }
        }

        init(_ kind: Ask.Kind) {
            switch kind {
            case .scale: self = .number
            case .yesNo: self = .bool
            case .choice(let choices): self = .choice(choices)
            case .text: self = .text
            }
        }

        /// Choices count as text when kinds are compared.
        var base: ValueKind {
            if case .choice = self { return .text }
            return self
        }

        /// The kind in words, with an article: "a number", "text".
        var described: String {
            switch base {
            case .number: "a number"
            case .bool: "yes or no"
            default: "text"
            }
        }
    }
}
