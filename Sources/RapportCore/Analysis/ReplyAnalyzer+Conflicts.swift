extension ReplyAnalyzer {
    /// Settles clashes between findings: mock thanks or praise inside sarcasm is not gratitude or reassurance,
    /// validation is not dismissal, and praise or validation addressed to "you" is not a restatement.
    func resolveConflicts(_ document: TextDocument, into findings: inout Findings) {
        let tokens = document.tokens
        // A mocking question ("you really don't get it, do you?") asks nothing and explores nothing.
        for helpful in [Technique.gratitude, .reassurance, .validate, .apology, .openQuestion, .closedQuestion] {
            findings.evidence.removeOverlaps(of: helpful, with: .sarcasm)
        }
        // "Are you stupid?": a question that insults the customer asks nothing.
        if let insult = findings.directedProfanity {
            for question in [Technique.openQuestion, .closedQuestion] {
                findings.evidence.removeSpans(of: question) { $0.first <= insult.first && insult.end <= $0.end }
            }
        }
        // "Thanks a lot, really helpful of you to hang up": thanks in a sentence that mocks is mock thanks.
        let mockingSentences = Set(findings.evidence[.sarcasm].map { tokens[$0.first].sentence })
        if !mockingSentences.isEmpty {
            findings.evidence.removeSpans(of: .gratitude) { mockingSentences.contains(tokens[$0.first].sentence) }
        }
        findings.evidence.removeOverlaps(of: .reassurance, with: .dismissive)
        // "If I relax, the nightmares come", "I don't care any more": a sentence about the speaker's own life, with
        // no "you" in it, is their story, not a brush-off of the customer. "That's not my problem" names the speaker
        // only inside the brush-off itself.
        let selfBit = lexicon.classBit("self"), youBit = lexicon.classBit("you")
        do {
            findings.evidence.removeSpans(of: .dismissive) { span in
                let sentence = document.sentences[tokens[span.first].sentence]
                let words = sentence.firstToken..<sentence.endToken
                // ("…, I'm afraid" softens the brush-off; it tells nothing of the speaker.)
                let softener = { (j: Int) in tokens[j].norm == "i" && j + 2 < tokens.count && tokens[j + 1].norm == "am" && tokens[j + 2].norm == "afraid" }
                return words.contains { tokens[$0].classes & selfBit != 0 && !softener($0) && !((span.first..<span.end).contains($0) && ["my", "our"].contains(tokens[$0].norm)) } &&
                    !words.contains { tokens[$0].classes & youBit != 0 }
            }
        }
        // "Whatever.", "So what?" brush off only as a sentence of their own: "Whatever you decide, I'll back you"
        // and "Whatever, you got through it" do not.
        findings.evidence.removeSpans(of: .dismissive) { span in
            ["whatever", "so", "if"].contains(tokens[span.first].norm) && span.end < tokens.count &&
                tokens[span.end].sentence == tokens[span.first].sentence
        }
        // "Sure you will!", "Of course you can!": said with an exclamation mark, it cheers the person on.
        findings.evidence.removeSpans(of: .sarcasm) { span in
            let sentence = document.sentences[tokens[span.first].sentence]
            return sentence.isExclamation && ["sure", "right"].contains(tokens[span.first].norm)
        }
        // "If you feel sorry for yourself…": self-pity talked about, not an apology.
        findings.evidence.removeSpans(of: .apology) { span in
            span.end + 1 < tokens.count && tokens[span.end - 1].norm == "sorry" && tokens[span.end].norm == "for" &&
                ["yourself", "myself", "himself", "herself", "themselves", "ourselves", "oneself"].contains(tokens[span.end + 1].norm)
        }
        // "Thanks to the internet, …": because of, not thank you.
        findings.evidence.removeSpans(of: .gratitude) { span in
            span.end == span.first + 1 && span.end < tokens.count && tokens[span.first].norm == "thanks" && tokens[span.end].norm == "to"
        }
        // "Your language is not acceptable", "Please stop shouting at me. That's not okay.": a judgement on the
        // customer's own conduct validates nothing ("that's not acceptable" about what happened to them does).
        findings.evidence.removeSpans(of: .validate) { span in
            guard (span.first..<span.end).contains(where: { ReplyAnalyzer.judgedWrong.contains(tokens[$0].norm) }) else { return false }
            let sentence = tokens[span.first].sentence
            let first = document.sentences[max(0, sentence - 1)].firstToken, end = document.sentences[sentence].endToken
            return (first..<end).contains { k in
                let word = tokens[k].norm
                // "shouting at me", "don't speak to me like that".
                if word == "me", k > first, tokens[k - 1].norm == "at" ||
                    tokens[k - 1].norm == "to" && k - 1 > first && ["speak", "talk", "spoke", "talking", "speaking"].contains(tokens[k - 2].norm) { return true }
                guard ReplyAnalyzer.conductWords.contains(where: { word.hasPrefix($0) }) else { return false }
                return (max(first, k - 3)..<k).contains { tokens[$0].classes & youBit != 0 }  // "you swore", "your tone", "you keep yelling"
            }
        }
        findings.evidence.removeOverlaps(of: .dismissive, with: .validate)
        // "I agree with my colleague", "I agree with the last post": siding with someone else, not telling the
        // customer their reaction is reasonable ("I agree with you", "I agree with that" still validate).
        findings.evidence.removeSpans(of: .validate) { span in
            guard let agree = (span.first..<span.end).first(where: { tokens[$0].norm == "agree" }), agree + 2 < tokens.count,
                  tokens[agree + 1].norm == "with", tokens[agree + 1].sentence == tokens[agree].sentence else { return false }
            let object = tokens[agree + 2]
            return object.classes & youBit == 0 && !["that", "this", "it", "what", "everything", "all", "both", "each", "every", "your"].contains(object.norm)
        }
        // "Things will improve": a hopeful forecast reassures; it does not inform.
        findings.evidence.removeOverlaps(of: .information, with: .reassurance)
        // "A lot of people feel this way": the feeling called common, to say they are not alone; not a fact.
        findings.evidence.removeOverlaps(of: .information, with: .validate)
        // "It's a good idea to keep the receipt", "a great way to save": an action recommended, not praise ("That's
        // such a thoughtful thing to do" praises the person who did it).
        findings.evidence.removeSpans(of: .reassurance) { span in
            span.end < tokens.count && tokens[span.end].norm == "to" && tokens[span.end].sentence == tokens[span.first].sentence &&
                ["idea", "way", "place", "thing", "step", "start", "move", "approach"].contains(tokens[span.end - 1].norm) &&
                !(span.first..<span.end).contains { ReplyAnalyzer.characterPraise.contains(tokens[$0].norm) }
        }
        // "You can do it!", "you can get through this": encouragement that the person is able, not advice.
        findings.evidence.removeOverlaps(of: .suggestion, with: .reassurance)
        // "Take care!", "Take care of yourself.", "Keep safe": a farewell, not advice (unlike "Take care to keep the
        // receipt"). "Glad I could help": the speaker's own ability, not advice.
        findings.evidence.removeSpans(of: .suggestion) { span in
            if span.first > 0, ["i", "we"].contains(tokens[span.first - 1].norm),
               ["would", "could", "might", "may", "can"].contains(tokens[span.first].norm) { return true }
            let sentence = document.sentences[tokens[span.first].sentence]
            let words = sentence.firstToken..<sentence.endToken
            guard span.first + 1 < words.upperBound else { return false }
            let verb = tokens[span.first].norm, object = tokens[span.first + 1].norm
            guard verb == "take" && object == "care" || (verb == "keep" || verb == "stay") && object == "safe" else { return false }
            // Emoticons and kisses after it ("Take care :)", "take care x") are part of the farewell.
            let rest = (span.first + 2..<words.upperBound).map { tokens[$0].norm }
                .filter { $0.utf8.first.map { $0 >= 97 && $0 <= 122 } == true && !["x", "xx", "xxx", "xo"].contains($0) }
            return rest.isEmpty || rest == ["of", "yourself"] || rest.first.map { ReplyAnalyzer.farewellFollowers.contains($0) } == true
        }
        // "I hope you can find a plan that suits you", "I wish you could stay": a wish for them, not advice.
        findings.evidence.removeSpans(of: .suggestion) { span in
            (max(0, span.first - 3)..<span.first).contains { tokens[$0].clause == tokens[span.first].clause && ["hope", "wish", "hoping"].contains(tokens[$0].norm) }
        }
        // "What have you tried so far?": asking what they did, not proposing it. "Give me a moment", "Tell me
        // more": an order about the speaker's own needs is a request, not advice.
        findings.evidence.removeSpans(of: .suggestion) { span in
            let word = tokens[span.first].norm
            if ["have", "did", "had"].contains(word), span.first > 0, tokens[span.first - 1].clause == tokens[span.first].clause,
               ReplyAnalyzer.openers.contains(tokens[span.first - 1].norm) { return true }
            // "Who else have you spoken to?": the same with "else".
            if ["have", "did", "had"].contains(word), span.first > 1, tokens[span.first - 1].norm == "else",
               ReplyAnalyzer.openers.contains(tokens[span.first - 2].norm) { return true }
            let sentence = document.sentences[tokens[span.first].sentence]
            return span.first == sentence.firstToken && span.first + 1 < sentence.endToken && tokens[span.first + 1].norm == "me" &&
                ReplyAnalyzer.imperativeOpeners.contains(word)
        }
        // "You can tell me what's bothering you", "you can talk to me": an offer to listen (or a request, "you can
        // email me the photo") has the agent as its object; it is not advice about the customer's situation.
        findings.evidence.removeSpans(of: .suggestion) { span in
            guard span.end < tokens.count, tokens[span.end].sentence == tokens[span.first].sentence else { return false }
            let next = tokens[span.end].norm
            return next == "me" || ["to", "with"].contains(next) && span.end + 1 < tokens.count && tokens[span.end + 1].norm == "me"
        }
        // "You sound like a strong person", "You've done everything right": praise addressed to "you" affirms;
        // it does not restate what the person said.
        findings.evidence.removeOverlaps(of: .paraphrase, with: .reassurance)
        findings.evidence.removeOverlaps(of: .paraphrase, with: .validate)
        // "It sounds like you're worried", "I can see you are upset": the opening of a restatement that goes on to
        // name a feeling is that feeling reflected; it is not a second technique of its own.
        let feelings = findings.evidence[.reflectFeeling]
        findings.evidence.removeSpans(of: .paraphrase) { span in
            feelings.contains { $0.first <= span.end && span.first < $0.end && span.end <= $0.end }
        }
        // "You need to call the bank", "I hope you…": advice or a wish addressed to the customer is not a
        // restatement of them, even when it opens like one ("you need…").
        findings.evidence.removeSpans(of: .paraphrase) { span in
            let sentence = document.sentences[tokens[span.first].sentence]
            return !sentence.isQuestion && givesAdviceOrOpinion(document, sentence.firstToken..<sentence.endToken)
        }
        // "If you feel anxious, …", "when you're stressed": a feeling supposed, not one read from the person.
        findings.evidence.removeSpans(of: .reflectFeeling) { span in
            span.first > 0 && tokens[span.first - 1].clause == tokens[span.first].clause &&
                ["if", "when", "whenever", "unless", "once"].contains(tokens[span.first - 1].norm)
        }
        // "I must be tired", "we must have been so worried": a feeling inferred about the speaker is their own, not
        // a reading of the customer ("the wait must have been frightening" still reads them). Nor is one read into
        // someone else in the story ("the engineer must be confused", "she must be worried").
        let relationBit = lexicon.classBit("relation")
        findings.evidence.removeSpans(of: .reflectFeeling) { span in
            guard tokens[span.first].norm == "must", span.first > 0, tokens[span.first - 1].clause == tokens[span.first].clause else { return false }
            let n = span.first - 1, subject = tokens[n]
            if subject.classes & selfBit != 0 || ReplyAnalyzer.otherPronouns.contains(subject.norm) { return true }
            guard subject.classes & relationBit != 0 || ReplyAnalyzer.otherPeople.contains(subject.norm) else { return false }
            // The person is the subject ("your son must be…"), not the end of a longer one ("waiting in for an
            // engineer must have been frightening").
            let start = n > 0 && ["the", "your", "his", "her", "their", "our", "my", "a", "an", "that", "this"].contains(tokens[n - 1].norm) ? n - 1 : n
            return start == 0 || tokens[start - 1].clause != tokens[start].clause || tokens[start - 1].sentence != tokens[start].sentence ||
                ["and", "so", "but", "because", "then", "think", "guess", "bet", "imagine"].contains(tokens[start - 1].norm)
        }
        // "What has made you feel anxious?", "Can you tell me what you're afraid of?": a feeling named inside a
        // question asks about it rather than reading it back; a reflection is a statement ("You sound anxious.",
        // or a statement with a check: "You're anxious about it, is that right?").
        let questions = findings.evidence[.openQuestion] + findings.evidence[.closedQuestion]
        findings.evidence.removeSpans(of: .reflectFeeling) { span in
            questions.contains { $0.first <= span.first && span.end <= $0.end }
        }
    }
}
