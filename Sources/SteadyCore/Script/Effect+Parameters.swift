extension Effect {
    /// The parameters as text, by name: what `--jsonl` shows beside the ``type``, with the keys a
    /// script wrote (and for the engine's own effects, always the same keys).
    public var parameters: [String: String] {
        var out: [String: String] = [:]
        func put(_ key: String, _ text: String?) { if let text { out[key] = text } }
        func put<Wrapped>(_ key: String, _ slot: Slot<Wrapped>?) { if let slot { out[key] = slot.text } }
        switch self {
        case .exercise(let exercise):
            put("name", exercise.name)
            put("rounds", exercise.rounds)
            put("seconds", exercise.seconds)
        case .suggestContact(let support):
            put("support", support)
        case .recordCheckin(let record):
            put("coping", record.coping)
            put("trigger", record.trigger)
            put("before", record.before)
            put("after", record.after)
            put("reached_out", record.reachedOut)
            put("lapse", record.lapse)
            put("note", record.note)
        case .showCrisisLines(let kind):
            put("kind", kind)
        case .showReasons, .showContacts, .showSafetyPlan, .safetyCheck:
            break
        case .offerPractice(let scenario):
            put("scenario", scenario)
        case .addReason(let text):
            put("from", text)
        case .feedback(let feedback):
            put(Effect.variableParameter, feedback.variable)
            put("kind", feedback.kind)
            put("when", feedback.when)
            put("add", feedback.add)
            put("into", feedback.into)
        case .pickResponse(let variable, let choices):
            put(Effect.variableParameter, variable)
            put("from", choices.joined(separator: "|"))
        case .recordPractice(let record):
            put("scenario", record.scenario)
            put("contact", record.contact)
            put("response", record.response)
            put("after", record.after)
            put("reached_out", record.reachedOut)
        case .practiceFeedback(let feedback):
            put("variable", feedback.variable)
            put("kind", feedback.kind.rawValue)
            put("draft", feedback.draft)
            put("strengths", feedback.strengths.map(\.rawValue).joined(separator: ","))
            put("advice", feedback.advice.map(\.rawValue).joined(separator: ","))
        case .crisis(let category, let region):
            put("category", category?.rawValue ?? "sos")
            put("region", region ?? "none")
        }
        return out
    }

    /// The effect with every `{variable}` in it filled by `fill`, and typed values read from the result.
    public func filled(by fill: (String) -> String) -> Effect {
        func text(_ value: String?) -> String? { value.map(fill) }
        switch self {
        case .exercise(var exercise):
            exercise.name = exercise.name?.filled(by: fill)
            exercise.rounds = exercise.rounds?.filled(by: fill)
            exercise.seconds = exercise.seconds?.filled(by: fill)
            return .exercise(exercise)
        case .suggestContact(let support):
            return .suggestContact(support: support?.filled(by: fill))
        case .recordCheckin(var record):
            record.coping = text(record.coping)
            record.trigger = text(record.trigger)
            record.before = record.before?.filled(by: fill)
            record.after = record.after?.filled(by: fill)
            record.reachedOut = record.reachedOut?.filled(by: fill)
            record.lapse = record.lapse?.filled(by: fill)
            record.note = text(record.note)
            return .recordCheckin(record)
        case .showCrisisLines(let kind):
            return .showCrisisLines(kind: kind?.filled(by: fill))
        case .showReasons, .showContacts, .showSafetyPlan, .safetyCheck, .practiceFeedback, .crisis:
            return self
        case .offerPractice(let scenario):
            return .offerPractice(scenario: text(scenario))
        case .addReason(let reason):
            return .addReason(text: fill(reason))
        case .feedback(var feedback):
            feedback.variable = fill(feedback.variable)
            feedback.kind = feedback.kind?.filled(by: fill)
            feedback.when = text(feedback.when)
            feedback.add = text(feedback.add)
            feedback.into = text(feedback.into)
            return .feedback(feedback)
        case .pickResponse(let variable, let choices):
            return .pickResponse(variable: fill(variable), choices: choices.map(fill))
        case .recordPractice(var record):
            record.scenario = text(record.scenario)
            record.contact = text(record.contact)
            record.response = text(record.response)
            record.after = record.after?.filled(by: fill)
            record.reachedOut = record.reachedOut?.filled(by: fill)
            return .recordPractice(record)
        }
    }
}
