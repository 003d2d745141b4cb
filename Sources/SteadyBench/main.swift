// Measures Steady's engine: load time, time per reply through the whole path (normalise,
// safety net, match), and peak memory. Run through Scripts/bench on a release build.
//
//   SteadyBench synthetic TRIGGERS SAFETY_DIR   one JSON line for a generated script set
//   SteadyBench workload FILE SAFETY_DIR        one JSON line for a shared workload file
//   SteadyBench shipped DIALOGUES_DIR           how long loading the shipped Dialogues takes
//   SteadyBench stages TRIGGERS SAFETY_DIR      time per stage of a message (STAGE=name for one,
//                                               ROUNDS=n to repeat it, for a profiler)
//   SteadyBench classify DIALOGUES_DIR          for measuring a labelled set quickly: reads
//                                               "label<TAB>text" lines and prints "label<TAB>safety
//                                               <TAB>topic<TAB>dialogue<TAB>text" for each (safety:
//                                               crisis, check, asked when a dialogue or the fallback
//                                               asks the direct question, or -), from a
//                                               fresh conversation (after a check, the route that
//                                               follows the answer "No"); READING=1 adds what
//                                               decided it (a rule or the model), the model's
//                                               danger and crisis, and the number of words;
//                                               TOPIC=1 adds the topic model's three likeliest
//                                               labels, each with its probability; TOLERANCE=1
//                                               whether the answer warned of lower tolerance
import Foundation
import SteadyCore

func peakRSSKilobytes() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Int(usage.ru_maxrss)
}

func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

func readSafety(_ folder: String) -> [ScriptSource] {
    let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return files.filter { $0.hasSuffix(".yaml") }.sorted().compactMap { name in
        let path = (folder as NSString).appendingPathComponent(name)
        return (try? String(contentsOfFile: path, encoding: .utf8)).map { ScriptSource(path: path, text: $0) }
    }
}

func percentile<F: BinaryFloatingPoint>(_ sorted: [F], _ p: Double) -> Double {
    guard !sorted.isEmpty else { return 0 }
    return Double(sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * p).rounded()))])
}

/// Times one reply per input through the engine's whole path, from a fresh conversation each time.
/// Samples are kept as `Float` and sorted in place, so that they add little to peak memory.
func timeReplies(_ engine: Engine, _ inputs: [String], minimumSamples: Int) -> (samples: [Float], turns: [Turn]) {
    let (_, fresh) = engine.start(seed: 1)
    var samples: [Float] = []
    var turns: [Turn] = []
    samples.reserveCapacity(max(minimumSamples, inputs.count))
    // Warm up once, then measure.
    for input in inputs.prefix(200) {
        var state = fresh
        _ = engine.respond(to: input, state: &state)
    }
    var round = 0
    while samples.count < minimumSamples || round == 0 {
        for input in inputs {
            var state = fresh
            let start = now()
            let turn = engine.respond(to: input, state: &state)
            samples.append(Float(now() - start) / 1000)
            if round == 0 { turns.append(turn) }
        }
        round += 1
    }
    samples.sort()
    return (samples, turns)
}

/// Times the routing of each input: normalise, safety net, triggers, then the nearest example;
/// what `respond` does before it plays the dialogue it chose.
func timeRoutes(_ library: Library, _ inputs: [String], minimumSamples: Int) -> [Float] {
    var samples: [Float] = []
    samples.reserveCapacity(max(minimumSamples, inputs.count))
    var sink = 0
    func route(_ input: String) -> Int {
        let message = library.message(input)
        if library.safety.check(message) != nil { return -1 }
        if let candidate = library.router.matches(message).first { return candidate.entry.dialogue }
        return library.examples.scores(for: message).first.map { $0.similarity >= ExampleIndex.threshold ? $0.dialogue : -2 } ?? -2
    }
    for input in inputs { sink &+= route(input) }
    while samples.count < minimumSamples {
        for input in inputs {
            let start = now()
            sink &+= route(input)
            samples.append(Float(now() - start) / 1000)
        }
    }
    if sink == Int.min { print(sink) }
    samples.sort()
    return samples
}

/// A deterministic generator of pseudo-words and scripts.
struct Synthetic {
    var random = SeededRandom(seed: 7)
    let syllables = ["ka", "lo", "mi", "ne", "tu", "ra", "si", "po", "ve", "da", "zu", "fe", "gi", "ho", "ju", "ba"]

    mutating func word() -> String {
        let count = 2 + Int(random.next() % 3)
        return (0..<count).map { _ in syllables[Int(random.next() % UInt64(syllables.count))] }.joined()
    }

