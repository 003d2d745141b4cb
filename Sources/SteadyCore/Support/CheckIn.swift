import Foundation

/// A note of one hard moment: how strong it was, what set it off, what helped.
///
/// Lapses are recorded like any other moment, without judgement.
public struct CheckIn: Sendable, Hashable, Codable, Identifiable {
    /// Stable across export and import, so a check-in is never duplicated.
    public var id: UUID
    public var time: Date
    /// The conversation topic, such as "craving" or "stress".
    public var topic: String?
    /// How strong it was at the start, 0 to 10.
    public var intensityBefore: Int?
    /// How strong it was afterwards, 0 to 10.
    public var intensityAfter: Int?
    public var trigger: Trigger?
    /// The coping step used, such as "box-breathing" or "urge surfing".
    public var coping: String?
    public var reachedOut: Bool
    /// Who they reached out to, when they said.
    public var reachedOutTo: String?
    public var lapse: Bool
    /// What the person wrote in a guided tool (a cost-benefit list, the ABC of a trigger), in
    /// their own words, kept whole.
    public var note: String?

    public static let intensityRange = 0...10

    public init(
        id: UUID = UUID(), time: Date, topic: String? = nil, intensityBefore: Int? = nil,
        intensityAfter: Int? = nil, trigger: Trigger? = nil, coping: String? = nil,
        reachedOut: Bool = false, reachedOutTo: String? = nil, lapse: Bool = false, note: String? = nil
    ) {
        self.id = id
        self.time = time
        self.topic = topic
        self.intensityBefore = intensityBefore
        self.intensityAfter = intensityAfter
        self.trigger = trigger
        self.coping = coping
        self.reachedOut = reachedOut || reachedOutTo != nil
        self.reachedOutTo = reachedOutTo
        self.lapse = lapse
        self.note = note
    }

    /// How much the intensity fell, when both ends are known.
    public var drop: Int? {
        guard let intensityBefore, let intensityAfter else { return nil }
        return intensityBefore - intensityAfter
    }

    /// The check-in with empty text made nil, or why it cannot be kept.
    public func validated() throws(CheckInError) -> CheckIn {
        for value in [intensityBefore, intensityAfter].compactMap({ $0 }) where !Self.intensityRange.contains(value) {
            throw .intensityOutOfRange(value)
        }
        var checkIn = self
        func tidy(_ text: String?) -> String? {
            let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            return trimmed.isEmpty ? nil : trimmed
        }
        checkIn.topic = tidy(topic)
        checkIn.coping = tidy(coping)
        checkIn.reachedOutTo = tidy(reachedOutTo)
        checkIn.note = tidy(note)
        checkIn.reachedOut = reachedOut || checkIn.reachedOutTo != nil
        return checkIn
    }

    enum CodingKeys: String, CodingKey {
        case id, time, topic, intensityBefore, intensityAfter, trigger, coping, reachedOut, reachedOutTo, lapse, note
    }

    /// Reads a check-in; `reachedOut` and `lapse` may be left out and are then false, and `note`
    /// (added later) may be left out.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(UUID.self, forKey: .id),
            time: try container.decode(Date.self, forKey: .time),
            topic: try container.decodeIfPresent(String.self, forKey: .topic),
            intensityBefore: try container.decodeIfPresent(Int.self, forKey: .intensityBefore),
            intensityAfter: try container.decodeIfPresent(Int.self, forKey: .intensityAfter),
            trigger: try container.decodeIfPresent(Trigger.self, forKey: .trigger),
            coping: try container.decodeIfPresent(String.self, forKey: .coping),
            reachedOut: try container.decodeIfPresent(Bool.self, forKey: .reachedOut) ?? false,
            reachedOutTo: try container.decodeIfPresent(String.self, forKey: .reachedOutTo),
            lapse: try container.decodeIfPresent(Bool.self, forKey: .lapse) ?? false,
            note: try container.decodeIfPresent(String.self, forKey: .note))
    }
}
