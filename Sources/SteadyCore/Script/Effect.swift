/// Something a step asks the front end to do; the engine only describes it.
///
/// Scripts name effects under `do:`. The loader decodes each one into its case once, when the
/// script loads (``Effect/decoding(type:parameters:problems:)``), so an unknown effect, an unknown or
/// missing parameter or a value of the wrong kind is a diagnostic then, not a surprise later. A
/// value written as `{variable}` is a ``Slot`` that the engine fills when the step runs.
///
/// Effects reach `--jsonl` output as objects with a ``type`` and their ``parameters`` as text.
public enum Effect: Sendable, Hashable {
    /// A timed exercise, such as box breathing.
    case exercise(Exercise)
    /// Suggests people from the person's own contacts; any kind of support when nil.
    case suggestContact(support: Slot<SupportKind>?)
    /// Notes the moment in the person's check-ins.
    case recordCheckin(CheckInRecord)
    /// Shows the reasons for change the person wrote down.
    case showReasons
    /// Shows the person's region's lines of one kind (the suicide and crisis lines when nil), with
    /// the emergency number; the engine adds them to the reply itself.
    case showCrisisLines(kind: Slot<CrisisLines.Kind>?)
    /// Shows the person's support contacts.
    case showContacts
    /// Shows the essentials of the person's own safety plan (nothing when they have none).
    case showSafetyPlan
    /// Offers to rehearse a conversation.
    case offerPractice(scenario: String?)
    /// Saves a reason for change, such as `{what_helped}`.
    case addReason(text: String)
    /// Practice mode: feedback on what the person wrote; the engine turns it into ``practiceFeedback``.
    case feedback(Feedback)
    /// Practice mode: sets a variable to one of the choices at random; the engine does it itself.
    case pickResponse(variable: String, choices: [String])
    /// Notes a practice session.
    case recordPractice(PracticeRecord)
    /// The feedback the engine gave on a draft (made by the engine, never written in a script).
    case practiceFeedback(PracticeFeedback)
    /// Asks the safety net's own question about suicide (Yes, No, I'm not sure), unless it was
    /// asked before in this conversation; the answer goes through the one safety path, and "No"
    /// carries on with the step's branches. The engine does it itself.
    case safetyCheck
    /// The crisis response opened: what the safety net found (nil for /sos) and the region shown.
    case crisis(category: SafetyNet.Category?, region: String?)

    /// The effect's type as scripts and `--jsonl` name it.
    public var kind: Kind {
        switch self {
        case .exercise: .exercise
        case .suggestContact: .suggestContact
        case .recordCheckin: .recordCheckin
        case .showReasons: .showReasons
        case .showCrisisLines: .showCrisisLines
        case .showContacts: .showContacts
        case .showSafetyPlan: .showSafetyPlan
        case .offerPractice: .offerPractice
        case .addReason: .addReason
        case .feedback: .feedback
        case .pickResponse: .pickResponse
        case .recordPractice: .recordPractice
        case .practiceFeedback: .practiceFeedback
        case .safetyCheck: .safetyCheck
        case .crisis: .crisis
        }
    }

    /// The type as text: `exercise`, `suggest_contact`, ...
    public var type: String { kind.rawValue }

    /// The effect types scripts may use, with the parameters each accepts by name.
    public static let known: [String: Set<String>] = Dictionary(uniqueKeysWithValues: Kind.allCases.filter(\.isWrittenInScripts).map {
        ($0.rawValue, Set($0.parameters))
    })
}