    /// YAML for `triggers` triggers spread over dialogues of ten triggers each, and messages.
    mutating func scripts(triggers: Int) -> (sources: [ScriptSource], matching: [String]) {
        let vocabulary = (0..<max(2000, triggers / 2)).map { _ in word() }
        var sources: [ScriptSource] = []
        var matching: [String] = []
        let perDialogue = 10
        for d in 0..<(triggers / perDialogue) {
            var yaml = "id: synthetic-\(d)\ntopic: stress\npriority: \(Int(random.next() % 50))\ntriggers:\n"
            for _ in 0..<perDialogue {
                let words = (0..<(2 + Int(random.next() % 3))).map { _ in vocabulary[Int(random.next() % UInt64(vocabulary.count))] }
                var pattern = words
                switch random.next() % 4 {
                case 0: pattern.insert("[\(vocabulary[Int(random.next() % UInt64(vocabulary.count))])]", at: 1)
                case 1: pattern[0] = "(\(words[0])|\(vocabulary[Int(random.next() % UInt64(vocabulary.count))]))"
                case 2: pattern.append("*")
                default: break
                }
                yaml += "  - \"\(pattern.joined(separator: " "))\"\n"
                if matching.count < 5000 { matching.append("so " + words.joined(separator: " ") + " today really") }
            }
            yaml += "nodes:\n  a:\n    say: \"Synthetic reply \(d).\"\n    end: true\n"
            sources.append(ScriptSource(path: "synthetic/\(d).yaml", text: yaml))
        }
        return (sources, matching)
    }
}

let nonMatching = [
    "the weather is nice today", "what time is the bus", "i like turtles and tea", "my cat sat on the keyboard",
    "going to the shop later", "the film was long but good", "need to fix the bike", "it rained all morning",
]

func synthetic(_ triggers: Int, safetyFolder: String) {
    var generator = Synthetic()
    let (sources, matching) = generator.scripts(triggers: triggers)
    let safety = readSafety(safetyFolder)
    let start = now()
    let (built, diagnostics) = Library.build(sources: sources, safety: safety)
    let loadSeconds = Double(now() - start) / 1e9
    guard let library = built else {
        FileHandle.standardError.write(Data("cannot load: \(diagnostics.prefix(3))\n".utf8))
        exit(1)
    }
    let engine = Engine(library: library)
    var inputs: [String] = []
    for i in 0..<1000 {
        inputs.append(matching[i % matching.count])
        inputs.append(nonMatching[i % nonMatching.count] + " \(generator.word())")
    }
    // 100,000 samples each, a few tenths of a second: long enough that a burst of work
    // elsewhere on this shared machine moves the median of few of them.
    let (samples, turns) = timeReplies(engine, inputs, minimumSamples: 100_000)
    let routes = timeRoutes(library, inputs, minimumSamples: 100_000)
    let routed = turns.filter { if case .trigger = $0.route { true } else { false } }.count
    print("{\"engine\":\"steady\",\"kind\":\"synthetic\",\"triggers\":\(library.router.entries.count),\"messages\":\(samples.count),"
        + "\"load_seconds\":\(String(format: "%.4f", loadSeconds)),"
        + "\"route_median_us\":\(String(format: "%.3f", percentile(routes, 0.5))),\"route_p99_us\":\(String(format: "%.3f", percentile(routes, 0.99))),"
        + "\"median_us\":\(String(format: "%.3f", percentile(samples, 0.5))),\"p99_us\":\(String(format: "%.3f", percentile(samples, 0.99))),"
        + "\"routed\":\(routed),\"inputs\":\(inputs.count),\"peak_rss_kb\":\(peakRSSKilobytes())}")
}

func workload(_ path: String, safetyFolder: String) {
    struct Workload: Decodable {
        struct Rule: Decodable { var id: String; var pattern: String; var reply: String }
        var rules: [Rule]
        var inputs: [String]
    }
    guard let data = FileManager.default.contents(atPath: path),
        let work = try? JSONDecoder().decode(Workload.self, from: data)
    else {
        FileHandle.standardError.write(Data("cannot read the workload \(path)\n".utf8))
        exit(1)
    }
    let start = now()
    var sources: [ScriptSource] = []
    var fallbackReply = "I'm not sure I understood."
    for (i, rule) in work.rules.enumerated() {
        let reply = rule.reply.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        if rule.pattern.trimmingCharacters(in: .whitespaces) == "*" {
            fallbackReply = rule.reply
            continue
        }
        let pattern = rule.pattern.replacingOccurrences(of: "\"", with: "")
        sources.append(ScriptSource(path: "workload/\(i).yaml", text: """
            id: w\(i)
            topic: smalltalk
            triggers: ["^\(pattern)$"]
            nodes:
              a: { say: "\(reply)", end: true }
            """))
    }
    let (built, diagnostics) = Library.build(sources: sources, safety: readSafety(safetyFolder))
    let loadSeconds = Double(now() - start) / 1e9
    guard let library = built else {
        FileHandle.standardError.write(Data("cannot load: \(diagnostics.prefix(3))\n".utf8))
        exit(1)
    }
    _ = fallbackReply
    let engine = Engine(library: library)
    let (samples, turns) = timeReplies(engine, work.inputs, minimumSamples: 2000)
    let nonfallback = turns.filter { if case .trigger = $0.route { true } else { false } }.count
    print("{\"engine\":\"steady\",\"N\":\(work.rules.count),\"M\":\(work.inputs.count),"
        + "\"load_seconds\":\(String(format: "%.4f", loadSeconds)),"
        + "\"per_reply_microseconds_median\":\(String(format: "%.3f", percentile(samples, 0.5))),"
        + "\"per_reply_microseconds_p99\":\(String(format: "%.3f", percentile(samples, 0.99))),"
        + "\"peak_rss_kb\":\(peakRSSKilobytes()),\"nonfallback\":\(nonfallback)}")
}

