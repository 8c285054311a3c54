extension ReplyAnalyzer {
    /// Adjectives after "I am" that praise the customer when "you" follows: "I'm so proud of you", "I'm really
    /// impressed that you kept the receipts".
    static let praiseAdjectives: Set<String> = ["proud", "impressed", "amazed", "inspired", "touched", "moved", "honoured", "honored"]
    /// Words after "I have" / "I don't have" that talk about the conversation itself: "I've nothing to add".
    static let talkWords: Set<String> = ["add", "say", "ask", "offer", "suggest", "contribute"]

    /// True when the clause after "I" at verb `v` is talk about the exchange with the customer rather than a story
    /// of the speaker's life:
    /// - praise of the customer: "I'm so proud of you", "I'm really impressed that you kept the receipts";
    /// - attention offered: "I'm listening", "I'm all ears";
    /// - the service itself: "I hope I helped", "I helped where I could";
    /// - the conversation itself: "I don't have anything to add", "I've nothing more to say".
    func talksAboutTheExchange(_ tokens: [Token], verb v: Int, range: Range<Int>) -> Bool {
        let youBit = lexicon.classBit("you")
        let word = tokens[v].norm
        let clauseEnd = (v..<range.upperBound).first { tokens[$0].clause != tokens[v].clause } ?? range.upperBound
        if word == "am" {
            var k = v + 1
            while k < clauseEnd, ReplyAnalyzer.amIntensifiers.contains(tokens[k].norm) || tokens[k].norm == "very" { k += 1 }
            guard k < clauseEnd else { return false }
            if ReplyAnalyzer.praiseAdjectives.contains(tokens[k].norm) { return (k + 1..<range.upperBound).contains { tokens[$0].classes & youBit != 0 } }
            return tokens[k].norm == "listening" && k + 1 == clauseEnd || tokens[k].norm == "all" && k + 1 < clauseEnd && tokens[k + 1].norm == "ears"
        }
        if word == "helped" {
            return v + 1 == clauseEnd || ["you", "today", "a", "some", "where", "as", "out"].contains(tokens[v + 1].norm)
        }
        if word == "have" {
            var k = v + 1
            while k < clauseEnd, ["anything", "nothing", "much", "more", "else", "not", "really", "a", "lot", "little"].contains(tokens[k].norm) { k += 1 }
            return k > v + 1 && k + 1 < clauseEnd && tokens[k].norm == "to" && ReplyAnalyzer.talkWords.contains(tokens[k + 1].norm)
        }
        return false
    }
}
