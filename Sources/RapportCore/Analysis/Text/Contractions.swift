/// Expands English contractions into the words they stand for, so that "can't", "cant", "can not" and
/// "cannot" all read as "can not" to the rules.
///
/// Apostrophe-less spellings ("dont", "im", "youre") are common in chat and are expanded too, except the
/// ones that are also ordinary words ("its", "were", "well", "shell", "id", "hell").
public enum Contractions {
    /// Whole-word expansions, including the apostrophe-less spellings.
    static var whole: [String: [String]] { wholeTable }

    static let wholeTable: [String: [String]] = {
        var table: [String: [String]] = [
            "can't": ["can", "not"], "cant": ["can", "not"], "cannot": ["can", "not"],
            "won't": ["will", "not"], "wont": ["will", "not"], "shan't": ["shall", "not"],
            "ain't": ["is", "not"], "aint": ["is", "not"],
            "let's": ["let", "us"], "lets": ["let", "us"],
            "im": ["i", "am"], "ive": ["i", "have"],
            "youre": ["you", "are"], "youve": ["you", "have"], "youll": ["you", "will"], "youd": ["you", "would"],
            "theyre": ["they", "are"], "theyve": ["they", "have"], "theyll": ["they", "will"],
            "weve": ["we", "have"], "thats": ["that", "is"], "whats": ["what", "is"], "hows": ["how", "is"],
            "wheres": ["where", "is"], "whos": ["who", "is"], "theres": ["there", "is"], "heres": ["here", "is"],
            "gonna": ["going", "to"], "wanna": ["want", "to"], "gotta": ["got", "to"], "dunno": ["do", "not", "know"],
            "idk": ["i", "do", "not", "know"], "u": ["you"], "ur": ["your"], "r": ["are"], "ya": ["you"],
            "thx": ["thanks"], "ty": ["thank", "you"], "pls": ["please"], "plz": ["please"],
            // Chat spellings of "sorry": "sry about that", "soz".
            "sry": ["sorry"], "srry": ["sorry"], "soz": ["sorry"],
        ]
        for base in ["do", "does", "did", "is", "are", "was", "were", "has", "have", "had", "could", "would",
                     "should", "must", "need", "might"] {
            table[base + "n't"] = [base, "not"]
            if base != "were" && base != "might" && base != "need" { table[base + "nt"] = [base, "not"] }
        }
        return table
    }()

    /// Suffix expansions tried when the whole word is not in the table.
    static let suffixes: [(String, String)] = [
        ("n't", "not"), ("'m", "am"), ("'re", "are"), ("'ve", "have"), ("'ll", "will"), ("'d", "would"),
    ]

    /// Words before "'s" that make it "is" rather than a possessive.
    static let isBases: Set<String> = [
        "it", "that", "what", "there", "here", "he", "she", "who", "how", "where", "when", "why", "this",
        "everything", "nothing", "something", "everyone", "someone", "one",
    ]

    /// Bitmap of the first two bytes of every whole-word contraction, to skip the table for most words.
    static let heads: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 1024)
        for key in wholeTable.keys {
            let b = Array(key.utf8)
            let slot = Int(b[0]) << 8 | Int(b.count > 1 ? b[1] : 0)
            bits[slot >> 6] |= 1 << UInt64(slot & 63)
        }
        return bits
    }()

    /// True when `word` may be a contraction (has an apostrophe, or starts like a table entry).
    @inline(__always) public static func mayExpand(_ word: String) -> Bool {
        var it = word.utf8.makeIterator()
        guard let a = it.next() else { return false }
        let b = it.next() ?? 0
        if a == UInt8(ascii: "'") || b == UInt8(ascii: "'") || word.utf8.contains(UInt8(ascii: "'")) { return true }
        let slot = Int(a) << 8 | Int(b)
        return heads[slot >> 6] & (1 << UInt64(slot & 63)) != 0
    }

    /// The words a folded word stands for (itself when it is not a contraction).
    public static func expand(_ word: String) -> [String] {
        if let hit = whole[word] { return hit }
        guard word.utf8.contains(UInt8(ascii: "'")) else { return [word] }
        if word.hasSuffix("'s") {
            let base = String(word.dropLast(2))
            return isBases.contains(base) ? [base, "is"] : [base]
        }
        for (suffix, expansion) in suffixes where word.hasSuffix(suffix) {
            let base = String(word.dropLast(suffix.count))
            guard !base.isEmpty else { break }
            return [base, expansion]
        }
        return [word.replacingApostrophes()]
    }
}

extension String {
    /// The string without apostrophes ("o'clock" → "oclock"), for words the contraction table does not know.
    func replacingApostrophes() -> String {
        var out = ""
        for scalar in unicodeScalars where scalar != "'" { out.unicodeScalars.append(scalar) }
        return out
    }
}
