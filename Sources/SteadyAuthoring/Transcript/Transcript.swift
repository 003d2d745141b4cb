import SteadyCore

/// A written conversation to play against the dialogues: what the person types, what Steady
/// should answer, and the seed, region and contacts it is played with.
public struct Transcript: Sendable, Hashable {
    /// The seed the conversation is played with; the same seed gives the same variants.
    public var seed: UInt64
    /// The region whose crisis lines are shown, when the transcript names one.
    public var region: String?
    /// Fixture support contacts, put in a fresh store before the first turn.
    public var contacts: [SupportContact]
    /// How the conversation opens: with chat's greeting, or with `steady practice`'s menu.
    public var start: Start = .chat
    /// The opening turn first (it has no input), then one step per `>` line.
    public var steps: [Step]

    /// How a transcript's conversation opens.
    public enum Start: String, Sendable, Hashable, CaseIterable {
        /// The greeting of `steady chat`.
        case chat
        /// The list of scenarios of `steady practice`.
        case practice
    }

    /// The seed used when a transcript does not give one.
    public static let defaultSeed: UInt64 = 1

    public init(seed: UInt64 = Transcript.defaultSeed, region: String? = nil, contacts: [SupportContact] = [], steps: [Step] = [Step()]) {
        self.seed = seed
        self.region = region
        self.contacts = contacts
        self.steps = steps
    }

    /// How many checks the transcript makes, over all its steps.
    public var checkCount: Int { steps.reduce(0) { $0 + $1.expectations.count } }
}
