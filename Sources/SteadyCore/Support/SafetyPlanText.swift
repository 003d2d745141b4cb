/// The safety plan as text a person reads: its essentials in a crisis, the whole plan, or Markdown.
public struct SafetyPlanText: Sendable {
    public var plan: SafetyPlan
    /// Support contacts, to say how to reach the people the plan names.
    public var contacts: [SupportContact]
    /// The region's crisis lines and emergency number, as "name: how"; always in the professionals section.
    public var lines: [String]

    public init(plan: SafetyPlan, contacts: [SupportContact] = [], lines: [String] = []) {
        self.plan = plan
        self.contacts = contacts
        self.lines = lines
    }

    /// A section's items, people with how to reach them, and the professionals section with the lines.
    public func entries(_ section: SafetyPlan.Section) -> [String] {
        let texts = plan.texts(section)
        switch section {
        case .people: return texts.map(person)
        case .professionals: return texts + lines
        default: return texts
        }
    }

    /// "Sam (07700 900123)" when Sam is a contact with a way to reach them not already written.
    public func person(_ text: String) -> String {
        guard let contact = SafetyPlan.contact(for: text, in: contacts), !contact.reach.isEmpty,
            !text.lowercased().contains(contact.reach.lowercased())
        else { return text }
        return "\(text) (\(contact.reach))"
    }

    /// What a crisis response shows first: their coping steps, people, safe surroundings, reasons.
    /// Nil when the plan has none of these.
    public func essentials() -> String? {
        let parts: [(String, [String])] = [
            ("Things you can do now", plan.texts(.coping)),
            ("People you can ask", plan.texts(.people).map(person)),
            ("Keeping safe", plan.texts(.safeEnvironment)),
            ("Your reasons", plan.texts(.reasons)),
        ]
        let lines = parts.filter { !$0.1.isEmpty }.map { "  \u{2022} \($0.0): " + $0.1.joined(separator: "; ") }
        guard !lines.isEmpty else { return nil }
        return (["Your own safety plan, in your words:"] + lines).joined(separator: "\n")
    }

    /// The whole plan, section by section, for the terminal.
    public func text() -> String {
        var out = ["Your safety plan. Use it from the top: if one step doesn't help, go on to the next."]
        for (index, section) in SafetyPlan.Section.allCases.enumerated() {
            out.append("")
            out.append("\(index + 1). \(section.title)")
            let entries = entries(section)
            out += entries.isEmpty ? ["   (nothing yet)"] : entries.map { "   \u{2022} \($0)" }
        }
        return out.joined(separator: "\n")
    }

    /// The whole plan as Markdown, the person's words escaped so they show as written.
    public func markdown() -> String {
        var out = ["# My safety plan", "", "Use it from the top: if one step doesn't help, go on to the next."]
        for (index, section) in SafetyPlan.Section.allCases.enumerated() {
            out += ["", "## \(index + 1). \(section.title)", ""]
            let entries = entries(section)
            out += entries.isEmpty ? ["_Nothing yet._"] : entries.map { "- " + Self.markdownEscaped($0) }
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// Text with Markdown's marks escaped, so it shows as written.
    public static func markdownEscaped(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_{}[]()<>#+-.!|~".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
