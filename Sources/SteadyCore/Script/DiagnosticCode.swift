/// The stable codes of every finding the loader and lint can report.
///
/// The catalogue with an example for each lives in docs/DIAGNOSTICS.md.
public enum DiagnosticCode: String, Sendable, Hashable, Codable, CaseIterable {
    /// The file is not valid YAML.
    case yamlSyntax = "ST0001"
    /// A key the format does not know.
    case unknownKey = "ST0002"
    /// A required key is missing.
    case missingKey = "ST0003"
    /// A value has the wrong shape or type.
    case badValue = "ST0004"
    /// Two dialogues or concepts share an id.
    case duplicateID = "ST0005"
    /// A goto, next or option names a node that does not exist.
    case unknownNode = "ST0006"
    /// A call names a dialogue that does not exist.
    case unknownDialogue = "ST0007"
    /// A pattern does not parse.
    case badPattern = "ST0008"
    /// A pattern uses a concept that no concept file defines.
    case unknownConcept = "ST0009"
    /// A condition does not parse.
    case badCondition = "ST0010"
    /// A `do` effect Steady does not know.
    case unknownEffect = "ST0011"
    /// A topic that is not one of Steady's topics.
    case unknownTopic = "ST0012"
    /// A node no path reaches.
    case unreachableNode = "ST0013"
    /// A node from which no path reaches an end.
    case noWayOut = "ST0014"
    /// A condition reads a variable that nothing sets.
    case undefinedVariable = "ST0015"
    /// A condition compares values of different types.
    case typeMismatch = "ST0016"
    /// The file is too large, or has too many elements.
    case tooLarge = "ST0017"
    /// The safety data is missing or broken.
    case safetyData = "ST0018"
    /// A script tries to outrank or switch off the safety net.
    case outranksSafety = "ST0019"
    /// A file could not be read.
    case unreadable = "ST0020"
    /// A variable may be read on a path that has not set it yet.
    case readBeforeSet = "ST0021"
    /// A trigger that can never win, because another dialogue's trigger always outranks it.
    case shadowedTrigger = "ST0022"
    /// Only the order of the files decides between two dialogues' triggers.
    case fileOrderDecides = "ST0023"
    /// A line under `examples:` that routes to another dialogue.
    case exampleRoutesElsewhere = "ST0024"
    /// A line under `not_examples:` that routes to this dialogue.
    case notExampleRoutesHere = "ST0025"
    /// The text changed after its clinical review was signed off.
    case reviewOutdated = "ST0026"
    /// Steps that lead round to each other without ever waiting for the person.
    case loopWithoutInput = "ST0027"
    /// An effect's parameter that it does not take, that is missing, or whose value is of the wrong kind.
    case badEffectParameter = "ST0028"
    /// A trigger that none of its dialogue's examples fires.
    case triggerWithoutExample = "ST0029"
    /// A dialogue with no section in the docs/CLINICAL.md beside its folder.
    case noClinicalNotes = "ST0030"
}
