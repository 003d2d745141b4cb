import SteadyCore

/// Writes a finding for a person: the `path:line:col: severity: message [code]` line, the source
/// line with a caret under the column, and the hint; severity coloured only on a terminal.
struct DiagnosticPrinter {
    var color: Bool

    func render(_ diagnostic: Diagnostic) -> String {
        let severity = diagnostic.severity.rawValue
        let painted: String
        switch diagnostic.severity {
        case .error: painted = paint(severity, "1;31")
        case .warning: painted = paint(severity, "1;33")
        case .note: painted = paint(severity, "1;36")
        }
        var lines = [
            "\(Renderer.sanitize(diagnostic.location.description)): \(painted): "
                + "\(Renderer.sanitize(diagnostic.message)) [\(diagnostic.code.rawValue)]",
        ]
        if let source = diagnostic.sourceLine {
            let shown = Renderer.sanitize(source)
            lines.append("    " + shown)
            // The caret sits under the column, counted in the line as shown.
            let before = Renderer.sanitize(String(source.prefix(max(0, diagnostic.location.column - 1))))
            lines.append("    " + String(repeating: " ", count: before.count) + paint("^", "1;32"))
        }
        if let hint = diagnostic.hint { lines.append("    hint: " + Renderer.sanitize(hint)) }
        return lines.joined(separator: "\n")
    }

    private func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m" + text + "\u{1B}[0m" : text
    }
}
