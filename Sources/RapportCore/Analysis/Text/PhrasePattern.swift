/// One compiled line of a lexicon file: a sequence of elements matched against consecutive tokens of a sentence.
///
/// Syntax (see `Resources/README.md`): words, `(a|b)` alternatives, `@class`, `*` any word, `pre*` a prefix,
/// `...` a gap of up to three words, `?` after an element makes it optional, `^` first anchors at the sentence
/// start, `$q` / `$s` last restrict to questions / statements.
public struct PhrasePattern: Sendable {
    /// One position of a pattern.
    public enum Element: Sendable {
        case word(Int32)
        case wordClass(UInt64)
        case prefix(String)
        case any
        case gap(Int)
        /// Alternatives, each a sequence of simple elements: `(so sorry|apologies|@feeling)`.
        case choice([[Element]])
    }

    /// Which sentences a pattern applies to.
    public enum SentenceKind: Sendable { case any, question, statement }

    /// The elements, and whether each is optional.
    public var elements: [(element: Element, optional: Bool)]
    /// True when the match must begin at the first word of a sentence.
    public var anchored: Bool
    /// Sentence kind restriction.
    public var kind: SentenceKind
    /// The label of the file section the pattern came from, e.g. "apology" or "emotional_reactions.strong".
    public var label: Int
    /// Where it came from, for messages: "file.txt:12".
    public var origin: String
    /// The line as written.
    public var source: String
}
