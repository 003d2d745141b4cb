/// One coping conversation loaded from a script file; immutable once loaded.
public final class Dialogue: Sendable, Identifiable {
    public let id: String
    public let topic: Topic
    public let title: String
    /// Higher wins when triggers of several dialogues match.
    public let priority: Int
    public let triggers: [Trigger]
    /// Messages that must route here.
    public let examples: [Located<String>]
    /// Messages that must not route here.
    public let notExamples: [Located<String>]
    /// Lines that say back what the person's first message carried ("{stressor}, and now the
    /// pull of a drink."), tried in order before the first step; the first whose placeholders
    /// were all understood is said.
    public let acknowledge: [Located<String>]
    public let start: String
    public let nodes: [String: Node]
    /// Node ids in file order.
    public let nodeOrder: [String]
    public let location: SourceLocation
    /// Who reviewed the text clinically, and the hash of the text they saw.
    public let review: Review?

    public struct Review: Sendable, Hashable {
        public var by: String
        public var hash: String
        public var location: SourceLocation
    }

    public init(
        id: String, topic: Topic, title: String, priority: Int = 0, triggers: [Trigger] = [],
        examples: [Located<String>] = [], notExamples: [Located<String>] = [], start: String,
        nodes: [Node], location: SourceLocation, review: Review? = nil, acknowledge: [Located<String>] = []
    ) {
        self.id = id
        self.topic = topic
        self.title = title
        self.priority = priority
        self.triggers = triggers
        self.examples = examples
        self.notExamples = notExamples
        self.acknowledge = acknowledge
        self.start = start
        self.nodes = Dictionary(nodes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.nodeOrder = nodes.map(\.id)
        self.location = location
        self.review = review
    }
}

/// A value with the place in a script it came from.
public struct Located<Value: Sendable & Hashable>: Sendable, Hashable {
    public var value: Value
    public var location: SourceLocation

    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}

/// A pattern that starts a dialogue when a message matches it.
public struct Trigger: Sendable {
    public var source: String
    public var pattern: Pattern
    public var location: SourceLocation

    public init(source: String, pattern: Pattern, location: SourceLocation) {
        self.source = source
        self.pattern = pattern
        self.location = location
    }
}
