/// Gathers evidence spans while a reply is analysed, one list per technique, dropping duplicates and spans
/// that another span of the same technique already covers.
struct EvidenceCollector {
    private(set) var spans: [Technique: [(first: Int, end: Int)]] = [:]

    /// Records tokens `first..<end` as evidence for `technique`.
    mutating func add(_ technique: Technique, first: Int, end: Int) {
        guard first < end else { return }
        var list = spans[technique, default: []]
        for (i, span) in list.enumerated() {
            if span.first <= first && end <= span.end { return }
            if first <= span.first && span.end <= end { list[i] = (first, end); spans[technique] = list; return }
        }
        list.append((first, end))
        spans[technique] = list
    }

    /// Forgets all evidence of `technique`.
    mutating func remove(_ technique: Technique) { spans[technique] = nil }

    /// Forgets the spans of `technique` that overlap a span of `other`.
    mutating func removeOverlaps(of technique: Technique, with other: Technique) {
        guard let mine = spans[technique], let theirs = spans[other] else { return }
        let kept = mine.filter { a in !theirs.contains { b in a.first < b.end && b.first < a.end } }
        spans[technique] = kept.isEmpty ? nil : kept
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
