/// Gathers evidence spans while a reply is analysed, one list per technique, and remembers which techniques
/// cover each token so overlap questions cost time proportional to the span asked about (a megabyte reply
/// stays linear).
struct EvidenceCollector {
    /// Spans per technique, indexed by the technique's position in `Technique.allCases`.
    private var lists: [[(first: Int, end: Int)]] = Array(repeating: [], count: Technique.allCases.count)
    /// Per token, a bit per technique (by `Technique.allCases` order) whose evidence covers it.
    private var coverage: [UInt32]

    /// Creates a collector for a document of `tokenCount` tokens.
    init(tokenCount: Int) {
        coverage = [UInt32](repeating: 0, count: tokenCount)
    }

    /// A technique's position in `Technique.allCases` (a linear scan of 21 enum tags beats hashing).
    @inline(__always) static func ordinal(_ technique: Technique) -> Int {
        var index = 0
        for candidate in Technique.allCases {
            if candidate == technique { return index }
            index += 1
        }
        return 0
    }

    /// The spans recorded for `technique`, in the order found.
    subscript(_ technique: Technique) -> [(first: Int, end: Int)] { lists[EvidenceCollector.ordinal(technique)] }

    /// Records tokens `first..<end` as evidence for `technique`, unless that technique's evidence already
    /// covers all of them; a span that contains the previous one replaces it.
    mutating func add(_ technique: Technique, first: Int, end: Int) {
        guard first < end, end <= coverage.count else { return }
        let index = EvidenceCollector.ordinal(technique)
        let bit: UInt32 = 1 << UInt32(index)
        if (first..<end).allSatisfy({ coverage[$0] & bit != 0 }) { return }
        while let last = lists[index].last, first <= last.first, last.end <= end { lists[index].removeLast() }
        lists[index].append((first, end))
        for k in first..<end { coverage[k] |= bit }
    }

    /// Forgets the spans of `technique` that overlap evidence of `other`.
    mutating func removeOverlaps(of technique: Technique, with other: Technique) {
        let index = EvidenceCollector.ordinal(technique)
        let mine = lists[index]
        let otherBit: UInt32 = 1 << UInt32(EvidenceCollector.ordinal(other)), bit: UInt32 = 1 << UInt32(index)
        guard !mine.isEmpty else { return }
        let kept = mine.filter { span in !(span.first..<span.end).contains { coverage[$0] & otherBit != 0 } }
        guard kept.count != mine.count else { return }
        for k in coverage.indices { coverage[k] &= ~bit }
        for span in kept { for k in span.first..<span.end { coverage[k] |= bit } }
        lists[index] = kept
    }

    /// Forgets the spans of `technique` for which `drop` is true.
    mutating func removeSpans(of technique: Technique, where drop: ((first: Int, end: Int)) -> Bool) {
        let index = EvidenceCollector.ordinal(technique)
        let mine = lists[index]
        guard mine.contains(where: drop) else { return }
        let kept = mine.filter { !drop($0) }
        let bit: UInt32 = 1 << UInt32(index)
        for span in mine { for k in span.first..<span.end { coverage[k] &= ~bit } }
        for span in kept { for k in span.first..<span.end { coverage[k] |= bit } }
        lists[index] = kept
    }

    /// True when evidence of any of `techniques` covers a token in `range`.
    func covers(_ techniques: [Technique], in range: Range<Int>) -> Bool {
        var mask: UInt32 = 0
        for technique in techniques { mask |= 1 << UInt32(EvidenceCollector.ordinal(technique)) }
        return range.contains { $0 < coverage.count && coverage[$0] & mask != 0 }
    }

    /// True when the technique has evidence.
    func has(_ technique: Technique) -> Bool { !lists[EvidenceCollector.ordinal(technique)].isEmpty }

    /// The techniques found, in name order.
    var techniques: [Technique] { Technique.allCases.filter { has($0) }.sorted() }

    /// All evidence as offsets into the document's text, ordered by position then technique.
    func evidence(in document: TextDocument) -> [Evidence] {
        var out: [Evidence] = []
        for (index, technique) in Technique.allCases.enumerated() {
            for span in lists[index] {
                let start = document.tokens[span.first].start
                let end = document.tokens[span.end - 1].end
                out.append(Evidence(technique: technique, start: start, end: end, text: document.text(start, end)))
            }
        }
        return out.sorted { ($0.start, $0.end, $0.technique.rawValue) < ($1.start, $1.end, $1.technique.rawValue) }
    }
}
