extension Effect {
    /// Why a script's effect cannot be read.
    public enum Problem: Error, Sendable, Hashable, CustomStringConvertible {
        /// No effect has this type.
        case unknownEffect(String, suggestion: String?)
        /// The effect takes no parameter of this name.
        case unknownParameter(effect: String, parameter: String, suggestion: String?)
        /// The effect takes no value of its own (`record_practice: maybe`).
        case noOwnValue(effect: String, value: String)
        /// A parameter the effect cannot do without.
        case missingParameter(effect: String, parameter: String, example: String)
        /// A parameter whose value is not of its kind.
        case badValue(effect: String, parameter: String, value: String, expected: String, suggestion: String?)

        /// The code of the diagnostic that reports it.
        public var code: DiagnosticCode {
            if case .unknownEffect = self { return .unknownEffect }
            return .badEffectParameter
        }

        /// The parameter it concerns, if any (``Effect/variableParameter`` or the primary
        /// parameter's name for the effect's own value).
        public var parameter: String? {
            switch self {
            case .unknownEffect: nil
            case .unknownParameter(_, let parameter, _), .missingParameter(_, let parameter, _),
                 .badValue(_, let parameter, _, _, _): parameter
            case .noOwnValue: Effect.variableParameter
            }
        }

        public var description: String {
            switch self {
            case .unknownEffect(let type, _):
                "unknown effect '\(type)'"
            case .unknownParameter(let effect, let parameter, _):
                "'\(effect)' does not take '\(parameter)'"
            case .noOwnValue(let effect, let value):
                "'\(effect)' takes no value of its own, not '\(value)'"
            case .missingParameter(let effect, let parameter, _):
                "'\(effect)' needs " + (parameter == Effect.variableParameter ? "the name of a variable" : "'\(parameter)'")
            case .badValue(let effect, let parameter, let value, let expected, _):
                "'\(parameter)' of '\(effect)' should be \(expected), not '\(value)'"
            }
        }

        /// What to write instead, when there is a likely fix.
        public var hint: String? {
            switch self {
            case .unknownEffect(_, let suggestion):
                return suggestion.map { "did you mean '\($0)'?" }
            case .unknownParameter(let effect, _, let suggestion):
                if let suggestion { return "did you mean '\(suggestion)'?" }
                let allowed = Kind(rawValue: effect)?.parameters ?? []
                return allowed.isEmpty ? "it takes no parameters" : "it takes: \(allowed.sorted().joined(separator: ", "))"
            case .noOwnValue(let effect, _):
                return "write '\(effect): true'"
            case .missingParameter(_, _, let example):
                return "as in \(example)"
            case .badValue(_, _, _, _, let suggestion):
                return suggestion.map { "did you mean '\($0)'?" } ?? "a value from a variable can be written as {name}"
            }
        }
    }
}
