/// The topics a dialogue can belong to; these ids appear in `--jsonl` output.
public enum Topic: String, Sendable, Hashable, Codable, CaseIterable {
    case crisis, craving, stress, loneliness, lapse, practice, pressure, complacency, halt
    case findSupport = "find_support"
    case progress, smalltalk, fallback
    case withdrawal
    case lowMood = "low_mood"
    case eating
    case lifeChange = "life_change"
    case practicalHelp = "practical_help"
    case tools
}
