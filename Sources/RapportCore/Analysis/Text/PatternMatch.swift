/// A place where a lexicon pattern matched: tokens `first..<end` of a document.
public struct PatternMatch: Sendable, Hashable {
    /// The label number (see ``Lexicon/labels``).
    public var label: Int
    /// The pattern's index in the lexicon.
    public var pattern: Int
    /// First matched token.
    public var first: Int
    /// One past the last matched token.
    public var end: Int
}

extension Lexicon {
    /// Every match of every pattern in `document`, leftmost first, leaving out matches whose words a
    /// preceding negator governs (unless the pattern's file keeps negated matches).
    public func scan(_ document: TextDocument) -> [PatternMatch] {
        var matches: [PatternMatch] = []
        let tokens = document.tokens
        for sentence in document.sentences {
            let limit = sentence.endToken
            for t in sentence.firstToken..<limit {
                let token = tokens[t]
                if token.id >= 0, let list = byWord[token.id] {
                    for p in list { tryPattern(p, document, t, sentence, &matches) }
                }
                if token.classes != 0 {
                    for entry in byClass where token.classes & entry.bit != 0 {
                        for p in entry.patterns { tryPattern(p, document, t, sentence, &matches) }
                    }
                }
                for p in unindexed { tryPattern(p, document, t, sentence, &matches) }
            }
        }
        return matches
    }

    @inline(__always)
    private func tryPattern(_ p: Int, _ document: TextDocument, _ t: Int, _ sentence: Sentence, _ matches: inout [PatternMatch]) {
        let pattern = patterns[p]
        if pattern.anchored && t != sentence.firstToken { return }
        switch pattern.kind {
        case .question: if !sentence.isQuestion { return }
        case .statement: if sentence.isQuestion { return }
        case .any: break
        }
        guard let end = pattern.match(document.tokens, at: t, limit: sentence.endToken) else { return }
        if !negationKept.contains(pattern.label) && document.isNegated(tokens: t, end) { return }
        matches.append(PatternMatch(label: pattern.label, pattern: p, first: t, end: end))
    }
}
