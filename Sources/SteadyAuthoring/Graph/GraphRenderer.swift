import SteadyCore

/// Draws the flow of dialogues as a graph in Graphviz DOT or Mermaid text: a box per step
/// (its id and the start of what it says), edges for options, replies and branches (labelled
/// with the option or the condition), dashed edges for calls to other dialogues, and the ends.
public struct GraphRenderer: Sendable {
    public enum Format: String, CaseIterable, Sendable {
        case dot, mermaid
    }

    public var format: Format
    /// The most characters of a line shown in a box or on an edge.
    public var labelLength: Int

    public init(format: Format = .dot, labelLength: Int = 44) {
        self.format = format
        self.labelLength = labelLength
    }

    /// One box of the drawing.
    struct Box {
        enum Kind { case start, step, end, call }
        var id: String
        var label: String
        var kind: Kind
    }

    /// One arrow of the drawing.
    struct Arrow {
        enum Style { case solid, dashed, dotted }
        var from: String
        var to: String
        var label: String
        var style: Style
    }

    /// The boxes of one dialogue, drawn as a group.
    struct Group {
        var title: String
        var boxes: [Box]
    }

    /// The graph text of the dialogues, each in a group of its own.
    public func render(_ dialogues: [Dialogue]) -> String {
        let drawn = Set(dialogues.map(\.id))
        var groups: [Group] = []
        var arrows: [Arrow] = []
        var outside: [Box] = []
        for dialogue in dialogues {
            let (group, dialogueArrows, calls) = layout(dialogue, drawn: drawn)
            groups.append(group)
            arrows += dialogueArrows
            for call in calls where !outside.contains(where: { $0.id == call.id }) { outside.append(call) }
        }
        switch format {
        case .dot: return dot(groups, outside, arrows)
        case .mermaid: return mermaid(groups, outside, arrows)
        }
    }

    private func layout(_ dialogue: Dialogue, drawn: Set<String>) -> (Group, [Arrow], [Box]) {
        let prefix = dialogue.id + "/"
        let startID = prefix + "(start)", endID = prefix + "(end)"
        var boxes = [Box(id: startID, label: "start", kind: .start)]
        var arrows = [Arrow(from: startID, to: prefix + dialogue.start, label: "", style: .solid)]
        var calls: [Box] = []
        var ends = false

        func target(_ target: Target) -> (String, Arrow.Style) {
            switch target {
            case .goto(let id): return (prefix + id, .solid)
            case .end:
                ends = true
                return (endID, .solid)
            case .call(let id):
                if drawn.contains(id) { return (id + "/(start)", .dashed) }
                let box = Box(id: "(call)/" + id, label: "call " + id, kind: .call)
                if !calls.contains(where: { $0.id == box.id }) { calls.append(box) }
                return (box.id, .dashed)
            }
        }

        for id in dialogue.nodeOrder {
            guard let node = dialogue.nodes[id] else { continue }
            var label = id
            if let line = node.say.first { label += "\n" + shorten(line) }
            if let ask = node.ask { label += "\n" + describe(ask) }
            boxes.append(Box(id: prefix + id, label: label, kind: .step))
            for (index, option) in node.options.enumerated() {
                let (to, style) = target(option.target)
                arrows.append(Arrow(from: prefix + id, to: to, label: "\(index + 1). " + shorten(option.label), style: style))
            }
            for reply in node.replies {
                guard let replyTarget = reply.target else { continue }
                let (to, style) = target(replyTarget)
                arrows.append(Arrow(from: prefix + id, to: to, label: "reply \"" + shorten(reply.source) + "\"", style: style))
            }
            for branch in node.next {
                let (to, style) = target(branch.target)
                let label = branch.condition.map { "when " + shorten(Self.describe($0)) } ?? ""
                arrows.append(Arrow(from: prefix + id, to: to, label: label, style: style))
            }
            if Linter.fallsThrough(node) {
                ends = true
                arrows.append(Arrow(from: prefix + id, to: endID, label: node.next.isEmpty ? "" : "otherwise", style: .dotted))
            }
        }
        if ends { boxes.append(Box(id: endID, label: "end", kind: .end)) }
        return (Group(title: dialogue.id + ": " + dialogue.title, boxes: boxes), arrows, calls)
    }

    private func describe(_ ask: Ask) -> String {
        let kind: String
        switch ask.kind {
        case .scale(let min, let max): kind = "scale \(min)-\(max)"
        case .yesNo: kind = "yes/no"
        case .choice(let choices): kind = "choice of \(choices.count)"
        case .text: kind = "text"
        }
        return "asks " + kind + (ask.into.map { " -> " + $0 } ?? "")
    }

