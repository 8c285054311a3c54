/// "Did you mean …?" for a misspelt name: the known name nearest by edit distance, when it is close enough.
public enum NameSuggestion {
    /// The name in `known` nearest to `name` (at most `maxDistance` edits, by default 2 or a third of the name's
    /// length if more, so "apologise" finds "apology"; ties broken alphabetically), or nil. Case and the
    /// difference between `_`, `-` and a space do not count as edits.
    public static func nearest(to name: String, in known: some Sequence<String>, maxDistance: Int? = nil) -> String? {
        let folded = fold(name)
        let maxDistance = maxDistance ?? max(2, folded.count / 3)
        var best: (name: String, distance: Int)?
        for candidate in known {
            let d = distance(folded, fold(candidate))
            if d <= maxDistance, best.map({ d < $0.distance || (d == $0.distance && candidate < $0.name) }) ?? true {
                best = (candidate, d)
            }
        }
        return best?.name
    }

    /// "; did you mean 'x'?" for `name`, or "" when nothing known is near.
    public static func didYouMean(_ name: String, in known: some Sequence<String>) -> String {
        nearest(to: name, in: known).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// Edit distance (insertions, deletions, substitutions) between two short names.
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + [Int](repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    static func fold(_ name: String) -> String {
        String(name.lowercased().map { $0 == "-" || $0 == " " ? "_" : $0 })
    }
}
