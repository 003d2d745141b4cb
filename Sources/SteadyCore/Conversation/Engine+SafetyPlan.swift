/// What the front end needs from the engine to build the safety plan with the person.
extension Engine {
    /// Whether the safety net finds danger in `text`; the guided plan and the first-run questions hand such a message to
    /// ``respond(to:state:)`` instead of taking it as an answer.
    public func findsDanger(in text: String) -> Bool {
        let clipped = Self.answeredPart(of: text)
        return safetyFinding(library.message(clipped), text: text) != nil
    }

    /// The region's crisis lines and the emergency number, each as "name: how", for the plan's
    /// professionals section.
    public func crisisLineEntries() -> [String] {
        guard let info = regionInfo else {
            let lines = library.safety.lines
            return ["Emergency: call \(lines.defaultEmergency)"] + (lines.defaultFind.isEmpty ? [] : [lines.defaultFind])
        }
        return info.lines.map { "\($0.name): \($0.how)" } + ["Emergency: \(info.emergency)"]
    }
}

extension Engine {
    /// The emergency number for the person's region, or the general advice when it is unknown.
    public var emergencyNumber: String { regionInfo?.emergency ?? library.safety.lines.defaultEmergency }

    /// The region's first crisis line as "name: how", or nil when the region is unknown.
    public var firstCrisisLine: String? { regionInfo?.lines.first.map { "\($0.name): \($0.how)" } }
}
