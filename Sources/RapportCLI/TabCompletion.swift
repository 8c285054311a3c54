/// What pressing Tab should do to a line, decided from the text before the cursor. Pure, for testing.
struct TabCompletion: Equatable {
    /// Text to insert at the cursor.
    var insertion: String
    /// Candidates to list when the word is ambiguous (empty when the insertion settles it, or nothing matches).
    var choices: [String]

    /// Completes the first word of the line from `candidates`. Only the first word completes: once a space was
    /// typed, the trainee is writing a reply. A unique match gets a trailing space.
    static func complete(_ before: String, candidates: [String]) -> TabCompletion {
        guard !before.contains(where: \.isWhitespace) else { return TabCompletion(insertion: "", choices: []) }
        let matches = Array(Set(candidates.filter { $0.hasPrefix(before) })).sorted()
        guard let first = matches.first else { return TabCompletion(insertion: "", choices: []) }
        if matches.count == 1 { return TabCompletion(insertion: String(first.dropFirst(before.count)) + " ", choices: []) }
        var common = first
        for match in matches.dropFirst() {
            while !match.hasPrefix(common) { common.removeLast() }
        }
        let insertion = String(common.dropFirst(before.count))
        return TabCompletion(insertion: insertion, choices: insertion.isEmpty ? matches : [])
    }
}
