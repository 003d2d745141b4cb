/// Why a check-in could not be recorded.
public enum CheckInError: Error, Sendable, Equatable, CustomStringConvertible {
    case intensityOutOfRange(Int)

    public var description: String {
        switch self {
        case .intensityOutOfRange(let value):
            "An intensity of \(value) is outside the scale; it runs from 0 (calm) to 10 (the strongest it gets)."
        }
    }
}
