extension ReplyAnalyzer {
    /// The content stems of a document: words of three letters or more that are not stop words or numbers.
    func contentStems(_ document: TextDocument, in range: Range<Int>? = nil) -> [(stem: UInt64, token: Int)] {
        contentStems(document.tokens, in: range)
    }

    /// The content stems of annotated tokens (see ``contentStems(_:in:)``).
    func contentStems(_ tokens: [Token], in range: Range<Int>? = nil) -> [(stem: UInt64, token: Int)] {
        let stop = lexicon.classBit("stopword") | lexicon.classBit("negator") | lexicon.classBit("number") | lexicon.classBit("profane")
        var out: [(UInt64, Int)] = []
        for k in range ?? 0..<tokens.count {
            let token = tokens[k]
            guard token.classes & stop == 0, token.norm.utf8.count >= 3, token.norm.utf8.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { continue }
            out.append((Stemmer.key(token.norm), k))
        }
        return out
    }

    /// Paraphrase by content: a statement addressed to the customer ("you…", "your…", "it sounds like…")
    /// that takes up content words the customer just used, or any sentence that takes up three of them.
    /// Sentences that are advice or thanks are not restatements.
    func detectParaphrase(_ document: TextDocument, said: Set<UInt64>, into findings: inout Findings) {
        guard !said.isEmpty else { return }
        let youBit = lexicon.classBit("you")
        for sentence in document.sentences {
            let range = sentence.firstToken..<sentence.endToken
            if overlapsAny(findings, [.suggestion, .gratitude, .apology, .blame, .dismissive, .policyShield, .sarcasm,
                                      .openQuestion, .closedQuestion], range) { continue }
            if givesAdviceOrOpinion(document, range) { continue }
            // Their name said back is personalization, not their content restated.
            let named = findings.evidence[.personalization]
            let shared = contentStems(document, in: range).filter { stem in
                said.contains(stem.stem) && !named.contains { $0.first <= stem.token && stem.token < $0.end } &&
                    !ReplyAnalyzer.titles.contains(document.tokens[stem.token].norm)
            }
            let distinct = Set(shared.map(\.stem)).count
            guard distinct > 0 else { continue }
            // Addressed: the sentence is about "you" from its first real word ("So you…", "Your landlord…").
            var k = range.lowerBound
            while k < range.upperBound, ReplyAnalyzer.discourseMarkers.contains(document.tokens[k].norm), document.tokens[k].norm != "you" { k += 1 }
            // or about the customer's situation told back to them ("It's important to you that…").
            let opener = k < range.upperBound ? document.tokens[k].norm : ""
            // "Happy holidays to you too!", "Have a lovely evening": a wish echoes a greeting, it restates nothing.
            if ReplyAnalyzer.wishOpeners.contains(opener) && !sentence.isQuestion { continue }
            // "It was nice talking to you too", "It's been a pleasure chatting": a closing courtesy restates nothing.
            if isClosingCourtesy(document, range) { continue }
            let addressed = k < range.upperBound && (document.tokens[k].classes & youBit != 0 ||
                ["it", "that", "this", "there", "what"].contains(opener) &&
                (k..<min(range.upperBound, k + 6)).contains { document.tokens[$0].classes & youBit != 0 })
            let mentionsYou = range.contains { document.tokens[$0].classes & youBit != 0 }
            if (addressed && !sentence.isQuestion && distinct >= 1) || (mentionsYou && !sentence.isQuestion && distinct >= 2) || distinct >= 3 {
                findings.evidence.add(.paraphrase, first: range.lowerBound, end: range.upperBound)
            }
        }
    }

    /// True when the sentence in `range` is a closing courtesy about the conversation itself: "It was nice
    /// talking to you", "It's been a pleasure chatting with you", "Nice speaking with you too".
    func isClosingCourtesy(_ document: TextDocument, _ range: Range<Int>) -> Bool {
        let tokens = document.tokens
        let window = range.lowerBound + 1..<min(range.upperBound, range.lowerBound + 6)
        guard let t = window.first(where: { ReplyAnalyzer.courtesyTalk.contains(tokens[$0].norm) }) else { return false }
        return (range.lowerBound..<t).contains { ReplyAnalyzer.courtesyPleasant.contains(tokens[$0].norm) } &&
            (t + 1 == range.upperBound || ["to", "with", "you"].contains(tokens[t + 1].norm))
    }

    /// Talk in a closing courtesy ("nice *talking* to you").
    static let courtesyTalk: Set<String> = ["talking", "chatting", "speaking", "meeting", "hearing", "helping", "working"]
    /// Words that make it pleasant ("*nice* talking to you").
    static let courtesyPleasant: Set<String> = ["nice", "lovely", "great", "good", "pleasure", "wonderful", "pleasant", "glad", "happy"]

    /// Modals that make a sentence about "you" advice rather than a restatement: "you should call them", "you
    /// need to reset it", "you could ask". ("You must be tired" reads a feeling, and "you'd rather wait" restates.)
    static let adviceModals: Set<String> = ["should", "need", "needs", "ought", "could", "might", "may"]
    /// Openers of a wish, hope or opinion: "I hope you…", "I'm sure you…", "Maybe you…", "Hopefully…".
    static let opinionOpeners: Set<String> = ["hope", "hopefully", "maybe", "perhaps", "sure", "think", "wish", "bet", "believe"]

