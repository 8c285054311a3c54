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
            let shared = contentStems(document, in: range).filter { said.contains($0.stem) }
            let distinct = Set(shared.map(\.stem)).count
            guard distinct > 0 else { continue }
            // Addressed: the sentence is about "you" from its first real word ("So you…", "Your landlord…").
            var k = range.lowerBound
            while k < range.upperBound, ReplyAnalyzer.discourseMarkers.contains(document.tokens[k].norm), document.tokens[k].norm != "you" { k += 1 }
            // or about the customer's situation told back to them ("It's important to you that…").
            let opener = k < range.upperBound ? document.tokens[k].norm : ""
            let addressed = k < range.upperBound && (document.tokens[k].classes & youBit != 0 ||
                ["it", "that", "this", "there", "what"].contains(opener) &&
                (k..<min(range.upperBound, k + 6)).contains { document.tokens[$0].classes & youBit != 0 })
            let mentionsYou = range.contains { document.tokens[$0].classes & youBit != 0 }
            if (addressed && !sentence.isQuestion && distinct >= 1) || (mentionsYou && !sentence.isQuestion && distinct >= 2) || distinct >= 3 {
                findings.evidence.add(.paraphrase, first: range.lowerBound, end: range.upperBound)
            }
        }
    }

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

    /// Names a customer gives for themselves: "my name is Dana", "this is Dana", "Dana here", "I'm Dana".
    func introducedNames(_ customer: [Token]) -> Set<String> {
        let t = customer
        var names: Set<String> = []
        for k in t.indices {
            func take(_ j: Int) {
                if j < t.count, t[j].isCapitalized, !t[j].isAllCaps, t[j].id < 0, t[j].norm.utf8.count >= 2 { names.insert(t[j].norm) }
            }
            if k + 3 < t.count, t[k].norm == "my", t[k + 1].norm == "name", t[k + 2].norm == "is" { take(k + 3) }
            if k + 2 < t.count, t[k].norm == "this", t[k + 1].norm == "is", k == 0 { take(k + 2) }
            if k + 2 < t.count, t[k].norm == "i", t[k + 1].norm == "am", t[k].start == t[k + 1].start { take(k + 2) }
            if k + 1 < t.count, t[k + 1].norm == "here", k == 0 { take(k) }
        }
        return names
    }
}
