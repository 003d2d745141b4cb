import Foundation

/// A reviewer's sign-off on a dialogue file: the SHA-256 of its text without the `review:` block.
///
/// Removing the block first means pasting the sign-off line into the file does not change the hash.
public enum SignOff {
    /// The hex SHA-256 of the text with any top-level `review:` block left out.
    public static func hash(of text: String) -> String {
        SHA256.hex(Array(textWithoutReview(text).utf8))
    }

    /// The text with the top-level `review:` key and the indented lines under it removed.
    public static func textWithoutReview(_ text: String) -> String {
        var kept: [Substring] = []
        var skipping = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("review:") {
                skipping = true
                continue
            }
            if skipping, line.first == " " || line.first == "\t" { continue }
            skipping = false
            kept.append(line)
        }
        return kept.joined(separator: "\n")
    }

    /// The line to paste into a dialogue file to record a review.
    public static func line(by reviewer: String, text: String) -> String {
        let escaped = reviewer.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return "review: { by: \"\(escaped)\", hash: \(hash(of: text)) }"
    }
}
