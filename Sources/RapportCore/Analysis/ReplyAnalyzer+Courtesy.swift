extension ReplyAnalyzer {
    /// Verbs of taking in what was said: "I see", "I hear you".
    static let uptakeVerbs: Set<String> = ["see", "get", "hear", "understand"]
    /// Words after "I'm" that offer the agent's attention when "to" and a verb of listening follow: "I'm ready to
    /// listen", "I'm here to help".
    static let availableWords: Set<String> = ["here", "ready", "available", "happy", "glad", "willing", "always"]
    /// Verbs of listening or helping after "I'm here to…".
    static let attentionVerbs: Set<String> = ["listen", "help", "talk", "chat", "support", "assist", "hear"]
    /// Words after a name that keep "I'm Tom" an introduction: "I'm Tom by the way", "I'm Priya from billing".
    static let introductionFollowers: Set<String> = ["by", "from", "here", "and", "speaking", "with", "at", "on"]
    /// Words for the conversation itself: "I enjoyed *talking* with you", "I loved our *chat*".
    static let conversationWords: Set<String> = ["talking", "chatting", "speaking", "chat", "talk", "conversation", "helping", "hearing"]
    /// Verbs before "I" that make what follows a hope about the exchange: "I hope I…", "hoping I…".
    static let hopeVerbs: Set<String> = ["hope", "hoping", "trust"]
    /// Words that make "I hope I was…" about the help given: "I hope I was helpful".
    static let helpfulWords: Set<String> = ["helpful", "useful", "help", "helped", "comfort", "support"]

    /// True when "I" at `k`, with its verb at `v`, is a courtesy of the exchange rather than a story of the
    /// speaker's life:
    /// - an acknowledgement that closes its clause: "I see, that must be hard", "I hear you.", "I get you";
    /// - the agent introducing themselves: "I'm Tom, how can I help?", "I am Priya from billing";
    /// - attention offered: "I'm ready to listen", "I'm here to help";
    /// - the conversation enjoyed, at its close: "I've enjoyed talking with you", "I loved our chat";
    /// - a hope that the conversation served the customer: "I hope I've been able to give you some peace of mind",
    ///   "I hope I was helpful" (not "I hope I get the job", the speaker's own wish).
    func isCourtesyOfTheExchange(_ tokens: [Token], subject k: Int, verb v: Int, range: Range<Int>, youBit: UInt64) -> Bool {
        let verb = tokens[v]
        func closesClause(_ j: Int) -> Bool { j >= range.upperBound || tokens[j].clause != tokens[j - 1].clause }
        if ReplyAnalyzer.uptakeVerbs.contains(verb.norm) {
            if closesClause(v + 1) { return true }
            if tokens[v + 1].norm == "you", closesClause(v + 2) { return true }
        }
        if verb.norm == "am", v + 1 < range.upperBound {
            let next = tokens[v + 1]
            if next.isCapitalized, !next.isAllCaps, next.id < 0, next.norm.utf8.count >= 2, next.start != verb.start,
               closesClause(v + 2) || ReplyAnalyzer.introductionFollowers.contains(tokens[v + 2].norm) {
                return true
            }
            var j = v + 1
            while j < range.upperBound, ["just", "always", "still", "really", "so", "more", "than"].contains(tokens[j].norm) { j += 1 }
            if j + 2 < range.upperBound, ReplyAnalyzer.availableWords.contains(tokens[j].norm), tokens[j + 1].norm == "to",
               ReplyAnalyzer.attentionVerbs.contains(tokens[j + 2].norm) {
                return true
            }
        }
        // "I've enjoyed talking with you", "I had a great time chatting": the conversation itself, at its close.
        let e = verb.norm == "have" && v + 1 < range.upperBound ? v + 1 : v
        if ["enjoyed", "loved", "liked", "enjoy", "love"].contains(tokens[e].norm), e + 1 < range.upperBound,
           ReplyAnalyzer.conversationWords.contains(tokens[e + 1].norm) || ["our", "the", "this"].contains(tokens[e + 1].norm) &&
            e + 2 < range.upperBound && ReplyAnalyzer.conversationWords.contains(tokens[e + 2].norm) {
            return true
        }
        if k > range.lowerBound, ReplyAnalyzer.hopeVerbs.contains(tokens[k - 1].norm) {
            let clause = tokens[k].clause
            var j = v
            while j < range.upperBound, tokens[j].clause == clause {
                if tokens[j].classes & youBit != 0 || ReplyAnalyzer.helpfulWords.contains(tokens[j].norm) { return true }
                j += 1
            }
        }
        return false
    }
}
