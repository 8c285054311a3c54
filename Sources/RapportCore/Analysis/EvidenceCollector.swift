/// Gathers evidence spans while a reply is analysed, one list per technique, and remembers which techniques
/// cover each token so overlap questions cost time proportional to the span asked about (a megabyte reply
/// stays linear).
struct EvidenceCollector {
    private(set) var spans: [Technique: [(first: Int, end: Int)]] = [:]
    /// Per token, a bit per technique (by `Technique.allCases` order) whose evidence covers it.
    private var coverage: [UInt32]

    /// Creates a collector for a document of `tokenCount` tokens.
    init(tokenCount: Int) {
        coverage = [UInt32](repeating: 0, count: tokenCount)
    }

    static let bits: [Technique: UInt32] = {
        var table: [Technique: UInt32] = [:]
        for (index, technique) in Technique.allCases.enumerated() { table[technique] = 1 << UInt32(index) }
        return table
    }()

    /// Records tokens `first..<end` as evidence for `technique`, unless that technique's evidence already
    /// covers all of them; a span that contains the previous one replaces it.
    mutating func add(_ technique: Technique, first: Int, end: Int) {
        guard first < end, end <= coverage.count, let bit = EvidenceCollector.bits[technique] else { return }
        if (first..<end).allSatisfy({ coverage[$0] & bit != 0 }) { return }
        var list = spans[technique, default: []]
        while let last = list.last, first <= last.first, last.end <= end { list.removeLast() }
        list.append((first, end))
        spans[technique] = list
        for k in first..<end { coverage[k] |= bit }
    }

    /// Forgets the spans of `technique` that overlap evidence of `other`.
    mutating func removeOverlaps(of technique: Technique, with other: Technique) {
        guard let mine = spans[technique], let otherBit = EvidenceCollector.bits[other], let bit = EvidenceCollector.bits[technique] else { return }
        let kept = mine.filter { span in !(span.first..<span.end).contains { coverage[$0] & otherBit != 0 } }
        guard kept.count != mine.count else { return }
        for k in coverage.indices { coverage[k] &= ~bit }
        for span in kept { for k in span.first..<span.end { coverage[k] |= bit } }
        spans[technique] = kept.isEmpty ? nil : kept
    }

    /// True when evidence of any of `techniques` covers a token in `range`.
    func covers(_ techniques: [Technique], in range: Range<Int>) -> Bool {
        var mask: UInt32 = 0
        for technique in techniques { mask |= EvidenceCollector.bits[technique] ?? 0 }
        return range.contains { $0 < coverage.count && coverage[$0] & mask != 0 }
    }

    /// True when the technique has evidence.
    func has(_ technique: Technique) -> Bool { !(spans[technique]?.isEmpty ?? true) }

    /// The techniques found, in name order.
    var techniques: [Technique] { spans.keys.filter { has($0) }.sorted() }

    /// All evidence as offsets into the document's text, ordered by position then technique.
    func evidence(in document: TextDocument) -> [Evidence] {
        var out: [Evidence] = []
        for (technique, list) in spans {
            for span in list {
                let start = document.tokens[span.first].start
                let end = document.tokens[span.end - 1].end
                out.append(Evidence(technique: technique, start: start, end: end, text: document.text(start, end)))
            }
        }
        return out.sorted { ($0.start, $0.end, $0.technique.rawValue) < ($1.start, $1.end, $1.technique.rawValue) }
    }
}
