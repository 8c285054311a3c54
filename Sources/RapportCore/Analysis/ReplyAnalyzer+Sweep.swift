/// Readings found by playing the shipped scenarios as a new trainee would (the scenario sweep): words that look
/// like thanks, blame, a brush-off, understanding or a story of one's own but, in the way agents use them, are not.
extension ReplyAnalyzer {
    /// Words after "I appreciate" that open a clause: recognition ("I appreciate this is a busy time"), not thanks.
    static let recognitionSubjects: Set<String> = ["this", "it", "that", "you", "things", "the", "everything", "there"]
    /// Verbs that show a clause follows "I appreciate this…": "…this *is* a busy time", "…you *have* waited".
    static let clauseVerbs: Set<String> = ["is", "are", "was", "were", "has", "have", "had", "must", "can", "could", "would", "will", "might", "may"]
    /// What an agent's side sends or tells a customer: "you should have been *sent* a code" says what the customer was
    /// owed, which blames no one but the company.
    static let owedToCustomer: Set<String> = ["sent", "given", "told", "offered", "emailed", "called", "contacted", "notified",
                                              "refunded", "credited", "informed", "warned", "updated", "asked", "texted", "posted"]

    /// Settles readings the sweep found wrong, after ``resolveConflicts(_:into:)``:
    /// - "I appreciate this is a busy time for you", "I appreciate how hard this is": recognition, not gratitude;
    /// - "You should have been sent a code": what the customer was owed, not blame;
    /// - "It happens to the best of us": comfort for someone's own slip, not a shrug at the service's failure;
    /// - "I'm sure it's just user error": certainty that frames blame is no reassurance;
    /// - "Listen, I hear you": a call for attention, not advice.
    func settleSweepReadings(_ document: TextDocument, into findings: inout Findings) {
        let tokens = document.tokens
        findings.evidence.removeSpans(of: .gratitude) { span in
            guard tokens[span.end - 1].norm == "appreciate", span.end < tokens.count,
                  tokens[span.end].sentence == tokens[span.first].sentence else { return false }
            let next = tokens[span.end].norm
            if ["how", "what", "why"].contains(next) { return true }
            var k = span.end
            if next == "that", k + 1 < tokens.count, ReplyAnalyzer.recognitionSubjects.contains(tokens[k + 1].norm) { k += 1 }
            guard ReplyAnalyzer.recognitionSubjects.contains(tokens[k].norm), tokens[k].norm != "that" || k > span.end else {
                return false
            }
            // "…this is", "…the wait has been", "…you have": a subject (of up to two words) and its verb.
            return (k + 1..<min(tokens.count, k + 3)).contains { tokens[$0].sentence == tokens[k].sentence && ReplyAnalyzer.clauseVerbs.contains(tokens[$0].norm) }
        }
        findings.evidence.removeSpans(of: .blame) { span in
            tokens[span.end - 1].norm == "been" && span.end < tokens.count && ReplyAnalyzer.owedToCustomer.contains(tokens[span.end].norm)
        }
        // "Listen, I hear you", "Look, …": a word that opens the turn and closes its clause asks for attention; it
        // proposes nothing ("Listen to your doctor" still does).
        findings.evidence.removeSpans(of: .suggestion) { span in
            span.end == span.first + 1 && ["listen", "look"].contains(tokens[span.first].norm) &&
                (span.end == tokens.count || tokens[span.end].clause != tokens[span.first].clause)
        }
        // "I'm sure it's just user error": certainty that frames blame reassures no one.
        let blamed = Set(findings.evidence[.blame].map { tokens[$0.first].sentence })
        findings.evidence.removeSpans(of: .reassurance) { span in
            blamed.contains(tokens[span.first].sentence) && tokens[span.first].norm == "i" && span.first + 1 < tokens.count && tokens[span.first + 1].norm == "am"
        }
        // "The line is working normally again": a fix reported, not their experience denied.
        findings.evidence.removeSpans(of: .dismissive) { span in
            span.end < tokens.count && tokens[span.end].sentence == tokens[span.first].sentence &&
                ["now", "again"].contains(tokens[span.end].norm) &&
                (span.first..<span.end).contains { ["working", "running", "operating"].contains(tokens[$0].norm) }
        }
        findings.evidence.removeSpans(of: .dismissive) { span in
            tokens[span.end - 1].norm.hasPrefix("happen") && span.end < tokens.count && tokens[span.end].norm == "to" &&
                tokens[span.end].sentence == tokens[span.first].sentence
        }
    }

    /// True when a weak "I can see" reads the record rather than the person: "I can see there were three callbacks",
    /// "I can see on the system that…", "I can see the order here", "I can see both charges" (not "I can see that you're upset", "I can see
    /// your frustration").
    func readsTheRecord(_ document: TextDocument, matchEnd end: Int) -> Bool {
        let tokens = document.tokens
        guard end > 0, end < tokens.count, tokens[end - 1].norm == "see", tokens[end].sentence == tokens[end - 1].sentence else { return false }
        var k = end
        if tokens[k].norm == "that", k + 1 < tokens.count { k += 1 }
        if tokens[k].norm == "there" { return true }
        let record = lexicon.classBit("service_noun") | lexicon.classBit("agent_work")
        guard ["the", "your", "a", "an", "on", "in", "from", "here", "both", "two"].contains(tokens[k].norm) else { return false }
        return (k..<min(tokens.count, k + 4)).contains {
            tokens[$0].sentence == tokens[k].sentence && (tokens[$0].classes & record != 0 || ReplyAnalyzer.caseRecords.contains(tokens[$0].norm))
        }
    }

