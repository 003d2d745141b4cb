/// The `{name}` placeholders of a script's text, read one way for the engine, lint and exploration.
public enum Placeholder {
    /// The variable names written `{name}` or `{~name}` (the same variable, said back turned
    /// round), each once, in order; `{1}` and other numbers are a pattern's captures, not variables.
    public static func names(in text: String) -> [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            var name = rest[rest.index(after: open)..<close].trimmingCharacters(in: .whitespaces)
            if name.hasPrefix("~") { name.removeFirst() }
            if !name.isEmpty, Int(name) == nil, !names.contains(name) { names.append(name) }
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
