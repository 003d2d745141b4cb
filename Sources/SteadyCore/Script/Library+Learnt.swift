extension Library {
    /// What a library learnt from labelled messages: the safety net's model and routing's.
    ///
    /// Learning reads every labelled message, which is most of start-up. A program can keep what
    /// was learnt as bytes (``file(key:)``), with the key of what it was learnt from
    /// (``Library/learningKey(sources:safety:words:program:)``), and give it back to
    /// ``Library/build(sources:safety:words:learnt:)`` while the key is the same. The bytes hold
    /// only the shipped and authored messages, never anything a person wrote.
    public struct Learnt: Sendable, Equatable {
        public var safety: NaiveBayes?
        public var topics: NaiveBayes?

        /// What starts the bytes, with the version of their layout.
        static let magic = Array("steady learnt 1\n".utf8)

        /// The bytes to keep: the layout's name, the key, a digest of the rest, then the models.
        public func file(key: UInt64) -> [UInt8] {
            var body = Bytes.Writer()
            for model in [safety, topics] {
                body.append(model == nil ? 0 : 1)
                model?.store(into: &body)
            }
            var digest = Bytes.Digest()
            digest.add(body.bytes)
            var head = Bytes.Writer()
            head.append(key)
            head.append(digest.value)
            return Self.magic + head.bytes + body.bytes
        }

        /// Reads kept bytes; nil unless they were kept for `key` and read back whole.
        public init?(file: [UInt8], key: UInt64) {
            guard file.starts(with: Self.magic) else { return nil }
            var reader = Bytes.Reader(Array(file[Self.magic.count...]))
            guard reader.uint64() == key, let expected = reader.uint64() else { return nil }
            let body = reader.remaining
            var digest = Bytes.Digest()
            digest.add(body)
            guard digest.value == expected else { return nil }
            var models: [NaiveBayes?] = []
            reader = Bytes.Reader(body)
            for _ in 0..<2 {
                switch reader.int(upTo: 1) {
                case 0: models.append(nil)
                case 1:
                    guard let model = NaiveBayes(stored: &reader) else { return nil }
                    models.append(model)
                default: return nil
                }
            }
            guard reader.isAtEnd else { return nil }
            safety = models[0]
            topics = models[1]
        }

        public init(safety: NaiveBayes?, topics: NaiveBayes?) {
            self.safety = safety
            self.topics = topics
        }
    }

    /// What this library learnt.
    public var learnt: Learnt { Learnt(safety: safety.model, topics: topicModel) }

    /// A key for everything learning reads: every file (the messages, and the words and
    /// patterns that spelling correction corrects towards), the list of real words, and
    /// `program`, which names the build of the program that learnt (a new build may read words
    /// differently).
    public static func learningKey(sources: [ScriptSource], safety: [ScriptSource], words: WordList, program: String) -> UInt64 {
        var digest = Bytes.Digest()
        digest.add(program)
        for source in safety + [ScriptSource(path: "", text: "")] + sources {
            digest.add(source.path)
            digest.add(source.text)
        }
        words.add(to: &digest)
        return digest.value
    }
}
