extension TextDocument {
    /// True when the sentence holding token `index` has a word of the speaker's own (`i`, `me`, `my`…, the
    /// lexicon class whose bit is `selfBit`): "it's hard for me", "that was awful, I…".
    func sentenceMentionsSpeaker(of index: Int, selfBit: UInt64) -> Bool {
        let sentence = sentences[tokens[index].sentence]
        return (sentence.firstToken..<sentence.endToken).contains { tokens[$0].classes & selfBit != 0 }
    }
}
