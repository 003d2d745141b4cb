import Foundation

/// The rules: word and phrase lists, and what each trait looks for.
extension OpenerFeedback {
    static let contractions: [String: [String]] = [
        "im": ["i", "am"], "i'm": ["i", "am"], "ive": ["i", "have"], "i've": ["i", "have"], "i'd": ["i", "would"],
        "i'll": ["i", "will"], "youre": ["you", "are"], "you're": ["you", "are"], "it's": ["it", "is"],
        "its": ["it", "is"], "that's": ["that", "is"], "thats": ["that", "is"], "dont": ["do", "not"],
        "cant": ["can", "not"], "can't": ["can", "not"], "cannot": ["can", "not"], "wont": ["will", "not"],
        "won't": ["will", "not"], "didnt": ["did", "not"], "doesnt": ["does", "not"], "isnt": ["is", "not"],
        "havent": ["have", "not"], "wasnt": ["was", "not"], "wouldnt": ["would", "not"], "shouldnt": ["should", "not"],
        "wanna": ["want", "to"], "gonna": ["going", "to"], "u": ["you"], "ur": ["your"], "r": ["are"],
        "pls": ["please"], "plz": ["please"], "tmrw": ["tomorrow"], "tmr": ["tomorrow"], "tomoz": ["tomorrow"],
        "2moro": ["tomorrow"], "tonite": ["tonight"], "2nite": ["tonight"], "sry": ["sorry"], "soz": ["sorry"],
        "apologies": ["sorry"], "apologise": ["sorry"], "apologize": ["sorry"], "wknd": ["weekend"], "ok": ["okay"],
    ]

