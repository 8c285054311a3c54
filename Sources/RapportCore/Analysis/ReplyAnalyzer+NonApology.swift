extension ReplyAnalyzer {
    /// Settles the non-apology: "I'm sorry if you were offended", "sorry if that upset you", and "I'm sorry you feel
    /// that way" said to a complaint, regret the customer's reaction rather than what happened to them, so their
    /// "sorry" is neither an apology nor warmth, and the reply is dismissive.
    ///
    /// "I'm sorry you feel that way" after a message in which the customer speaks of themselves ("I feel like
    /// nobody listens", "I'm useless at this") is sympathy for that, not a brush-off, and is left as an apology.
    /// Without a customer message (`customer` nil) the phrase is read as the non-apology it is after a complaint.
    /// "Sorry, could you repeat that?" is "pardon", not an apology, and is dropped too.
    func settleNonApologies(_ document: TextDocument, customer: [Token]?, customerFeelings: Set<String>?, into findings: inout Findings) {
        let tokens = document.tokens
        /// Drops the apologies inside `spans`, and the warmth cue they gave.
        func takeBack(_ spans: [(first: Int, end: Int)]) {
            guard !spans.isEmpty else { return }
            findings.evidence.removeSpans(of: .apology) { apology in spans.contains { $0.first < apology.end && apology.first < $0.end } }
            if let warmth = findings.mechanisms[.emotionalReactions], spans.contains(where: { $0.first < warmth.end && warmth.first < $0.end }) {
                findings.mechanisms[.emotionalReactions] = nil
            }
        }
        // "I'm sorry you feel that way" is sympathy when the customer spoke of themselves.
        let sorryYouFeel = findings.evidence[.dismissive].filter { span in
            let words = (span.first..<span.end).map { tokens[$0].norm }
            return words.contains("sorry") && !words.contains("if") && words.contains { $0 == "feel" || $0 == "felt" }
        }
        if !sorryYouFeel.isEmpty {
            let ofThemselves = !(customerFeelings ?? []).isEmpty || customer.map { words in
                words.indices.dropLast().contains { words[$0].norm == "i" && ["am", "feel", "felt"].contains(words[$0 + 1].norm) }
            } == true
            if ofThemselves { findings.evidence.removeSpans(of: .dismissive) { span in sorryYouFeel.contains { $0 == span } } }
        }
        // "Sorry, could you repeat the postcode?", "sorry, I didn't catch that": "sorry" as "pardon" asks to hear
        // it again; it regrets nothing.
        takeBack(findings.evidence[.apology].filter { span in
            guard tokens[span.first].norm == "sorry" else { return false }
            let sentence = document.sentences[tokens[span.first].sentence]
            let after = (span.end..<min(sentence.endToken, span.end + 8)).map { tokens[$0].norm }
            // "Sorry, I don't understand what you mean", "sorry, I didn't follow": asking them to put it again.
            // ("Sorry, I don't understand why nobody called you" is still sorry.)
            let lost = after.indices.dropFirst().contains { j in
                guard after[j - 1] == "not", ["understand", "follow", "hear", "get"].contains(after[j]) else { return false }
                let rest = Array(after[(j + 1)...])
                return rest.isEmpty || rest == ["that"] || rest == ["you"] || rest == ["what", "you", "mean"] ||
                    rest.count <= 4 && rest.starts(with: ["what", "you"]) && rest.contains { ["said", "saying", "mean", "meant", "asked"].contains($0) }
            }
            // "I missed that" asks again; "this was missed" regrets it.
            let missed = lost || after.contains("catch") || after.contains("caught") ||
                zip(after, after.dropFirst()).contains { $0 == ("i", "missed") || $0 == ("just", "missed") }
            let asksAgain = sentence.isQuestion && (after.contains("repeat") ||
                zip(after, after.dropFirst()).contains { $0 == ("say", "that") || $0 == ("come", "again") || $0 == ("say", "again") })
            // "Sorry, who am I speaking to?", "Sorry, can I take your postcode?": a bare "sorry" opening a question for
            // a detail softens the asking; it regrets nothing ("I'm so sorry, how are you holding up?" is not bare, and
            // "Sorry, could you read me the number again?" apologises for the trouble of asking again).
            let detailAsked = span.end + 1 < sentence.endToken && (["who", "what", "which", "where", "when"].contains(tokens[span.end].norm) ||
                ["can", "could", "may"].contains(tokens[span.end].norm) && tokens[span.end + 1].norm == "i")
            let softener = sentence.isQuestion && span.first == sentence.firstToken && span.end == span.first + 1 &&
                tokens[span.end].clause != tokens[span.first].clause && detailAsked
            return missed || asksAgain || softener
        })
        takeBack(findings.evidence[.dismissive].filter { span in (span.first..<span.end).contains { tokens[$0].norm == "sorry" } })
    }
}
