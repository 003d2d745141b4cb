import SteadyCore

/// The `--jsonl` contract: one JSON object per turn, keys in a fixed order.
///
/// `{"turn":1,"reply":"...","topic":"craving","dialogue":"urge-surfing","node":"rate",
///   "crisis":false,"options":["..."],"effects":[{"type":"exercise","name":"box"}],"ended":false,"safety":null,"confidence":"high"}`
enum TurnJSON {
    static func line(_ turn: Turn) -> String {
        var out = "{"
        out += "\"turn\":\(turn.number)"
        out += ",\"reply\":" + string(turn.reply)
        out += ",\"topic\":" + (turn.topic.map { string($0.rawValue) } ?? "null")
        out += ",\"dialogue\":" + (turn.dialogue.map(string) ?? "null")
        out += ",\"node\":" + (turn.node.map(string) ?? "null")
        out += ",\"crisis\":\(turn.crisis)"
        out += ",\"options\":[" + turn.options.map(string).joined(separator: ",") + "]"
        out += ",\"effects\":[" + turn.effects.map(effect).joined(separator: ",") + "]"
        out += ",\"ended\":\(turn.ended)"
        out += ",\"safety\":" + (turn.safety.map { string($0.rawValue) } ?? "null")
        out += ",\"confidence\":" + (turn.confidence.map { string($0.rawValue) } ?? "null")
        return out + "}"
    }

    static func effect(_ effect: Effect) -> String {
        let fields = [("type", effect.type)] + effect.parameters.sorted { $0.key < $1.key }.filter { $0.key != "type" }
        return "{" + fields.map { string($0.0) + ":" + string($0.1) }.joined(separator: ",") + "}"
    }

    /// A JSON string literal.
    static func string(_ text: String) -> String {
        var out = "\""
        out.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    out += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                        + String(scalar.value, radix: 16)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
