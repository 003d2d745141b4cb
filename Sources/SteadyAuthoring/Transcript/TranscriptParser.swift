import SteadyCore

/// Reads the plain-text transcript format into a ``Transcript``, or reports every line it cannot read.
///
/// The format, one instruction a line:
/// - `# ...` a comment; ` #` after text starts a comment too;
/// - `seed: N`, `region: CODE`, `contact: name | reach | relationship | supports | availability`
///   `start: chat|practice` (the greeting, or `steady practice`'s menu) before the first `>`;
/// - `> message` what the person types, one turn;
/// - `< text` text that must appear in that turn's reply, ignoring case;
/// - `= check` a check on that turn: `topic`, `dialogue`, `node`, `crisis true|false`,
///   `ended true|false`, `option N TEXT`, `effect TYPE`, `var NAME VALUE`, `not TEXT`.
///
/// `<` and `=` lines before the first `>` check the opening turn.
public enum TranscriptParser {
    /// The words an `=` line may start with.
    public static let checkKeywords = ["topic", "dialogue", "node", "crisis", "ended", "option", "effect", "var", "not"]

    /// The effect types a transcript may check for: those scripts ask for and those the engine adds.
    public static let effectTypes: Set<String> = Set(Effect.known.keys).union(["crisis", "practice_feedback"])

