extension TextDocument {
    /// True when the sentence holding token `index` has a word of the speaker's own (`i`, `me`, `my`…, the
    /// lexicon class whose bit is `selfBit`): "it's hard for me", "that was awful, I…".
    func sentenceMentionsSpeaker(of index: Int, selfBit: UInt64) -> Bool {
        let sentence = sentences[tokens[index].sentence]
        let range = sentence.firstToken..<sentence.endToken
        return range.contains { k in
            guard tokens[k].classes & selfBit != 0 else { return false }
            // "I know it's frustrating", "I can only imagine how hard that is": the speaker as the one who
            // understands, not as the one it happened to.
            guard tokens[k].norm == "i" else { return true }
            var v = k + 1
            while v < range.upperBound, v < k + 4, TextDocument.understandingFillers.contains(tokens[v].norm) { v += 1 }
            return !(v < range.upperBound && TextDocument.understandingVerbs.contains(tokens[v].norm))
        }
    }

    /// Verbs after "I" that make the speaker the one who understands: "I know it's hard", "I can imagine".
    static let understandingVerbs: Set<String> = ["know", "understand", "imagine", "see", "get", "appreciate", "realise", "realize", "bet", "guess", "hear"]
    /// Words that may stand between "I" and such a verb: "I can only imagine", "I totally get".
    static let understandingFillers: Set<String> = ["can", "could", "do", "totally", "really", "completely", "fully", "only", "just",
                                                    "definitely", "certainly", "truly", "absolutely", "so", "well"]
}
