/// A row of block characters, one per value, for a trend at a glance in plain text.
public enum Sparkline {
    public static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    /// Stands for a missing value.
    public static let gap: Character = "·"

    /// One character per value on a fixed scale from 0 to `maximum`; nil values show as `gap`.
    public static func line(_ values: [Double?], maximum: Double = 10) -> String {
        String(values.map { value -> Character in
            guard let value, maximum > 0 else { return gap }
            let step = (Swift.min(Swift.max(value, 0), maximum) / maximum * Double(blocks.count - 1)).rounded()
            return blocks[Int(step)]
        })
    }
}
