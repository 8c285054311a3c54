/// Words and word sets of replies, for reply length and near-repeat checks.
public enum ReplyTokens {
    /// The words of `text`, lowercased: runs of letters, digits and apostrophes.
    public static func words(_ text: String) -> [String] {
        var words: [String] = [], current = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || character == "'" || character == "\u{2019}" {
                current.append(character == "\u{2019}" ? "'" : character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// Jaccard similarity of the two texts' word sets, 0–1: shared words over all distinct words (0 when both are empty).
    public static func jaccard(_ a: String, _ b: String) -> Double {
        let left = Set(words(a)), right = Set(words(b))
        let union = left.union(right).count
        return union == 0 ? 0 : Double(left.intersection(right).count) / Double(union)
    }
}