    /// The first line of a text, cut to ``labelLength`` characters.
    func shorten(_ text: String) -> String {
        let flat = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        let words = flat.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        guard words.count > labelLength else { return words }
        return String(words.prefix(labelLength - 1)).trimmingTrailingSpaces + "\u{2026}"
    }

    /// A condition written back as text.
    static func describe(_ condition: Condition) -> String {
        switch condition {
        case .literal(.text(let text)): "\"\(text)\""
        case .literal(let value): value.description
        case .variable(let name): name
        case .not(let inner): "not " + wrapped(inner)
        case .and(let a, let b): wrapped(a) + " and " + wrapped(b)
        case .or(let a, let b): wrapped(a) + " or " + wrapped(b)
        case .compare(let a, let op, let b): describe(a) + " " + op.rawValue + " " + describe(b)
        }
    }

    private static func wrapped(_ condition: Condition) -> String {
        switch condition {
        case .and, .or: "(" + describe(condition) + ")"
        default: describe(condition)
        }
    }

    // MARK: Graphviz

    private func dot(_ groups: [Group], _ outside: [Box], _ arrows: [Arrow]) -> String {
        var lines = [
            "digraph steady {",
            "  rankdir=TB;",
            "  node [shape=box, style=rounded, fontname=\"Helvetica\", fontsize=10];",
            "  edge [fontname=\"Helvetica\", fontsize=9];",
        ]
        for (index, group) in groups.enumerated() {
            lines.append("  subgraph \"cluster_\(index)\" {")
            lines.append("    label=\(Self.dotQuote(group.title));")
            for box in group.boxes { lines.append("    " + dotBox(box)) }
            lines.append("  }")
        }
        for box in outside { lines.append("  " + dotBox(box)) }
        for arrow in arrows {
            var attributes: [String] = []
            if !arrow.label.isEmpty { attributes.append("label=" + Self.dotQuote(arrow.label)) }
            switch arrow.style {
            case .solid: break
            case .dashed: attributes.append("style=dashed")
            case .dotted: attributes.append("style=dotted")
            }
            let suffix = attributes.isEmpty ? "" : " [" + attributes.joined(separator: ", ") + "]"
            lines.append("  \(Self.dotQuote(arrow.from)) -> \(Self.dotQuote(arrow.to))\(suffix);")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    private func dotBox(_ box: Box) -> String {
        let shape: String
        switch box.kind {
        case .start: shape = "shape=circle, style=filled, fillcolor=\"#dddddd\""
        case .end: shape = "shape=doublecircle"
        case .call: shape = "shape=component, style=dashed"
        case .step: shape = ""
        }
        let attributes = ["label=" + Self.dotQuote(box.label)] + (shape.isEmpty ? [] : [shape])
        return "\(Self.dotQuote(box.id)) [\(attributes.joined(separator: ", "))];"
    }

    /// A DOT quoted string; line breaks become centred `\n` breaks.
    static func dotQuote(_ text: String) -> String {
        var out = "\""
        for character in text {
            switch character {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            default: out.append(character)
            }
        }
        return out + "\""
    }

    // MARK: Mermaid

    private func mermaid(_ groups: [Group], _ outside: [Box], _ arrows: [Arrow]) -> String {
        var names: [String: String] = [:]
        func name(_ id: String) -> String {
            if let existing = names[id] { return existing }
            let made = "n\(names.count)"
            names[id] = made
            return made
        }
        var lines = ["flowchart TD"]
        for (index, group) in groups.enumerated() {
            lines.append("  subgraph g\(index) [\(Self.mermaidQuote(group.title))]")
            for box in group.boxes { lines.append("    " + mermaidBox(box, name(box.id))) }
            lines.append("  end")
        }
        for box in outside { lines.append("  " + mermaidBox(box, name(box.id))) }
        for arrow in arrows {
            let link: String
            switch arrow.style {
            case .solid: link = "-->"
            case .dashed: link = "-.->"
            case .dotted: link = "-.->"
            }
            let label = arrow.label.isEmpty ? "" : "|" + Self.mermaidQuote(arrow.label) + "|"
            lines.append("  \(name(arrow.from)) \(link)\(label) \(name(arrow.to))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func mermaidBox(_ box: Box, _ name: String) -> String {
        let label = Self.mermaidQuote(box.label)
        switch box.kind {
        case .start: return "\(name)((\(label)))"
        case .end: return "\(name)(((\(label))))"
        case .call: return "\(name)[[\(label)]]"
        case .step: return "\(name)[\(label)]"
        }
    }

    /// A Mermaid quoted label; quotes and angle brackets become entity codes.
    static func mermaidQuote(_ text: String) -> String {
        var out = "\""
        for character in text {
            switch character {
            case "\"": out += "#quot;"
            case "<": out += "#lt;"
            case ">": out += "#gt;"
            case "\n": out += "<br/>"
            default: out.append(character)
            }
        }
        return out + "\""
    }
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