    /// Lowercased words with common contractions and chat spellings written out.
    static func words(_ text: String) -> [String] {
        let lowered = text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
            .replacingOccurrences(of: "\u{2018}", with: "'")
        var out: [String] = []
        for raw in lowered.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == ":") }) {
            let word = String(raw).trimmingCharacters(in: CharacterSet(charactersIn: "':"))
            guard !word.isEmpty else { continue }
            if let expanded = contractions[word] {
                out += expanded
            } else if word.hasSuffix("n't") {
                out += [String(word.dropLast(3)), "not"]
            } else {
                out.append(word.replacingOccurrences(of: "'", with: ""))
            }
        }
        return out
    }

    /// The words joined with a space at each end, for whole-phrase search.
    static func padded(_ words: [String]) -> String { " " + words.joined(separator: " ") + " " }

    static func contains(_ padded: String, any phrases: [String]) -> Bool {
        phrases.contains { padded.contains(" " + $0 + " ") }
    }

    static let needPhrases = [
        "i need", "need", "i would like", "i would love", "i could use", "i could do with", "i want to", "i was hoping",
        "i am hoping", "i wanted to ask", "i wanted to tell", "i want you to know", "i wanted you to know",
        "talk", "chat", "catch up", "meet", "meet up", "coffee", "a call", "call me", "give me a call", "help",
        "support", "advice", "company", "a hand", "a lift", "come with me", "listen", "appointment", "hang out",
        "get together", "a walk", "see you", "check in", "be there", "reconnect", "back in touch", "struggling",
        "having a hard time", "a rough", "a hard day", "i have stopped", "i stopped", "i quit", "i am sober",
        "i am not drinking", "i am not using", "i am in recovery", "been sober", "been clean", "i am clean",
    ]

    static let questionStarts = [
        "can", "could", "would", "will", "are", "do", "does", "is", "shall", "should", "any chance", "fancy",
        "want to", "how about", "what about", "you free", "you around", "free for", "up for", "got time",
        "have you got", "is it okay", "would it be okay", "might you", "may i", "can i", "could i",
    ]

    static let leadWords: Set<String> = ["hey", "hi", "hello", "hiya", "yo", "so", "and", "but", "also", "just", "oh", "um", "okay", "well"]

    static let timePhrases = [
        "tonight", "today", "tomorrow", "this week", "this weekend", "next week", "next weekend", "the weekend",
        "weekend", "this morning", "this afternoon", "this evening", "this arvo", "in the morning", "in the evening",
        "after work", "after school", "after the meeting", "lunch", "lunchtime", "breakfast", "dinner", "noon",
        "midday", "later today", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "tues", "weds", "thurs", "next few days", "this month", "next month", "tomorrow night",
    ]

    static let clockPattern = #"\b(at|around|about|by|before|after)\s+\d{1,2}([:.]\d{2})?\b|\b\d{1,2}([:.]\d{2})?\s?(am|pm)\b"#

    static let apologyFillers = [
        "i know you are probably", "i know you probably", "i know you are busy", "i know you are really busy",
        "hate to bother", "sorry to bother", "sorry for bothering", "not want to bother", "not want to be a bother",
        "sorry to be a pain", "sorry for being", "sorry if this is", "i hate asking", "i hate to ask", "sorry to ask",
        "sorry for asking", "sorry for this", "sorry for the long", "sorry to dump", "sorry for dumping",
        "sorry for the random", "sorry to spring", "i am a bother", "being a bother", "bothering you",
    ]

    static let blamePhrases = [
        "you never", "you always", "you did not even", "you do not even", "you do not care", "you forgot",
        "you ignored", "you ignore", "you left me", "you should have", "you could have", "thanks for nothing",
    ]

    static let putDownWords = [
        "mess", "useless", "annoying", "pathetic", "idiot", "stupid", "hopeless", "burden", "worst", "failure",
        "loser", "worthless", "disaster", "wreck", "nightmare", "needy", "weak", "dumb", "screw up", "screwup", "fuck up", "joke",
        "waste of space", "embarrassment", "disappointment", "nobody", "nothing",
    ]

    static let putDownLeads = [
        "i am", "i am such a", "i am such an", "i am so", "i am a", "i am an", "i am the", "i am just a",
        "i am just", "i am a total", "i am a complete", "i am really", "i am literally", "i am basically",
        "being", "being a", "being such a", "being so", "i feel like a", "i feel like such a", "i know i am",
    ]

    /// Put-down phrases, longest first so the fullest phrase is quoted.
    static let putDowns: [String] = putDownLeads.flatMap { lead in putDownWords.map { lead + " " + $0 } }
        .filter { !$0.hasSuffix("being nothing") && !$0.hasSuffix("being nobody") }
        .sorted { $0.count > $1.count }

    static let extraPutDowns = ["i ruin everything", "i always mess", "i always screw", "i always ruin", "i hate myself", "i am too much"]

    static let clearNoPhrases = [
        "no", "not", "nah", "nope", "i will pass", "pass on", "i am good", "i am fine", "i am okay", "i am alright",
        "i quit", "i have quit", "i stopped", "i gave up", "not for me", "i will skip", "i will sit this one out",
        "i do not", "i am off",
    ]

    static let alternativePhrases = [
        "i will have", "i will get", "i will grab", "i will stick", "soda", "water", "coke", "lemonade", "tea",
        "coffee", "juice", "mocktail", "alcohol free", "non alcoholic", "zero", "tonic", "instead", "something else",
        "another time", "next time", "maybe next", "but i can", "but i could", "how about", "happy to", "i can do",
        "i could do", "rather", "sparkling", "fizzy",
    ]

    /// Ways of saying yes to an offer. A refusal that says one of these, and neither a plain no nor
    /// something else instead besides, accepts the offer ("why not" holds a "not" that is no refusal;
    /// "I'll have one of the alcohol-free ones" is no yes).
    static let acceptPhrases = [
        "go on then", "oh go on", "yeah go on", "okay go on", "alright go on", "just the one",
        "just a small one", "just a quick one", "one will not hurt", "one would not hurt", "why not", "yes please",
        "okay fine", "fine then", "yeah okay", "yeah alright", "yeah why not", "sure why not",
        "yeah sure", "okay sure", "sure thing", "i will have one", "ill have one", "i will have a quick one",
        "ill have a quick one", "i will have a small one", "ill have a small one", "twist my arm", "if you insist", "you talked me into it",
        "pour me one", "pass it here", "count me in",
    ]

    /// Whether a refusal says yes to the offer, with no plain no outside the yes.
    static func acceptsOffer(_ padded: String) -> Bool {
        guard contains(padded, any: acceptPhrases) else { return false }
        var rest = padded
        for phrase in acceptPhrases.sorted(by: { $0.count > $1.count }) {
            rest = rest.replacingOccurrences(of: " " + phrase + " ", with: "  ")
        }
        return !contains(rest, any: clearNoPhrases) && !contains(rest, any: alternativePhrases)
    }

    static func hasPutDown(_ padded: String) -> String? {
        (putDowns + extraPutDowns).first { padded.contains(" " + $0 + " ") }
    }

    static let notNames: Set<String> = ["i", "it", "we", "you", "they", "he", "she", "this", "that", "there", "is", "am", "are", "been"]
    static let greetings: Set<String> = ["hey", "hi", "hello", "hiya", "yo", "morning", "evening"]

    /// Whether a clause opens with a question, allowing a greeting and a name before it.
    static func opensWithQuestion(_ words: [String]) -> Bool {
        var index = 0
        while index < words.count && index < 4 {
            let rest = padded(Array(words[index...]))
            if questionStarts.contains(where: { rest.hasPrefix(" " + $0 + " ") }) { return true }
            let isName = index > 0 && greetings.contains(words[index - 1]) && !notNames.contains(words[index])
            if !leadWords.contains(words[index]) && !isName { return false }
            index += 1
        }
        return false
    }

    /// What the rules find in a message.
    static func traits(of text: String, words: [String], purpose: Purpose, wordCount: Int) -> (traits: Set<Trait>, putDown: String?) {
        guard !words.isEmpty else { return ([], nil) }
        let all = padded(words)
        var found: Set<Trait> = []
        let sentences = Self.sentences(text)
        if contains(all, any: needPhrases) { found.insert(.saysNeed) }
        if text.contains("?") || all.contains(" let me know ")
            || sentences.contains(where: { $0.clauses.contains { opensWithQuestion(Self.words($0.text)) } })
        {
            found.insert(.asksClearly)
        }
        if contains(all, any: timePhrases) || text.lowercased().range(of: clockPattern, options: .regularExpression) != nil {
            found.insert(.suggestsTime)
        }
        if words.contains("i") { found.insert(.speaksFromI) }
        if contains(all, any: blamePhrases) { found.insert(.blames) }
        let limit = purpose == .opener ? shortWords : shortRefusalWords
        if wordCount <= limit && sentences.count <= (purpose == .opener ? 3 : 2) { found.insert(.short) }
        let sorries = words.filter { $0 == "sorry" }.count
        if sorries >= 2 || contains(all, any: apologyFillers) { found.insert(.overApologises) }
        let putDown = hasPutDown(all)
        if putDown != nil { found.insert(.putsSelfDown) }
        if contains(all, any: clearNoPhrases) { found.insert(.saysNoClearly) }
        if contains(all, any: alternativePhrases) { found.insert(.offersAlternative) }
        if purpose == .refusal && acceptsOffer(all) {
            found.insert(.acceptsOffer)
            found.subtract([.saysNoClearly, .offersAlternative])
        }
        return (found, putDown.map(displayPhrase))
    }

    /// A normalised phrase written back the way a person would: "i am such a mess" -> "I'm such a mess".
    static func displayPhrase(_ phrase: String) -> String {
        var text = phrase
        if text.hasPrefix("i am ") { text = "I'm " + text.dropFirst(5) } else if text.hasPrefix("i ") { text = "I " + text.dropFirst(2) }
        return text.replacingOccurrences(of: " i am ", with: " I'm ")
    }
}
