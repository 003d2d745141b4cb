import Foundation

extension CheckIn {
    /// A check-in from a `record_checkin` effect, whose parameters are text.
    ///
    /// Reads `before`, `after` (numbers, rounded and kept to 0...10), `trigger`, `coping`,
    /// `reached_out` (yes/no, or the name of the person) and `lapse` (yes/no); anything
    /// unreadable is left out rather than guessed.
    public init(effect: Effect, id: UUID = UUID(), time: Date, topic: String?) {
        let parameters = effect.parameters
        func number(_ key: String) -> Int? {
            guard let text = parameters[key]?.trimmingCharacters(in: .whitespaces), let value = Double(text),
                  value.isFinite
            else { return nil }
            return Swift.min(10, Swift.max(0, Int(value.rounded())))
        }
        func flag(_ text: String?) -> Bool? {
            switch text?.trimmingCharacters(in: .whitespaces).lowercased() {
            case "yes", "true", "y", "1": true
            case "no", "false", "n", "0", "": false
            default: nil
            }
        }
        let reached = parameters["reached_out"]
        let reachedFlag = flag(reached)
        let reachedName = reached != nil && reachedFlag == nil
            ? reached?.trimmingCharacters(in: .whitespaces) : nil
        self.init(
            id: id, time: time, topic: topic, intensityBefore: number("before"), intensityAfter: number("after"),
            trigger: parameters["trigger"].flatMap { $0.isEmpty ? nil : Trigger(lenient: $0) },
            coping: parameters["coping"].flatMap { $0.isEmpty ? nil : $0 },
            reachedOut: reachedFlag ?? (reachedName != nil), reachedOutTo: reachedName,
            lapse: flag(parameters["lapse"]) ?? false)
    }
}