    public static func parse(_ text: String) throws(Transcript.ParseError) -> Transcript {
        var reader = Reader()
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            reader.read(line, number: index + 1)
        }
        guard reader.problems.isEmpty else { throw Transcript.ParseError(problems: reader.problems) }
        return reader.transcript
    }

    /// The state of one reading: the transcript so far and the problems found.
    private struct Reader {
        var transcript = Transcript()
        var problems: [Transcript.Problem] = []
        var lineNumber = 0
        var line: Substring = ""
        var seenSettings: Set<String> = []

        mutating func read(_ raw: Substring, number: Int) {
            lineNumber = number
            line = raw
            let content = Self.withoutComment(raw)
            guard let start = content.firstIndex(where: { !$0.isWhitespace }) else { return }
            let rest = content[content.index(after: start)...]
            switch content[start] {
            case ">":
                let message = Self.trimmed(rest)
                transcript.steps.append(Transcript.Step(input: String(message), line: number))
            case "<":
                let expected = Self.trimmed(rest)
                guard !expected.isEmpty else {
                    problem(at: start, "a < line needs the text you expect in the reply, as in: < how strong")
                    return
                }
                expect(.replyContains(String(expected)), at: expected.startIndex)
            case "=":
                readCheck(rest, at: start)
            default:
                readSetting(content[start...])
            }
        }

        mutating func readCheck(_ text: Substring, at marker: Substring.Index) {
            var rest = text
            guard let (keyword, keywordStart) = Self.nextWord(&rest) else {
                problem(at: marker, "an = line needs a check, one of: \(TranscriptParser.checkKeywords.joined(separator: ", "))")
                return
            }
            let argument = Self.trimmed(rest)
            let argumentStart = argument.isEmpty ? text.endIndex : argument.startIndex
            func needs(_ what: String) -> Bool {
                if argument.isEmpty { problem(at: argumentStart, "= \(keyword) needs \(what)") }
                return !argument.isEmpty
            }
            switch keyword.lowercased() {
            case "topic":
                guard needs("a topic id, as in: = topic craving") else { return }
                let id = argument.lowercased()
                guard Topic(rawValue: id) != nil else {
                    let topics = Topic.allCases.map(\.rawValue)
                    let hint = DidYouMean.nearest(id, in: topics).map { " Did you mean \($0)?" }
                        ?? " Topics: \(topics.joined(separator: ", "))."
                    problem(at: argumentStart, "there is no topic '\(argument)'.\(hint)")
                    return
                }
                expect(.topic(id), at: argumentStart)
            case "dialogue":
                guard needs("a dialogue id, as in: = dialogue urge-surfing") else { return }
                expect(.dialogue(String(argument)), at: argumentStart)
            case "node":
                guard needs("a step name, as in: = node rate") else { return }
                expect(.node(String(argument)), at: argumentStart)
            case "crisis", "ended":
                guard needs("true or false") else { return }
                guard let flag = Self.flag(argument) else {
                    problem(at: argumentStart, "= \(keyword) takes true or false, not '\(argument)'")
                    return
                }
                expect(keyword.lowercased() == "crisis" ? .crisis(flag) : .ended(flag), at: argumentStart)
            case "option":
                guard needs("a number and text, as in: = option 1 breathe") else { return }
                var words = argument
                guard let (number, numberStart) = Self.nextWord(&words), let n = Int(number), n >= 1 else {
                    problem(at: argumentStart, "= option needs the option's number first (1 for the first), as in: = option 1 breathe")
                    return
                }
                let expected = Self.trimmed(words)
                guard !expected.isEmpty else {
                    problem(at: words.endIndex, "= option \(number) needs the text the option should contain")
                    return
                }
                expect(.option(n, String(expected)), at: numberStart)
            case "effect":
                guard needs("an effect type, as in: = effect suggest_contact") else { return }
                let type = String(argument)
                guard TranscriptParser.effectTypes.contains(type) else {
                    let hint = DidYouMean.nearest(type, in: TranscriptParser.effectTypes.sorted()).map { " Did you mean \($0)?" } ?? ""
                    problem(at: argumentStart, "there is no effect type '\(type)'.\(hint)")
                    return
                }
                expect(.effect(type), at: argumentStart)
            case "var":
                var words = argument
                guard let (name, _) = Self.nextWord(&words), !Self.trimmed(words).isEmpty else {
                    problem(at: argumentStart, "= var needs a variable name and its value, as in: = var craving_before 7")
                    return
                }
                expect(.variable(name, String(Self.trimmed(words))), at: argumentStart)
            case "not":
                guard needs("the text the reply must not contain, as in: = not sorry") else { return }
                expect(.replyLacks(String(argument)), at: argumentStart)
            default:
                let hint = DidYouMean.nearest(keyword, in: TranscriptParser.checkKeywords).map { " Did you mean \($0)?" }
                    ?? " Checks: \(TranscriptParser.checkKeywords.joined(separator: ", "))."
                problem(at: keywordStart, "there is no check '\(keyword)'.\(hint)")
            }
        }

        mutating func readSetting(_ text: Substring) {
            guard let colon = text.firstIndex(of: ":") else {
                problem(at: text.startIndex,
                        "I can't read this line. Start it with > (what the person types), < (text in the reply), = (a check) or # (a comment).")
                return
            }
            let key = text[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = Self.trimmed(text[text.index(after: colon)...])
            let valueStart = value.isEmpty ? text.endIndex : value.startIndex
            let settings = ["seed", "region", "contact", "start"]
            guard settings.contains(key) else {
                let hint = DidYouMean.nearest(key, in: settings).map { " Did you mean \($0)?" }
                    ?? " A line starts with >, <, =, # or one of seed:, region:, contact:, start:."
                problem(at: text.startIndex, "there is no setting '\(key)'.\(hint)")
                return
            }
            guard transcript.steps.count == 1 else {
                problem(at: text.startIndex, "\(key): belongs before the first > line")
                return
            }
            if key != "contact", !seenSettings.insert(key).inserted {
                problem(at: text.startIndex, "\(key): is given twice")
                return
            }
            switch key {
            case "seed":
                guard let seed = UInt64(value) else {
                    problem(at: valueStart, "seed: needs a whole number, as in: seed: 1")
                    return
                }
                transcript.seed = seed
            case "region":
                guard !value.isEmpty, !value.contains(where: \.isWhitespace) else {
                    problem(at: valueStart, "region: needs a region code, as in: region: US")
                    return
                }
                transcript.region = value.uppercased()
            case "start":
                guard let start = Transcript.Start(rawValue: value.lowercased()) else {
                    problem(at: valueStart, "start: needs chat or practice, as in: start: practice")
                    return
                }
                transcript.start = start
            default:
                readContact(value, at: valueStart)
            }
        }

        /// `name | reach | relationship | supports | availability`; all but the name may be left out or empty.
        mutating func readContact(_ value: Substring, at start: Substring.Index) {
            let fields = value.split(separator: "|", omittingEmptySubsequences: false)
            guard fields.count <= 5 else {
                problem(at: start, "contact: has at most five parts: name | reach | relationship | supports | availability")
                return
            }
            func field(_ index: Int) -> (String, Substring.Index)? {
                guard fields.indices.contains(index) else { return nil }
                let text = Self.trimmed(fields[index])
                return text.isEmpty ? nil : (String(text), text.startIndex)
            }
            guard let (name, _) = field(0) else {
                problem(at: start, "contact: needs a name first, as in: contact: Sam | text 07700 900123 | friend | emotional | any time")
                return
            }
            var contact = SupportContact(name: name)
            let problemsBefore = problems.count
            if let (reach, _) = field(1) { contact.reach = reach }
            if let (relationship, at) = field(2) {
                do throws(ContactError) {
                    contact.relationship = try Relationship(parsing: relationship)
                } catch {
                    problem(at: at, error.description)
                }
            }
            if let (supports, at) = field(3) {
                do throws(ContactError) {
                    contact.supports = try SupportKind.parseList(supports)
                } catch {
                    problem(at: at, error.description)
                }
            }
            if let (availability, at) = field(4) {
                do throws(Availability.ParseError) {
                    contact.availability = try Availability(parsing: availability)
                } catch {
                    problem(at: at, error.description)
                }
            }
            do throws(ContactError) {
                contact = try contact.validated()
            } catch {
                problem(at: start, error.description)
            }
            guard problems.count == problemsBefore else { return }
            transcript.contacts.append(contact)
        }

        mutating func expect(_ check: Transcript.Check, at index: Substring.Index) {
            let last = transcript.steps.count - 1
            transcript.steps[last].expectations.append(Transcript.Expectation(check, line: lineNumber, column: column(of: index)))
        }

        mutating func problem(at index: Substring.Index, _ message: String) {
            problems.append(Transcript.Problem(line: lineNumber, column: column(of: index), message))
        }

        func column(of index: Substring.Index) -> Int {
            line.distance(from: line.startIndex, to: min(index, line.endIndex)) + 1
        }

        /// The line up to a `#` that starts it or follows a space.
        static func withoutComment(_ line: Substring) -> Substring {
            var previous: Character = " "
            for index in line.indices {
                if line[index] == "#", previous.isWhitespace { return line[..<index] }
                previous = line[index]
            }
            return line
        }

        static func trimmed(_ text: Substring) -> Substring {
            guard let first = text.firstIndex(where: { !$0.isWhitespace }),
                let last = text.lastIndex(where: { !$0.isWhitespace })
            else { return text[text.endIndex...] }
            return text[first...last]
        }

        /// Takes the next run of non-space characters off the front, with where it started.
        static func nextWord(_ text: inout Substring) -> (String, Substring.Index)? {
            guard let start = text.firstIndex(where: { !$0.isWhitespace }) else { return nil }
            let end = text[start...].firstIndex(where: \.isWhitespace) ?? text.endIndex
            let word = String(text[start..<end])
            text = text[end...]
            return (word, start)
        }

        static func flag(_ text: Substring) -> Bool? {
            switch text.lowercased() {
            case "true", "yes": true
            case "false", "no": false
            default: nil
            }
        }
    }
}
