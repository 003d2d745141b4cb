import Foundation

extension CheckIn {
    /// A check-in from what a `record_checkin` effect asks to note.
    ///
    /// The intensities are kept to 0...10; the trigger is read leniently; `reached_out` is yes,
    /// no or the name of the person. A value a variable filled with something unreadable (an empty
    /// or non-numeric intensity) is left out rather than guessed.
    public init(record: Effect.CheckInRecord, id: UUID = UUID(), time: Date, topic: String?) {
        func intensity(_ slot: Effect.Slot<Int>?) -> Int? {
            slot?.value.map { Swift.min(10, Swift.max(0, $0)) }
        }
        let reachedName: String?
        switch record.reachedOut?.value {
        case .to(let name)?: reachedName = name
        default: reachedName = nil
        }
        self.init(
            id: id, time: time, topic: topic, intensityBefore: intensity(record.before), intensityAfter: intensity(record.after),
            trigger: record.trigger.flatMap { $0.isEmpty ? nil : Trigger(lenient: $0) },
            coping: record.coping.flatMap { $0.isEmpty ? nil : $0 },
            reachedOut: record.reachedOut?.value == .yes || reachedName != nil, reachedOutTo: reachedName,
            lapse: record.lapse?.value ?? false, note: record.note.flatMap { $0.isEmpty ? nil : $0 })
    }
}
