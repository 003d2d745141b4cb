import Foundation

/// The practice scenarios: dialogues of the practice topic whose id starts with `scenario-`.
extension Library {
    /// The prefix that marks a dialogue as a practice scenario.
    public static let scenarioPrefix = "scenario-"

    /// Every practice scenario, in load order.
    public var practiceScenarios: [Dialogue] {
        dialogues.filter { $0.topic == .practice && $0.id.hasPrefix(Self.scenarioPrefix) }
    }

    /// The short name of a scenario, as `steady practice NAME` takes it: "saying-no".
    public static func scenarioName(of dialogue: Dialogue) -> String {
        String(dialogue.id.dropFirst(dialogue.id.hasPrefix(scenarioPrefix) ? scenarioPrefix.count : 0))
    }

    /// The scenario a person named: by number in the list (from 1), short name, id or title.
    public func practiceScenario(named text: String) -> Dialogue? {
        let wanted = text.trimmingCharacters(in: .whitespaces).lowercased()
        let scenarios = practiceScenarios
        if let number = Int(wanted), scenarios.indices.contains(number - 1) { return scenarios[number - 1] }
        return scenarios.first {
            Self.scenarioName(of: $0) == wanted || $0.id == wanted || $0.title.lowercased() == wanted
        }
    }
}
