extension TextDocument {
    /// True when the sentence holding token `index` has a word of the speaker's own (`i`, `me`, `my`…, the
    /// lexicon class whose bit is `selfBit`): "it's hard for me", "that was awful, I…".
    func sentenceMentionsSpeaker(of index: Int, selfBit: UInt64) -> Bool {
        let sentence = sentences[tokens[index].sentence]
        let range = sentence.firstToken..<sentence.endToken
        return range.contains { k in
            guard tokens[k].classes & selfBit != 0 else { return false }
            // "I know it's frustrating", "I can only imagine how hard that is", "I'm so sorry, that's awful":
            // the speaker as the one who understands or sympathises, not as the one it happened to.
            guard tokens[k].norm == "i" else { return true }
            var v = k + 1
            while v < range.upperBound, v < k + 4, TextDocument.understandingFillers.contains(tokens[v].norm) { v += 1 }
            return !(v < range.upperBound && TextDocument.understandingVerbs.contains(tokens[v].norm))
        }
    }

    /// Words after "I" that make the speaker the one who understands or sympathises: "I know it's hard", "I can
    /// imagine", "I'm sorry".
    static let understandingVerbs: Set<String> = ["know", "understand", "imagine", "see", "get", "appreciate", "realise", "realize", "bet", "guess", "hear", "sorry"]
    /// Words that may stand between "I" and such a word: "I can only imagine", "I totally get", "I am so sorry".
    static let understandingFillers: Set<String> = ["am", "can", "could", "do", "totally", "really", "completely", "fully", "only", "just",
                                                    "definitely", "certainly", "truly", "absolutely", "so", "well"]
    /// Words that tie a remark to a time or cause: "that's so frustrating *when* you've waited in all day".
    static let tyingWords: Set<String> = ["when", "after", "because", "since", "especially", "while", "if"]

    /// True when, after `end` in the same sentence, a tying word is followed within three words by "you" or
    /// "your": the remark is tied to the other person's own experience.
    func tiesToTheOtherPerson(after end: Int, youBit: UInt64) -> Bool {
        guard end > 0, end <= tokens.count else { return false }
        let sentence = sentences[tokens[end - 1].sentence]
        var k = end
        while k < sentence.endToken {
            if TextDocument.tyingWords.contains(tokens[k].norm) {
                for v in (k + 1)..<min(sentence.endToken, k + 4) where tokens[v].classes & youBit != 0 { return true }
            }
            k += 1
        }
        return false
    }
}
