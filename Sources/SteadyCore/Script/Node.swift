/// One step of a dialogue: what Steady says, what it asks, and where it goes next.
public final class Node: Sendable {
    public let id: String
    /// Variants of the line; one is chosen per visit.
    public let say: [String]
    public let ask: Ask?
    public let options: [StepOption]
    public let replies: [Reply]
    /// Conditional ways on, tried in order after the step is answered or shown.
    public let next: [Branch]
    public let effects: [Effect]
    /// Variables set when the step is entered.
    public let sets: [String: Value]
    public let location: SourceLocation

    public init(
        id: String, say: [String] = [], ask: Ask? = nil, options: [StepOption] = [], replies: [Reply] = [],
        next: [Branch] = [], effects: [Effect] = [], sets: [String: Value] = [:], location: SourceLocation
    ) {
        self.id = id
        self.say = say
        self.ask = ask
        self.options = options
        self.replies = replies
        self.next = next
        self.effects = effects
        self.sets = sets
        self.location = location
    }

    /// Whether the step waits for the person to type something.
    public var waitsForInput: Bool { ask != nil || !options.isEmpty || !replies.isEmpty }
}

/// Where a step leads.
public enum Target: Sendable, Hashable {
    /// Another step of the same dialogue.
    case goto(String)
    /// Another dialogue, returning here when it ends.
    case call(String)
    /// The end of this dialogue.
    case end
}

/// A question whose answer is stored in a variable.
public struct Ask: Sendable {
    public enum Kind: Sendable, Hashable {
        case scale(min: Int, max: Int)
        case yesNo
        case choice([String])
        case text
    }

    public var kind: Kind
    /// The variable the answer is stored into.
    public var into: String?
    public var location: SourceLocation

    public init(kind: Kind, into: String?, location: SourceLocation) {
        self.kind = kind
        self.into = into
        self.location = location
    }
}

/// A numbered choice shown under a step.
public struct StepOption: Sendable {
    public var label: String
    public var target: Target
    public var location: SourceLocation

    public init(label: String, target: Target, location: SourceLocation) {
        self.label = label
        self.target = target
        self.location = location
    }
}

/// A free-text answer a step understands before global routing.
public struct Reply: Sendable {
    public var source: String
    public var pattern: Pattern
    public var say: [String]
    public var target: Target?
    public var location: SourceLocation

    public init(source: String, pattern: Pattern, say: [String] = [], target: Target?, location: SourceLocation) {
        self.source = source
        self.pattern = pattern
        self.say = say
        self.target = target
        self.location = location
    }
}

/// A way on from a step, taken when its condition holds (or always, without one).
public struct Branch: Sendable {
    public var condition: Condition?
    public var target: Target
    public var location: SourceLocation

    public init(condition: Condition?, target: Target, location: SourceLocation) {
        self.condition = condition
        self.target = target
        self.location = location
    }
}
