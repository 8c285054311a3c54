/// Finds where things are in a scenario's source text, so diagnostics about fields can name a line.
///
/// Built lazily: loading a clean scenario never pays for splitting its source into lines.
final class SourceIndex {
    private let source: String
    private lazy var lines: [Substring] = source.split(separator: "\n", omittingEmptySubsequences: false)

    init(source: String) {
        self.source = source
    }

    /// The 1-based line of the first `key =` (or `key=`), optionally followed by `value` on the same line.
    func line(ofKey key: String, value: String? = nil) -> Int? {
        for (offset, line) in lines.enumerated() {
            guard let range = line.firstRange(of: key) else { continue }
            let before = range.lowerBound == line.startIndex ? nil : line[line.index(before: range.lowerBound)]
            if let before, before.isLetter || before.isNumber || before == "_" { continue }
            let rest = line[range.upperBound...].drop(while: { $0 == " " || $0 == "\t" })
            guard rest.first == "=", rest.dropFirst().first != "=" else { continue }
            if let value, !rest.contains(value) { continue }
            return offset + 1
        }
        return nil
    }

    /// The 1-based line of the first occurrence of `text`.
    func line(containing text: String) -> Int? {
        lines.firstIndex(where: { $0.contains(text) }).map { $0 + 1 }
    }
}
