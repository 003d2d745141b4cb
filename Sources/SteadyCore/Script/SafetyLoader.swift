import Yams

/// Reads the safety net's patterns and crisis lines from the shipped `Dialogues/safety/` files.
public enum SafetyLoader {
    /// Reads the safety net, or reports why it cannot: Steady refuses to run without one.
    public static func load(_ sources: [ScriptSource]) -> (SafetyNet.Definition?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var rules: [SafetyNet.Rule] = []
        var idioms: [Pattern] = []
        var negators: Set<String> = []
        var urgent: Set<SafetyNet.Category> = []
        var lines: CrisisLines?
        var sawCrisis = false
        for source in sources {
            var reader = YAMLReader(path: source.path, text: source.text)
            guard let root = reader.compose(source.text), let pairs = reader.mapping(root, what: "a safety file") else {
                diagnostics += reader.diagnostics
                continue
            }
            reader.checkKeys(pairs, allowed: ["crisis", "regions", "default"], in: "a safety file")
            let fields = Dictionary(pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
            if let crisis = fields["crisis"] {
                sawCrisis = true
                loadCrisis(crisis, &reader, &rules, &idioms, &negators, &urgent)
            }
            if let regions = fields["regions"] {
                lines = loadLines(regions, fields["default"], &reader)
            }
            diagnostics += reader.diagnostics
        }
        let start = SourceLocation(file: sources.first?.path ?? "Dialogues/safety", line: 1, column: 1)
        if !sawCrisis || rules.isEmpty {
            diagnostics.append(Diagnostic(.error, .safetyData, at: start, "the safety net's crisis patterns are missing",
                                          hint: "Dialogues/safety/crisis.yaml must be present and valid"))
        }
        if lines == nil {
            diagnostics.append(Diagnostic(.error, .safetyData, at: start, "the crisis lines are missing",
                                          hint: "Dialogues/safety/crisis-lines.yaml must be present and valid"))
        }
        guard !diagnostics.hasErrors, let lines else { return (nil, diagnostics) }
        return (SafetyNet.Definition(rules: rules, idioms: idioms, negators: negators, urgent: urgent, lines: lines), diagnostics)
    }

    static func loadCrisis(
        _ node: Yams.Node, _ reader: inout YAMLReader, _ rules: inout [SafetyNet.Rule], _ idioms: inout [Pattern],
        _ negators: inout Set<String>, _ urgent: inout Set<SafetyNet.Category>
    ) {
        guard let pairs = reader.mapping(node, what: "crisis") else { return }
        reader.checkKeys(pairs, allowed: ["categories", "idioms", "negators"], in: "crisis")
        for pair in pairs {
            switch pair.key {
            case "categories":
                guard let categories = reader.mapping(pair.value, what: "categories") else { continue }
                for category in categories {
                    guard let kind = SafetyNet.Category(rawValue: category.key) else {
                        reader.error(.safetyData, at: reader.location(category.keyNode), "unknown crisis category '\(category.key)'")
                        continue
                    }
                    guard let fields = reader.mapping(category.value, what: category.key) else { continue }
                    reader.checkKeys(fields, allowed: ["urgent", "patterns"], in: category.key)
                    for field in fields {
                        if field.key == "urgent", reader.bool(field.value, what: "urgent") == true { urgent.insert(kind) }
                        if field.key == "patterns" {
                            for line in reader.strings(field.value, what: "patterns") {
                                if let pattern = ScriptLoader.compile(line, &reader) {
                                    rules.append(SafetyNet.Rule(category: kind, pattern: pattern, location: line.location))
                                }
                            }
                        }
                    }
                }
            case "idioms":
                for line in reader.strings(pair.value, what: "idioms") {
                    if let pattern = ScriptLoader.compile(line, &reader) { idioms.append(pattern) }
                }
            case "negators":
                negators.formUnion(reader.strings(pair.value, what: "negators").flatMap { Normalizer.normalizeWords($0.value) })
            default: break
            }
        }
    }

    static func loadLines(_ node: Yams.Node, _ fallback: Yams.Node?, _ reader: inout YAMLReader) -> CrisisLines? {
        guard let regionPairs = reader.mapping(node, what: "regions") else { return nil }
        var regions: [String: CrisisLines.Region] = [:]
        for pair in regionPairs {
            guard let fields = reader.mapping(pair.value, what: "region \(pair.key)") else { continue }
            reader.checkKeys(fields, allowed: ["name", "emergency", "emergency_source", "locales", "lines"], in: "a region")
            let values = Dictionary(fields.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
            guard let emergencyNode = values["emergency"], let emergency = reader.string(emergencyNode, what: "emergency") else {
                reader.error(.safetyData, at: reader.location(pair.keyNode), "region \(pair.key) needs an 'emergency:' number")
                continue
            }
            var lines: [CrisisLines.Line] = []
            for item in values["lines"].map({ reader.list($0, what: "lines") }) ?? [] {
                guard let lineFields = reader.mapping(item, what: "a line") else { continue }
                reader.checkKeys(lineFields, allowed: ["name", "how", "source"], in: "a crisis line")
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
                lines.append(CrisisLines.Line(name: name, how: how))
            }
            regions[pair.key] = CrisisLines.Region(
                code: pair.key, name: values["name"].flatMap { reader.string($0, what: "name") } ?? pair.key,
                emergency: emergency,
                locales: values["locales"].map { reader.strings($0, what: "locales").map(\.value) } ?? [], lines: lines)
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
