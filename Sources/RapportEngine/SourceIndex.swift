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
        let filter = Self.byteFilter(key)
        for (offset, line) in lines.enumerated() {
            if let filter, !Self.contains(line, filter) { continue }
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
        let filter = Self.byteFilter(text)
        return lines.firstIndex(where: { line in
            if let filter, !Self.contains(line, filter) { return false }
            return line.contains(text)
        }).map { $0 + 1 }
    }

    /// The UTF-8 bytes of `text` when a line without them cannot contain `text` (as `Character`s, which compare by
    /// canonical equivalence): `text` is ASCII without `K`, `;` or `` ` `` (the only ASCII characters another
    /// code point is canonically equivalent to) and without `\r`. Nil otherwise: search the slow way.
    static func byteFilter(_ text: String) -> [UInt8]? {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty, bytes.allSatisfy({ $0 < 0x80 && $0 != UInt8(ascii: "K") && $0 != UInt8(ascii: ";")
            && $0 != UInt8(ascii: "`") && $0 != UInt8(ascii: "\r") }) else { return nil }
        return bytes
    }

    /// True when `line`'s UTF-8 bytes contain `needle` (or when they cannot be read in place).
    static func contains(_ line: Substring, _ needle: [UInt8]) -> Bool {
        line.utf8.withContiguousStorageIfAvailable { hay in
            guard hay.count >= needle.count else { return false }
            let first = needle[0]
            var start = 0
            while start <= hay.count - needle.count {
                if hay[start] == first {
                    var k = 1
                    while k < needle.count && hay[start + k] == needle[k] { k += 1 }
                    if k == needle.count { return true }
                }
                start += 1
            }
            return false
        } ?? true
    }
}
