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
        let program = self.program
        document.ids.withUnsafeBufferPointer { ids in
            document.bits.withUnsafeBufferPointer { bits in
                let words = FlatProgram.Words(ids: ids, bits: bits, document: document)
                for sentence in document.sentences {
                    let limit = sentence.endToken
                    for t in sentence.firstToken..<limit {
                        if ids[t] >= 0, let list = byWord[ids[t]] {
                            for p in list { tryPattern(p, program, words, t, sentence, &matches) }
                        }
                        let b = bits[t]
                        if b != 0 {
                            for entry in byClass where b & entry.bit != 0 {
                                for p in entry.patterns { tryPattern(p, program, words, t, sentence, &matches) }
                            }
                        }
                        for p in unindexed { tryPattern(p, program, words, t, sentence, &matches) }
                    }
                }
            }
        }
        return matches
    }

    @inline(__always)
    private func tryPattern(_ p: Int, _ program: FlatProgram, _ words: FlatProgram.Words, _ t: Int, _ sentence: Sentence,
                            _ matches: inout [PatternMatch]) {
        let head = program.heads[p]
        if head.anchored && t != sentence.firstToken { return }
        if head.kind == 1 && !sentence.isQuestion { return }
        if head.kind == 2 && sentence.isQuestion { return }
        if head.filtered {
            let next = t + 1
            guard next < sentence.endToken else { return }
            let id = words.ids[next]
            let idHit = id >= 0 && head.secondIds & (1 << UInt64(UInt32(bitPattern: id) % 64)) != 0
            guard idHit || words.bits[next] & head.secondClasses != 0 else { return }
        }
        let end = program.match(p, words, t, sentence.endToken)
        guard end >= 0 else { return }
        let label = Int(head.label)
        if !negationKept.contains(label) && words.document.isNegated(tokens: t, end) { return }
        matches.append(PatternMatch(label: label, pattern: p, first: t, end: end))
    }
}
