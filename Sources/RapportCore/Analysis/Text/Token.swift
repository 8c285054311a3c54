/// One word of an analysed text, after case folding and contraction expansion.
///
/// A contraction such as "can't" becomes two tokens ("can", "not") that share the span of the original word.
/// Offsets are in Unicode scalars into the original text, end exclusive.
public struct Token: Sendable, Hashable {
    /// The folded form: lower case, straight apostrophes, contractions expanded.
    public var norm: String
    /// First scalar of the word in the original text.
    public var start: Int
    /// One past the last scalar of the word in the original text.
    public var end: Int
    /// Index of the sentence the token belongs to.
    public var sentence: Int
    /// Index of the clause (sentence part between commas, semicolons, dashes or "but") the token belongs to.
    public var clause: Int
    /// True when the original word had at least two letters, all upper case.
    public var isAllCaps: Bool
    /// True when the original word began with an upper-case letter.
    public var isCapitalized: Bool
    /// Index of the negating word whose scope covers this token, or -1.
    public var negatedBy: Int
    /// Bit set of the word classes (from the lexicon) this word belongs to.
    public var classes: UInt64
    /// The lexicon's number for this word, or -1 when the lexicon never mentions it.
    public var id: Int32

    /// Creates a token; classes, id and negation are filled in by the analysis.
    public init(norm: String, start: Int, end: Int, sentence: Int, clause: Int, isAllCaps: Bool, isCapitalized: Bool) {
        self.norm = norm
        self.start = start
        self.end = end
        self.sentence = sentence
        self.clause = clause
        self.isAllCaps = isAllCaps
        self.isCapitalized = isCapitalized
        self.negatedBy = -1
        self.classes = 0
        self.id = -1
    }
}

/// A sentence of an analysed text: a range of tokens and how it ended.
public struct Sentence: Sendable, Hashable {
    /// Index of the first token.
    public var firstToken: Int
    /// One past the last token.
    public var endToken: Int
    /// Scalar offset where the sentence starts.
    public var start: Int
    /// Scalar offset one past the sentence's last character (including its final punctuation).
    public var end: Int
    /// True when the sentence ended with a question mark.
    public var isQuestion: Bool
    /// True when the sentence ended with an exclamation mark.
    public var isExclamation: Bool

    /// Number of tokens in the sentence.
    public var tokenCount: Int { endToken - firstToken }
}