    /// True when the sentence in `range` tells the customer what they could or should do, predicts for them, or
    /// gives the speaker's hope or opinion ("You should call them", "You could ask", "I hope you…", "Maybe
    /// you…"): such a sentence may reuse the customer's words without restating them. A sentence led by "so" is
    /// a summary ("So maybe the evenings suit you better") and is not counted here.
    func givesAdviceOrOpinion(_ document: TextDocument, _ range: Range<Int>) -> Bool {
        let tokens = document.tokens
        let youBit = lexicon.classBit("you")
        var k = range.lowerBound
        while k < range.upperBound, ReplyAnalyzer.discourseMarkers.contains(tokens[k].norm), tokens[k].norm != "you" {
            // "So maybe a gym would suit you": a summary led by "so" still restates.
            if tokens[k].norm == "so" { return false }
            k += 1
        }
        // "I hope…", "I'm sure…", "I think…", "Maybe you…": the first two words of the sentence.
        for j in k..<min(range.upperBound, k + 3) where ReplyAnalyzer.opinionOpeners.contains(tokens[j].norm) {
            if j == k || tokens[k].norm == "i" { return true }
        }
        for j in range where tokens[j].classes & youBit != 0 && tokens[j].norm != "your" {
            var m = j + 1
            while m < range.upperBound, ["also", "really", "just", "definitely", "probably", "still", "only", "always"].contains(tokens[m].norm) { m += 1 }
            guard m < range.upperBound, ReplyAnalyzer.adviceModals.contains(tokens[m].norm) else { continue }
            // "You couldn't reach us": a restated inability, not advice.
            if m + 1 < range.upperBound, tokens[m + 1].norm == "not", tokens[m].norm == "could" { continue }
            return true
        }
        return false
    }

    /// Words that open a wish or a farewell ("Happy holidays!", "Merry Christmas", "Have a good day", "Enjoy your
    /// weekend"): courtesy, not a restatement, even when it repeats the customer's words.
    static let wishOpeners: Set<String> = ["happy", "merry", "have", "enjoy", "congratulations", "congrats"]

    /// True when evidence of any of `techniques` overlaps tokens `range`.
    func overlapsAny(_ findings: Findings, _ techniques: [Technique], _ range: Range<Int>) -> Bool {
        findings.evidence.covers(techniques, in: range)
    }

    /// Personalization: the customer's name (given, or introduced in their message as "my name is …",
    /// "this is …", "I'm …") used in the reply; without a known name, a capitalised name right after a
    /// greeting or thanks ("Hi Dana,", "Thanks, Lee").
    func detectPersonalization(_ document: TextDocument, context: AnalysisContext, customer: [Token]?, into findings: inout Findings) {
        var names: Set<String> = []
        if let given = context.customerName {
            for token in TextDocument(given, lexicon: lexicon).tokens where token.norm.utf8.count >= 2 { names.insert(token.norm) }
        }
        if names.isEmpty, let customer { names = introducedNames(customer) }
        let tokens = document.tokens
        if !names.isEmpty {
            for k in tokens.indices where names.contains(tokens[k].norm) {
                findings.evidence.add(.personalization, first: k, end: k + 1)
            }
            return
        }
        let stop = lexicon.classBit("stopword") | lexicon.classBit("you")
        let greeting = lexicon.classBit("greeting")
        for k in tokens.indices.dropLast() where tokens[k].classes & greeting != 0 {
            let next = tokens[k + 1]
            if next.isCapitalized, !next.isAllCaps, next.classes & stop == 0, next.id < 0, next.sentence == tokens[k].sentence,
               next.norm.utf8.count >= 2, !next.norm.contains("#") {
                findings.evidence.add(.personalization, first: k + 1, end: k + 2)
            }
        }
    }

    /// Names a customer gives for themselves: "my name is Dana", "this is Dana", "Dana here", "I'm Dana", "it's
    /// Dana Reyes here", with a title ("this is Mrs Patel") or a surname after the first name.
    func introducedNames(_ customer: [Token]) -> Set<String> {
        let t = customer
        var names: Set<String> = []
        func isName(_ j: Int) -> Bool { j < t.count && t[j].isCapitalized && !t[j].isAllCaps && t[j].id < 0 && t[j].norm.utf8.count >= 2 }
        /// Takes the name that starts at `j`: a title and the word after it, or a first name and a surname.
        func take(_ j: Int) {
            guard j < t.count else { return }
            if ReplyAnalyzer.titles.contains(t[j].norm) {
                if isName(j + 1) { names.insert(t[j + 1].norm) }
                return
            }
            guard isName(j) else { return }
            names.insert(t[j].norm)
            if isName(j + 1), t[j + 1].clause == t[j].clause { names.insert(t[j + 1].norm) }
        }
        for k in t.indices {
            // "Thanks for your help, this is Mrs Patel": an introduction opens its clause.
            let opensClause = k == 0 || t[k - 1].clause != t[k].clause
            if k + 3 < t.count, t[k].norm == "my", t[k + 1].norm == "name", t[k + 2].norm == "is" { take(k + 3) }
            if k + 2 < t.count, ["this", "it"].contains(t[k].norm), t[k + 1].norm == "is", opensClause,
               t[k].norm == "this" || (k + 2..<min(t.count, k + 5)).contains(where: { t[$0].norm == "here" }) { take(k + 2) }
            if k + 2 < t.count, t[k].norm == "i", t[k + 1].norm == "am", t[k].start == t[k + 1].start { take(k + 2) }
            if k + 1 < t.count, t[k + 1].norm == "here", opensClause { take(k) }
        }
        return names
    }

    /// Titles before a surname: "Mrs Patel", "Dr. Okafor".
    static let titles: Set<String> = ["mr", "mrs", "ms", "miss", "mx", "dr", "sir", "madam"]
}
