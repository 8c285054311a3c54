extension ReplyAnalyzer {
    /// Self-disclosure by structure: a statement whose subject is the speaker ("I…", "my…", "me too")
    /// telling something of their own life, as opposed to first-person phrases that address the customer
    /// ("I hope…", "I'm sorry…", "I think you should…") or that report the agent's work on the case
    /// ("I've checked your account…"). Those two kinds are listed in `classes.txt` as `addressing` and
    /// `agent_action`.
    func detectDisclosure(_ document: TextDocument, into findings: inout Findings) {
        let tokens = document.tokens
        let selfBit = lexicon.classBit("self")
        let addressing = lexicon.classBit("addressing")
        let agentAction = lexicon.classBit("agent_action")
        let youBit = lexicon.classBit("you")
        let filler = lexicon.classBit("filler")
        for sentence in document.sentences where !sentence.isQuestion && sentence.tokenCount >= 3 {
            let range = sentence.firstToken..<sentence.endToken
            if overlapsAny(findings, [.apology, .gratitude, .ownership, .nextStep, .suggestion], range) { continue }
            // The first speaker word within the first five words of the sentence.
            var k = range.lowerBound
            while k < min(range.upperBound, range.lowerBound + 5), tokens[k].classes & selfBit == 0 { k += 1 }
            guard k < range.upperBound - 1, tokens[k].classes & selfBit != 0 else { continue }
            if tokens[k].norm == "my" {
                // "my ex…", "my own experience…": a possession of the speaker's own life.
                if tokens[k + 1].classes & (lexicon.classBit("relation") | lexicon.classBit("life")) != 0 {
                    findings.evidence.add(.selfDisclosure, first: range.lowerBound, end: range.upperBound)
                }
                continue
            }
            guard tokens[k].norm == "i" else { continue }
            var v = k + 1
            while v < range.upperBound - 1, tokens[v].classes & filler != 0 { v += 1 }
            let verb = tokens[v]
            if verb.classes & addressing != 0 { continue }
            // "I have sent…", "I've checked…": the agent's work, not their life.
            if v + 1 < range.upperBound, ["have", "had", "am", "will", "would", "can", "just"].contains(verb.norm),
               tokens[v + 1].classes & (agentAction | addressing) != 0 { continue }
            if verb.classes & agentAction != 0 { continue }
            // "I know you…", "I feel you…" address the other person.
            if v + 1 < range.upperBound, tokens[v + 1].classes & youBit != 0 { continue }
            findings.evidence.add(.selfDisclosure, first: range.lowerBound, end: range.upperBound)
        }
    }
}