/// Sentences of the kind a long post strings together, calm and worried, for `stages`.
let postSentences = [
    "it has been a really long week at work and my manager keeps piling more on my desk",
    "i went to a meeting on tuesday and talked for the first time in ages which felt good",
    "my sister rang last night and we ended up arguing about mum again like we always do",
    "i have not had a drink for nineteen days but the evenings are the hardest part by far",
    "honestly some nights i wonder what the point of any of it is and i just lie there",
    "the doctor changed my tablets last month and i am still not sleeping properly at all",
    "my friend has gone quiet and is not answering her phone and i am starting to worry",
    "we took the dog out to the park on sunday and the kids were laughing for once",
    "i keep thinking everyone would be better off if i just stayed out of their way",
    "anyway sorry for the long post i just needed to get it out of my head somewhere",
]

/// A post of seven sentences, about 120 words, different for each `seed`.
func longPost(_ seed: Int) -> String {
    (0..<7).map { postSentences[(seed + $0 * 3) % postSentences.count] }.joined(separator: ". ") + "."
}

/// Times each stage of the path separately, to see where a reply's time goes.
func stages(_ triggers: Int, safetyFolder: String) {
    var generator = Synthetic()
    let (sources, matching) = generator.scripts(triggers: triggers)
    guard let library = Library.build(sources: sources, safety: readSafety(safetyFolder)).0 else { exit(1) }
    let engine = Engine(library: library)
    var inputs: [String] = []
    for i in 0..<1000 {
        inputs.append(matching[i % matching.count])
        inputs.append(nonMatching[i % nonMatching.count] + " \(generator.word())")
    }
    let messages = inputs.map(library.message)
    let only = ProcessInfo.processInfo.environment["STAGE"]
    func time(_ name: String, _ body: (Int) -> Void) {
        if let only, only != name { return }
        var samples: [Double] = []
        for round in 0..<(only == nil ? 3 : Int(ProcessInfo.processInfo.environment["ROUNDS"] ?? "") ?? 30) {
            for i in inputs.indices {
                let start = now()
                body(i)
                if round > 0 { samples.append(Double(now() - start) / 1000) }
            }
        }
        samples.sort()
        print(name.padding(toLength: 14, withPad: " ", startingAt: 0), String(format: "median %7.3f us  p99 %7.3f us", percentile(samples, 0.5), percentile(samples, 0.99)))
    }
    var sink = 0
    time("normalize") { sink &+= library.normalizer.normalize(inputs[$0]).tokens.count }
    time("message") { sink &+= library.message(inputs[$0]).tokens.count }
    time("safety") { sink &+= library.safety.check(messages[$0]) == nil ? 0 : 1 }
    // A long post (about 120 words, seven sentences): the safety net must read it in under a
    // millisecond.
    let longMessages = (0..<inputs.count).map { library.message(longPost($0)) }
    time("safety-long") { sink &+= library.safety.check(longMessages[$0]) == nil ? 0 : 1 }
    time("router") { sink &+= library.router.matches(messages[$0]).first == nil ? 0 : 1 }
    time("examples") { sink &+= library.examples.scores(for: messages[$0]).count }
    time("route") { i in
        let message = library.message(inputs[i])
        if library.safety.check(message) != nil { sink &+= 1 } else if library.router.matches(message).first != nil { sink &+= 2 } else {
            sink &+= library.examples.scores(for: message).count
        }
    }
    let (_, fresh) = engine.start(seed: 1)
    time("respond") { var state = fresh; sink &+= engine.respond(to: inputs[$0], state: &state).reply.count }
    print("sink", sink)
}

