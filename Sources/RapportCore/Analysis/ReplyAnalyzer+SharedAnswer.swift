extension ReplyAnalyzer {
    /// True when the customer's message asks whether others share their experience: "Does anyone else get
    /// anxious before calls?", "Has anybody had this with their boiler?", "Am I the only one…?", "Have any of you…?".
    static func asksWhoElse(_ customer: [Token]) -> Bool {
        let askers = ReplyAnalyzer.askers
        for k in customer.indices {
            let word = customer[k].norm
            // Most words open none of these forms: skip them before looking around.
            guard word == "anyone" || word == "anybody" || word == "any" || word == "only" else { continue }
            let next = k + 1 < customer.count ? customer[k + 1].norm : ""
            let before = k > 0 ? customer[k - 1].norm : ""
            if ["anyone", "anybody"].contains(word) && (next == "else" || askers.contains(before) || k == 0 || customer[k - 1].sentence != customer[k].sentence) { return true }
            if word == "any" && next == "of" && k + 2 < customer.count && customer[k + 2].norm == "you" && askers.contains(before) { return true }
            if word == "only" && next == "one" && k >= 3 && customer[k - 1].norm == "the" && customer[k - 2].norm == "i" && customer[k - 3].norm == "am" { return true }
        }
        return false
    }

    /// Auxiliaries that ask "does anyone…?", "has anybody…?".
    static let askers: Set<String> = ["do", "does", "did", "has", "have", "is", "are", "am", "can", "could", "would", "will"]

    /// Words that open a "yes" to "does anyone else…?": "Yes.", "Yep, every night", "All the time", "Always".
    static let affirmations: Set<String> = ["yes", "yeah", "yep", "yup", "yea", "ya", "definitely", "absolutely", "totally", "always",
                                             "constantly", "frequently", "often", "me", "same", "ditto"]
    /// Words that make an answer about other people rather than the speaker: "Yes, many customers have",
    /// "Yes, we've had reports", "Yes, you're not alone".
    static let aboutOthers: Set<String> = ["we", "us", "our", "customers", "customer", "people", "others", "other", "many", "several",
                                            "lots", "reports", "reported", "known", "everyone", "everybody", "someone", "somebody"]

    /// When the customer asked whether anyone else shares their experience, a reply that opens by saying yes
    /// ("Yes, every winter.", "All the time.", "Me, for months.") says the speaker has been through it too: a shared
    /// experience, told as like theirs. Not when the answer is about others ("Yes, many customers have"), the
    /// customer ("Yes, you're not alone") or the company ("Yes, we've had reports"): that is information or
    /// reassurance, not a story of one's own.
    func detectSharedAnswer(_ document: TextDocument, asksWhoElse: Bool, into findings: inout Findings) {
        guard asksWhoElse, let sentence = document.sentences.first, !sentence.isQuestion, sentence.tokenCount > 0 else { return }
        let tokens = document.tokens
        let range = sentence.firstToken..<sentence.endToken
        var opener = tokens[range.lowerBound].norm
        // "All the time.", "Every night.", "I do."
        if range.count >= 2 {
            let next = tokens[range.lowerBound + 1].norm
            if opener == "all" && next == "the" || opener == "every" || opener == "i" && ["do", "did", "have", "am"].contains(next) &&
                (range.count == 2 || tokens[range.lowerBound + 2].clause != tokens[range.lowerBound + 1].clause) { opener = "yes" }
        }
        guard ReplyAnalyzer.affirmations.contains(opener) else { return }
        let youBit = lexicon.classBit("you")
        if range.contains(where: { tokens[$0].classes & youBit != 0 || ReplyAnalyzer.aboutOthers.contains(tokens[$0].norm) }) { return }
        if overlapsAny(findings, [.suggestion, .apology, .gratitude], range) { return }
        findings.evidence.add(.selfDisclosure, first: range.lowerBound, end: range.upperBound)
        findings.sharedAnswer = true
    }
}
