/// One compiled line of a lexicon file: a sequence of elements matched against consecutive tokens of a sentence.
///
/// Syntax (see `Resources/README.md`): words, `(a|b)` alternatives, `@class`, `*` any word, `pre*` a prefix,
/// `...` a gap of up to three words, `?` after an element makes it optional, `^` first anchors at the sentence
/// start, `$q` / `$s` last restrict to questions / statements.
public struct PhrasePattern: Sendable {
    /// One position of a pattern.
    public enum Element: Sendable {
        case word(Int32)
        case anyOf([Int32])
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

    @inline(__always) static func accepts(_ element: Element, _ token: Token) -> Bool {
        switch element {
        case .word(let id): return token.id == id
        case .anyOf(let ids): return ids.contains(token.id)
        case .wordClass(let mask): return token.classes & mask != 0
        case .prefix(let p): return token.norm.hasPrefix(p)
        case .any: return true
        case .gap: return true
        case .choice: return false
        }
    }

    /// The end (exclusive token index) of a match starting at `start`, or nil. Tokens must stay before `limit`.
    func match(_ tokens: [Token], at start: Int, limit: Int) -> Int? {
        matchFrom(0, tokens, start, limit)
    }

    private func matchFrom(_ e: Int, _ tokens: [Token], _ t: Int, _ limit: Int) -> Int? {
        if e == elements.count { return t }
        let (element, optional) = elements[e]
        if case .gap(let max) = element {
            var k = 0
            while k <= max && t + k <= limit {
                if let end = matchFrom(e + 1, tokens, t + k, limit) { return end }
                k += 1
            }
            return nil
        }
        if case .choice(let options) = element {
            for option in options {
                var k = t
                var ok = true
                for part in option {
                    if k < limit && PhrasePattern.accepts(part, tokens[k]) { k += 1 } else { ok = false; break }
                }
                if ok, let end = matchFrom(e + 1, tokens, k, limit) { return end }
            }
            if optional { return matchFrom(e + 1, tokens, t, limit) }
            return nil
        }
        if t < limit && PhrasePattern.accepts(element, tokens[t]) {
            if let end = matchFrom(e + 1, tokens, t + 1, limit) { return end }
        }
        if optional { return matchFrom(e + 1, tokens, t, limit) }
        return nil
    }
}