/// Reads a Dialogues folder as the CLI does: scripts, the safety files and the word list.
func readDialogues(_ folder: String) -> (scripts: [ScriptSource], safety: [ScriptSource], words: WordList) {
    var scripts: [ScriptSource] = [], safety: [ScriptSource] = []
    let enumerator = FileManager.default.enumerator(atPath: folder)
    var relatives: [String] = []
    while let relative = enumerator?.nextObject() as? String {
        if relative.hasSuffix(".yaml") { relatives.append(relative) }
    }
    for relative in relatives.sorted() {
        let path = (folder as NSString).appendingPathComponent(relative)
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { continue }
        if relative.hasPrefix("safety/") { safety.append(ScriptSource(path: path, text: text)) } else { scripts.append(ScriptSource(path: path, text: text)) }
    }
    let words = (try? Data(contentsOf: URL(fileURLWithPath: (folder as NSString).appendingPathComponent("words/english.txt")), options: .alwaysMapped))
        .map(WordList.init) ?? .empty
    return (scripts, safety, words)
}

/// Prints what the safety net and routing make of each labelled line on standard input.
func classify(_ folder: String) {
    let (scripts, safety, words) = readDialogues(folder)
    let (built, diagnostics) = Library.build(sources: scripts, safety: safety, words: words)
    guard let library = built else {
        for diagnostic in diagnostics { FileHandle.standardError.write(Data("\(diagnostic)\n".utf8)) }
        exit(1)
    }
    let engine = Engine(library: library, region: "US")
    let (_, fresh) = engine.start(seed: 1)
    let environment = ProcessInfo.processInfo.environment
    let showReading = environment["READING"] != nil, showTopic = environment["TOPIC"] != nil
    while let line = readLine() {
        let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { continue }
        var state = fresh
        var turn = engine.respond(to: parts[1], state: &state)
        // "asked": no finding of the safety net, but the direct question all the same, from the
        // fallback or a dialogue's own check (as for low mood).
        let safety = turn.safety?.rawValue ?? (turn.effects.contains(.safetyCheck) ? "asked" : "-")
        if turn.safety == .check { turn = engine.respond(to: "No", state: &state) }
        let topic = turn.crisis ? "crisis" : turn.topic?.rawValue ?? "-"
        var columns = [parts[0], safety, topic, turn.dialogue ?? "-", parts[1]]
        // Whether the answer warned of lower tolerance after time away (issue 19's bar).
        if environment["TOLERANCE"] != nil { columns.append(turn.reply.lowercased().contains("tolerance") ? "tolerance" : "-") }
        let message = showReading || showTopic ? library.message(parts[1]) : nil
        if showReading, let message {
            // What the cues decided and what the model reads, for studying the thresholds.
            let finding = library.safety.check(message)
            let reading = library.safety.modelReading(message)
            let source = finding.map { $0.cues.isEmpty ? "model" : $0.reason } ?? "-"
            columns += [source, String(format: "%.6f", reading?.danger ?? 0), String(format: "%.6f", reading?.crisis ?? 0),
                        String(message.tokens.count)]
        }
        if showTopic, let message {
            // What the topic model reads of the whole message, for studying how routing uses it.
            for reading in (library.topicModel?.posterior(message.tokens) ?? []).prefix(3) {
                columns += [reading.label, String(format: "%.6f", reading.probability)]
            }
        }
        print(columns.joined(separator: "\t"))
    }
}

/// Times loading the shipped Dialogues folder: each file read once, then `Library.build` timed.
func shipped(_ folder: String) {
    let (scripts, safety, words) = readDialogues(folder)
    var runs: [Double] = []
    for _ in 0..<10 {
        let start = now()
        let (library, _) = Library.build(sources: scripts, safety: safety, words: words)
        runs.append(Double(now() - start) / 1e6)
        if library == nil { exit(1) }
    }
    runs.sort()
    print(String(format: "load of %d files: median %.1f ms, best %.1f ms", scripts.count + safety.count, percentile(runs, 0.5), runs[0]))
}

let arguments = CommandLine.arguments
switch (arguments.count > 1 ? arguments[1] : "", arguments.count) {
case ("synthetic", 4):
    synthetic(Int(arguments[2]) ?? 1000, safetyFolder: arguments[3])
case ("stages", 4):
    stages(Int(arguments[2]) ?? 1000, safetyFolder: arguments[3])
case ("shipped", 3):
    shipped(arguments[2])
case ("classify", 3):
    classify(arguments[2])
case ("workload", 4):
    workload(arguments[2], safetyFolder: arguments[3])
default:
    FileHandle.standardError.write(Data("usage: SteadyBench synthetic TRIGGERS SAFETY_DIR | workload FILE SAFETY_DIR | shipped DIALOGUES_DIR | stages TRIGGERS SAFETY_DIR | classify DIALOGUES_DIR\n".utf8))
    exit(64)
}
