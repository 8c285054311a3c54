/// A reply or a customer message prepared for the rules: tokens annotated with the lexicon's classes and
/// negation scopes, split into sentences.
public struct TextDocument: Sendable {
    /// The text's scalars (offsets index into these).
    public let scalars: [Unicode.Scalar]
    /// The text's UTF-8 bytes, and for each scalar offset (and the end) its byte offset: quoting a span is a copy.
    let utf8: [UInt8]
    let byteOffsets: [Int32]
    /// The annotated tokens.
    public let tokens: [Token]
    /// The sentences.
    public let sentences: [Sentence]
    /// Each token's vocabulary number, in a plain array for the matcher.
    let ids: [Int32]
    /// Each token's class bits, in a plain array for the matcher.
    let bits: [UInt64]

    /// How many words after a negator its scope reaches (within the same clause).
    static let negationReach = 5

    /// Words that close a negation on themselves after "no": "no problem", "no worries", "no doubt", "no wonder",
    /// "no matter"; and "forget" after any negator ("don't forget", "never forget"). What follows them is not
    /// negated ("no doubt you'll manage"), while "it doesn't matter if…" still is.
    static let closesNegation: Set<String> = ["problem", "problems", "worries", "doubt", "wonder", "matter", "forget"]

    /// Prepositions that put a following "no" inside a phrase: "with no internet", "for no reason".
    static let phraseOpeners: Set<String> = ["with", "for", "of", "in", "on", "at", "by", "from"]
    /// Verbs that begin the predicate after such a phrase, out of its negation's reach.
    static let mainVerbs: Set<String> = ["must", "would", "could", "should", "will", "can", "may", "might", "is", "was", "are", "were"]

    /// Words that join two clauses; with a subject after them ("…and I'm sorry") the second is out of a negation's reach.
    static let joiners: Set<String> = ["and", "or", "so", "because"]
    /// Subjects that open a clause of their own after a joiner.
    static let subjects: Set<String> = ["i", "we", "you", "he", "she", "they", "it", "that", "this", "there"]

    /// Tokenizes and annotates `text` with `lexicon`.
    public init(_ text: String, lexicon: Lexicon) {
        let output = Tokenizer.tokenize(text)
        var tokens = output.tokens
        lexicon.annotate(&tokens)
        let negator = lexicon.classBit("negator")
        if negator != 0 {
            for k in tokens.indices where tokens[k].classes & negator != 0 {
                var j = k + 1
                // "No problem, you can do it", "never forget you matter": the negator takes only the next word.
                // ("It doesn't matter if…" still negates what follows: only "no" closes on "matter", "doubt"…)
                let closes = k + 1 < tokens.count && (tokens[k + 1].norm == "forget" ||
                    tokens[k].norm == "no" && TextDocument.closesNegation.contains(tokens[k + 1].norm))
                let reach = closes ? 1 : TextDocument.negationReach
                // "Working with no internet must be so stressful", "being without a car is hard": a negation inside a
                // phrase ("with no…", "without…") ends where the sentence's own verb begins.
                let inPhrase = tokens[k].norm == "without" ||
                    tokens[k].norm == "no" && k > 0 && TextDocument.phraseOpeners.contains(tokens[k - 1].norm)
                while j < tokens.count, j <= k + reach, tokens[j].clause == tokens[k].clause {
                    if inPhrase && j > k + 1 && TextDocument.mainVerbs.contains(tokens[j].norm) { break }
                    // "That's not acceptable and I'm sorry": a new subject after "and"/"or" starts its own clause.
                    if j > k + 1, TextDocument.joiners.contains(tokens[j].norm), j + 1 < tokens.count,
                       TextDocument.subjects.contains(tokens[j + 1].norm) { break }
                    if tokens[j].negatedBy < 0 { tokens[j].negatedBy = k }
                    j += 1
                }
            }
        }
        self.scalars = output.scalars
        self.utf8 = Array(text.utf8)
        var offsets = [Int32](repeating: 0, count: output.scalars.count + 1)
        var byte: Int32 = 0
        for (index, scalar) in output.scalars.enumerated() {
            offsets[index] = byte
            byte += scalar.value < 0x80 ? 1 : scalar.value < 0x800 ? 2 : scalar.value < 0x10000 ? 3 : 4
        }
        offsets[output.scalars.count] = byte
        self.byteOffsets = offsets
        self.tokens = tokens
        self.sentences = output.sentences
        self.ids = tokens.map(\.id)
        self.bits = tokens.map(\.classes)
    }

    /// The original text between two scalar offsets.
    public func text(_ start: Int, _ end: Int) -> String {
        let lower = max(0, min(start, scalars.count)), upper = max(lower, min(end, scalars.count))
        return String(decoding: utf8[Int(byteOffsets[lower])..<Int(byteOffsets[upper])], as: UTF8.self)
    }

    /// The original text covered by tokens `first..<end`.
    public func text(tokens first: Int, _ end: Int) -> String {
        guard first < end else { return "" }
        return text(tokens[first].start, tokens[end - 1].end)
    }

    /// True when any token of the range is in the scope of a negator that lies before the range.
    public func isNegated(tokens first: Int, _ end: Int) -> Bool {
        for k in first..<end where tokens[k].negatedBy >= 0 && tokens[k].negatedBy < first { return true }
        return false
    }

    /// True when token `k` belongs to the class with bit `bit`.
    @inline(__always) public func token(_ k: Int, isIn bit: UInt64) -> Bool { tokens[k].classes & bit != 0 }
}
