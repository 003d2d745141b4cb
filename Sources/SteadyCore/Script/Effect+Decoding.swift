extension Effect {
    /// Reads an effect as a script writes it: its type and its parameters as text, the effect's
    /// own value under its ``Kind/primary`` parameter (or under `value` when it takes none).
    ///
    /// Every problem found is added to `problems`; nil when there is any.
    public static func decoding(type: String, parameters: [String: String], problems: inout [Problem]) -> Effect? {
        guard let kind = Kind(rawValue: type), kind.isWrittenInScripts else {
            let names = Kind.allCases.filter(\.isWrittenInScripts).map(\.rawValue)
            problems.append(.unknownEffect(type, suggestion: DidYouMean.nearest(type, in: names)))
            return nil
        }
        var reader = Reader(kind: kind, parameters: parameters)
        let effect = reader.effect()
        problems += reader.problems
        return reader.problems.isEmpty ? effect : nil
    }

    /// Reads an effect as a script writes it, or throws its first problem.
    public init(type: String, parameters: [String: String] = [:]) throws(Problem) {
        var problems: [Problem] = []
        let effect = Self.decoding(type: type, parameters: parameters, problems: &problems)
        guard let effect else { throw problems.first ?? .unknownEffect(type, suggestion: nil) }
        self = effect
    }

    /// Reads the parameters of one kind of effect, noting each problem.
    private struct Reader {
        let kind: Kind
        let parameters: [String: String]
        var problems: [Problem] = []

        init(kind: Kind, parameters: [String: String]) {
            self.kind = kind
            self.parameters = parameters
            let allowed = Set(kind.parameters + (kind.primary.map { [$0] } ?? []))
            for (name, value) in parameters.sorted(by: { $0.key < $1.key }) where !allowed.contains(name) {
                if name == Effect.variableParameter {
                    problems.append(.noOwnValue(effect: kind.rawValue, value: value))
                } else {
                    problems.append(.unknownParameter(effect: kind.rawValue, parameter: name,
                                                      suggestion: DidYouMean.nearest(name, in: kind.parameters)))
                }
            }
        }

        func text(_ name: String) -> String? { parameters[name] }

        mutating func required(_ name: String, example: String) -> String {
            guard let value = parameters[name], !value.trimmingCharacters(in: .whitespaces).isEmpty else {
                problems.append(.missingParameter(effect: kind.rawValue, parameter: name, example: example))
                return ""
            }
            return value
        }

        mutating func slot<Wrapped: EffectValue>(_ name: String) -> Slot<Wrapped>? {
            guard let text = parameters[name] else { return nil }
            guard let slot = Slot<Wrapped>(script: text) else {
                problems.append(.badValue(effect: kind.rawValue, parameter: name, value: text, expected: Wrapped.effectDescription,
                                          suggestion: DidYouMean.nearest(text, in: Wrapped.effectChoices)))
                return nil
            }
            return slot
        }

        mutating func effect() -> Effect? {
            switch kind {
            case .exercise:
                return .exercise(Exercise(name: slot("name"), rounds: slot("rounds"), seconds: slot("seconds")))
            case .suggestContact:
                return .suggestContact(support: slot("support"))
            case .recordCheckin:
                return .recordCheckin(CheckInRecord(coping: text("coping"), trigger: text("trigger"), before: slot("before"),
                                                    after: slot("after"), reachedOut: slot("reached_out"), lapse: slot("lapse"),
                                                    note: text("note")))
            case .showReasons:
                return .showReasons
            case .showCrisisLines:
                return .showCrisisLines(kind: slot("kind"))
            case .showContacts:
                return .showContacts
            case .showSafetyPlan:
                return .showSafetyPlan
            case .safetyCheck:
                return .safetyCheck
            case .offerPractice:
                return .offerPractice(scenario: text("scenario"))
            case .addReason:
                return .addReason(text: required("from", example: "add_reason: \"{what_helped}\""))
            case .feedback:
                let variable = required(Effect.variableParameter, example: "feedback: opener")
                return .feedback(Feedback(variable: variable, kind: slot("kind"), when: text("when"), add: text("add"),
                                          into: text("into")))
            case .pickResponse:
                let variable = required(Effect.variableParameter, example: "pick_response: style, from: \"warm|busy\"")
                let choices = required("from", example: "pick_response: style, from: \"warm|busy\"").split(separator: "|")
                    .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                return .pickResponse(variable: variable, choices: choices)
            case .recordPractice:
                return .recordPractice(PracticeRecord(scenario: text("scenario"), contact: text("contact"),
                                                      response: text("response"), after: slot("after"),
                                                      reachedOut: slot("reached_out")))
            case .practiceFeedback, .crisis:
                return nil
            }
        }
    }
}
