import Yams

/// Reads the safety net's patterns and crisis lines from the shipped `Dialogues/safety/` files.
public enum SafetyLoader {
    /// Reads the safety net, or reports why it cannot: Steady refuses to run without one.
    public static func load(_ sources: [ScriptSource]) -> (SafetyNet.Definition?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var data = CrisisData()
        var lines: CrisisLines?
        var sawCrisis = false
        for source in sources {
            var reader = YAMLReader(path: source.path, text: source.text)
            guard let root = reader.compose(source.text), let pairs = reader.mapping(root, what: "a safety file") else {
                diagnostics += reader.diagnostics
                continue
            }
            reader.checkKeys(pairs, allowed: ["crisis", "regions", "default", "messages"], in: "a safety file")
            let fields = Dictionary(pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
            if let crisis = fields["crisis"] {
                sawCrisis = true
                loadCrisis(crisis, &reader, &data)
            }
            if let messages = fields["messages"] {
                data.messages += MessagesLoader.read(messages, labels: SafetyNet.modelLabels, &reader)
            }
            if let regions = fields["regions"] {
                lines = loadLines(regions, fields["default"], &reader)
            }
            diagnostics += reader.diagnostics
        }
        let start = SourceLocation(file: sources.first?.path ?? "Dialogues/safety", line: 1, column: 1)
        if !sawCrisis || data.cues.isEmpty {
            diagnostics.append(Diagnostic(.error, .safetyData, at: start, "the safety net's cues are missing",
                                          hint: "Dialogues/safety/crisis.yaml must be present and list patterns under 'cues:'"))
        }
        if lines == nil {
            diagnostics.append(Diagnostic(.error, .safetyData, at: start, "the crisis lines are missing",
                                          hint: "Dialogues/safety/crisis-lines.yaml must be present and valid"))
        }
        guard !diagnostics.hasErrors, let lines else { return (nil, diagnostics) }
        return (SafetyNet.Definition(cues: data.cues, figures: data.figures, past: data.past, hyperbole: data.hyperbole, earnest: data.earnest, work: data.work, everyday: data.everyday,
                                     negators: data.negators, lines: lines, messages: data.messages), diagnostics)
    }

    /// What the `crisis:` section holds.
    struct CrisisData {
        var cues: [SafetyNet.CuePattern] = []
        var figures: [Pattern] = []
        var past: [Pattern] = []
        var hyperbole: [Pattern] = []
        var earnest: [Pattern] = []
        var work: [Pattern] = []
        var everyday: [Pattern] = []
        var negators: Set<String> = []
        var messages: [(label: String, text: String)] = []
    }

    static func loadCrisis(_ node: Yams.Node, _ reader: inout YAMLReader, _ data: inout CrisisData) {
        guard let pairs = reader.mapping(node, what: "crisis") else { return }
        reader.checkKeys(pairs, allowed: ["cues", "figures", "past", "hyperbole", "earnest", "work", "everyday", "negators"], in: "crisis")
        func patterns(_ node: Yams.Node, what: String) -> [Pattern] {
            reader.strings(node, what: what).compactMap { ScriptLoader.compile($0, &reader) }
        }
        for pair in pairs {
            switch pair.key {
            case "cues":
                guard let kinds = reader.mapping(pair.value, what: "cues") else { continue }
                for kind in kinds {
                    guard let cue = SafetyNet.Cue(rawValue: kind.key) else {
                        let hint = DidYouMean.nearest(kind.key, in: SafetyNet.Cue.allCases.map(\.rawValue)).map { "did you mean '\($0)'?" }
                        reader.error(.safetyData, at: reader.location(kind.keyNode), "unknown cue '\(kind.key)'", hint: hint)
                        continue
                    }
                    for line in reader.strings(kind.value, what: kind.key) {
                        if let pattern = ScriptLoader.compile(line, &reader) {
                            // A cue is looked for over a few words only: one longer than that can never match.
                            if pattern.shortestMatch > SafetyNet.longestCue {
                                reader.warning(.safetyData, at: line.location,
                                               "this cue spans at least \(pattern.shortestMatch) words, and a cue is matched over at most \(SafetyNet.longestCue): it can never match",
                                               hint: "split it into two cues, or drop words it does not need")
                            }
                            data.cues.append(SafetyNet.CuePattern(cue: cue, pattern: pattern, location: line.location))
                        }
                    }
                }
            case "figures": data.figures += patterns(pair.value, what: "figures")
            case "past": data.past += patterns(pair.value, what: "past")
            case "hyperbole": data.hyperbole += patterns(pair.value, what: "hyperbole")
            case "earnest": data.earnest += patterns(pair.value, what: "earnest")
            case "work": data.work += patterns(pair.value, what: "work")
            case "everyday": data.everyday += patterns(pair.value, what: "everyday")
            case "negators":
                data.negators.formUnion(reader.strings(pair.value, what: "negators").flatMap { Normalizer.normalizeWords($0.value) })
            default: break
            }
        }
    }

    static func loadLines(_ node: Yams.Node, _ fallback: Yams.Node?, _ reader: inout YAMLReader) -> CrisisLines? {
        guard let regionPairs = reader.mapping(node, what: "regions") else { return nil }
        var regions: [String: CrisisLines.Region] = [:]
        for pair in regionPairs {
            guard let fields = reader.mapping(pair.value, what: "region \(pair.key)") else { continue }
            reader.checkKeys(fields, allowed: ["name", "emergency", "emergency_source", "locales", "lines", "none"], in: "a region")
            let values = Dictionary(fields.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
            guard let emergencyNode = values["emergency"], let emergency = reader.string(emergencyNode, what: "emergency") else {
                reader.error(.safetyData, at: reader.location(pair.keyNode), "region \(pair.key) needs an 'emergency:' number")
                continue
            }
            var lines: [CrisisLines.Line] = []
            for item in values["lines"].map({ reader.list($0, what: "lines") }) ?? [] {
                guard let lineFields = reader.mapping(item, what: "a line") else { continue }
                reader.checkKeys(lineFields, allowed: ["name", "kind", "how", "source", "checked", "verified"], in: "a crisis line")
                let lv = Dictionary(lineFields.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
                guard let name = lv["name"].flatMap({ reader.string($0, what: "name") }),
                    let how = lv["how"].flatMap({ reader.string($0, what: "how") })
                else {
                    reader.error(.safetyData, at: reader.location(item), "a crisis line needs 'name:' and 'how:'")
                    continue
                }
                if lv["source"] == nil {
                    reader.error(.safetyData, at: reader.location(item), "cite the public source of '\(name)' with 'source:'")
                }
                var kind = CrisisLines.Kind.suicide
                if let kindNode = lv["kind"], let text = reader.string(kindNode, what: "kind") {
                    if let known = CrisisLines.Kind(rawValue: text) {
                        kind = known
                    } else {
                        reader.error(.safetyData, at: reader.location(kindNode), "unknown kind of line '\(text)'",
                                     hint: "one of " + CrisisLines.Kind.allCases.map(\.rawValue).joined(separator: ", "))
                    }
                }
                lines.append(CrisisLines.Line(name: name, how: how, kind: kind))
            }
            var none: [CrisisLines.Kind: String] = [:]
            if let noneNode = values["none"], let gaps = reader.mapping(noneNode, what: "none") {
                for gap in gaps {
                    guard let kind = CrisisLines.Kind(rawValue: gap.key) else {
                        reader.error(.safetyData, at: reader.location(gap.keyNode), "unknown kind of line '\(gap.key)'")
                        continue
                    }
                    none[kind] = reader.string(gap.value, what: gap.key) ?? ""
                }
            }
            // Every region names a line of every kind, or says where there is none.
            for kind in CrisisLines.Kind.allCases where none[kind] == nil && !lines.contains(where: { $0.kind == kind }) {
                reader.warning(.safetyData, at: reader.location(pair.keyNode), "region \(pair.key) has no \(kind.rawValue) line",
                               hint: "add one with 'kind: \(kind.rawValue)', or say under 'none:' why there is none")
            }
            regions[pair.key] = CrisisLines.Region(
                code: pair.key, name: values["name"].flatMap { reader.string($0, what: "name") } ?? pair.key,
                emergency: emergency,
                locales: values["locales"].map { reader.strings($0, what: "locales").map(\.value) } ?? [], lines: lines, none: none)
        }
        var defaultEmergency = "your local emergency number"
        var defaultFind = ""
        if let fallback, let fields = reader.mapping(fallback, what: "default") {
            let values = Dictionary(fields.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
            defaultEmergency = values["emergency"].flatMap { reader.string($0, what: "emergency") } ?? defaultEmergency
            defaultFind = values["find"].flatMap { reader.string($0, what: "find") } ?? ""
        }
        guard !regions.isEmpty else {
            reader.error(.safetyData, at: reader.location(node), "no regions with crisis lines")
            return nil
        }
        return CrisisLines(regions: regions, defaultEmergency: defaultEmergency, defaultFind: defaultFind)
    }
}