    /// True when a "please don't…" ends just before a word of the customer's conduct: "Please don't shout", "please
    /// don't swear at me" ask them to stop, which is no pleading concern ("please don't give up" still is).
    func asksAboutConduct(_ document: TextDocument, matchEnd end: Int) -> Bool {
        let tokens = document.tokens
        guard end >= 2, end < tokens.count, tokens[end - 1].norm == "not", tokens[end].sentence == tokens[end - 1].sentence else { return false }
        let word = tokens[end].norm
        return ReplyAnalyzer.conductWords.contains { word.hasPrefix($0) } || ["talk", "speak", "use", "raise", "interrupt"].contains(word)
    }

    /// Verbs of an understanding that an emphatic tag may confirm: "I get you're angry, I really do". (Not
    /// `TextDocument.understandingVerbs`, the words that make an "I" frame understanding rather than a story.)
    static let taggedUnderstandingVerbs: Set<String> = ["get", "understand", "see", "know", "hear", "mean", "appreciate", "feel"]

    /// True when "I" at `k` opens only an emphatic tag ("…, I really do", "…, I do", "…, I am") after an
    /// understanding said earlier in the sentence by "I": it confirms that understanding and tells no story.
    func isEmphaticTag(_ document: TextDocument, subject k: Int) -> Bool {
        let tokens = document.tokens, filler = lexicon.classBit("filler")
        let sentence = document.sentences[tokens[k].sentence]
        var v = k + 1
        while v < sentence.endToken, tokens[v].clause == tokens[k].clause, tokens[v].classes & filler != 0 || ["am", "can", "will", "did"].contains(tokens[v].norm) { v += 1 }
        guard v > k + 1, v == sentence.endToken || tokens[v].clause != tokens[k].clause else { return false }
        return (sentence.firstToken..<k).contains { j in
            // In a clause of its own: "I know that I am!" is the speaker's own state, not a tag.
            tokens[j].norm == "i" && j + 1 < k && tokens[j + 1].clause == tokens[j].clause && tokens[j].clause != tokens[k].clause &&
                ReplyAnalyzer.taggedUnderstandingVerbs.contains(tokens[j + 1].norm)
        }
    }

    /// True when a "take care" ends just before "of" and the case ("take care of that for you", "taken care of the
    /// refund"): handling it, not the farewell or the wish of "take care of yourself".
    func takesCareOfTheCase(_ document: TextDocument, matchEnd end: Int) -> Bool {
        let tokens = document.tokens
        guard end >= 1, end + 1 < tokens.count, tokens[end - 1].norm == "care", tokens[end].norm == "of",
              tokens[end + 1].sentence == tokens[end - 1].sentence else { return false }
        return !["yourself", "you", "each", "one", "your", "yourselves"].contains(tokens[end + 1].norm)
    }

    /// True when "I would…" comes before the "if" at `index` in the same sentence: "I'd be fuming too if I…" (the
    /// "if" gives the condition of an imagined reaction; "If I hadn't had my dog, I would…" tells a story).
    func suppositionBefore(_ tokens: [Token], _ index: Int, from start: Int) -> Bool {
        (start..<index).contains { tokens[$0].norm == "i" && $0 + 1 < index && tokens[$0 + 1].norm == "would" }
    }

    /// Papers a case needs: "I need the death certificate", "I'll need a copy of the will".
    static let casePapers: Set<String> = ["certificate", "certificates", "copy", "proof", "document", "documents", "paperwork",
                                          "form", "forms", "details", "reference", "statement", "photo", "photos", "probate", "signature"]

    /// True when "I …" at verb `v` is an aside of the service rather than a story of the speaker's life:
    /// - patience offered: "I've got plenty of time", "I have all the time in the world for you";
    /// - the agent's intent in the exchange: "I'm only trying to explain", "I'm just trying to help";
    /// - papers the case needs: "To close the account I need the death certificate".
    func isServiceAside(_ tokens: [Token], verb v: Int, range: Range<Int>) -> Bool {
        let end = min(range.upperBound, v + 8)
        let clause = (v..<end).prefix { tokens[$0].clause == tokens[v].clause }
        let words = clause.map { tokens[$0].norm }
        guard let verb = words.first else { return false }
        if ["have", "got"].contains(verb), let time = words.firstIndex(of: "time"), time >= 2,
           ["plenty", "all", "lots", "loads"].contains(words[time - 2]) || words[time - 1] == "plenty" { return true }
        if verb == "am", let trying = words.firstIndex(of: "trying"), trying <= 2, trying + 2 < words.count, words[trying + 1] == "to",
           ["help", "explain", "understand", "assist", "sort", "fix", "find", "check"].contains(words[trying + 2]) { return true }
        if verb == "need" || verb == "will" && words.dropFirst().first == "need" {
            return words.contains { ReplyAnalyzer.casePapers.contains($0) }
        }
        return false
    }
}
