extension Effect {
    /// A typed parameter: a value written in the script, or a `{variable}` template filled and
    /// read when the step runs.
    ///
    /// A filled template keeps the text it gave, so `--jsonl` shows what the script produced; the
    /// value is nil when that text does not read as one (an empty variable, "seven" for a number),
    /// and the front end then leaves the parameter out, as if the script had not given it.
    public enum Slot<Wrapped: EffectValue>: Sendable, Hashable {
        /// A value written in the script, checked when it loaded.
        case value(Wrapped)
        /// Text with `{name}` in it, not yet filled.
        case template(String)
        /// A template after the step ran: the text it gave, and the value that text reads as.
        case filled(String, Wrapped?)

        /// Reads what a script wrote: a template when it holds `{`, else a value; nil when it is neither.
        init?(script text: String) {
            if text.contains("{") {
                self = .template(text)
            } else if let value = Wrapped(effectText: text) {
                self = .value(value)
            } else {
                return nil
            }
        }

        /// The value to act on; nil for a template not yet filled or text that is not a value.
        public var value: Wrapped? {
            switch self {
            case .value(let value): value
            case .template: nil
            case .filled(_, let value): value
            }
        }

        /// As text, for `--jsonl`: the value, the template, or the text the template gave.
        public var text: String {
            switch self {
            case .value(let value): value.effectText
            case .template(let text), .filled(let text, _): text
            }
        }

        /// Fills a template with `fill`, and reads the result.
        func filled(by fill: (String) -> String) -> Slot {
            guard case .template(let template) = self else { return self }
            let text = fill(template)
            return .filled(text, Wrapped(effectText: text))
        }
    }
}

/// A kind of value an effect's parameter holds, read from the text a script or variable gives.
public protocol EffectValue: Sendable, Hashable {
    /// Reads the value from text; nil when the text is not one.
    init?(effectText: String)
    /// The value as text, as `--jsonl` shows it.
    var effectText: String { get }
    /// What a value looks like, for a diagnostic: "a whole number", "yes or no".
    static var effectDescription: String { get }
    /// Every value there is, for a hint; empty when there are too many to list.
    static var effectChoices: [String] { get }
}

extension EffectValue where Self: RawRepresentable & CaseIterable, RawValue == String {
    public init?(effectText: String) {
        self.init(rawValue: effectText.trimmingCharacters(in: .whitespaces))
    }

    public var effectText: String { rawValue }
    public static var effectChoices: [String] { allCases.map(\.rawValue) }
    public static var effectDescription: String { "one of " + effectChoices.joined(separator: ", ") }
}

extension Int: EffectValue {
    /// Reads a number, rounded to a whole one ("7", " 7 ", "6.5").
    public init?(effectText: String) {
        let text = effectText.trimmingCharacters(in: .whitespaces)
        if let value = Int(text) {
            self = value
        } else if let value = Double(text), value.isFinite, abs(value) < 1e15 {
            self = Int(value.rounded())
        } else {
            return nil
        }
    }

    public var effectText: String { String(self) }
    public static var effectDescription: String { "a whole number" }
    public static var effectChoices: [String] { [] }
}

extension Bool: EffectValue {
    /// Reads yes or no: the one reading of a yes/no parameter, whether a script wrote it or a
    /// variable filled it (a yes/no variable reads "yes" or "no").
    public init?(effectText: String) {
        switch effectText.trimmingCharacters(in: .whitespaces).lowercased() {
        case "yes", "true", "y", "1", "on": self = true
        case "no", "false", "n", "0", "off": self = false
        default: return nil
        }
    }

    public var effectText: String { self ? "true" : "false" }
    public static var effectDescription: String { "yes or no" }
    public static var effectChoices: [String] { [] }
}

extension SupportKind: EffectValue {}
extension OpenerFeedback.Purpose: EffectValue {}
extension CrisisLines.Kind: EffectValue {}
