/// Readings found by ending calls as a new trainee would: the courtesies that close a call ("Glad I could help",
/// "I have to wrap up now", "You'll be in my thoughts", "Is there anything else that would be helpful?") look like
/// ownership, a story of one's own or advice, and are none of them.
extension ReplyAnalyzer {
    /// Words that may follow "Take care" and keep it a farewell: "Take care, bye", "take care now", "take care, speak soon".
    static let farewellFollowers: Set<String> = ["and", "now", "bye", "goodbye", "then", "cheers", "for", "see", "speak", "talk"]
    /// Words before "that"/"which" that make what follows a relative clause: "anything else *that* would be helpful".
    static let relativeHeads: Set<String> = ["anything", "something", "everything", "nothing", "else", "thing", "things", "one", "ones"]
    /// Words of gladness before "I could help": "Glad I could help", "I hope we could help".
    static let gladWords: Set<String> = ["glad", "happy", "pleased", "delighted", "hope", "hoping", "great"]
    /// Nouns of a chance given: "I'm glad I had the *chance* to help".
    static let chanceWords: Set<String> = ["chance", "opportunity", "privilege", "pleasure"]

    /// Settles readings of a call's close, after ``settleSweepReadings(_:into:)``:
    /// - "Glad I could help": ability looked back on, not a commitment (ownership stays for "I could help you with that");
    /// - "I'm glad I had the chance to help", "I have to wrap up the call now", "I'm off shift now", "I'm waiting for
    ///   approval", "I'm new here", "I've got the notes here": the call and the agent's working day, not a story of one's
    ///   own (see `ReplyAnalyzer+AgentWork.swift`), and no shared experience either;
    /// - "You'll be in my thoughts": warmth, not the speaker's life;
    /// - "We get a lot of these calls, so I know how to fix it": the routine made help, not a brush-off (and a brush-off
    ///   such as "we hear this every day" tells no story of the speaker's own); "I know exactly how to fix it" is
    ///   competence, not a story;
    /// - "That's kind of you to say": thanks for a compliment, not praise of the customer;
    /// - "Let me see what's available": what the agent will look for, not information;
    /// - "Is there anything else that would be helpful to go through?": a relative clause, not advice;
    /// - "Maybe the courier left it with a neighbour": a guess at what happened, not advice ("Maybe a restart would help").
    func settleClosings(_ document: TextDocument, into findings: inout Findings) {
        let tokens = document.tokens
        findings.evidence.removeSpans(of: .ownership) { span in
            guard span.end - span.first >= 3, tokens[span.first + 1].norm == "could", tokens[span.end - 1].norm == "help" else { return false }
            return (max(0, span.first - 3)..<span.first).contains { tokens[$0].sentence == tokens[span.first].sentence && ReplyAnalyzer.gladWords.contains(tokens[$0].norm) }
        }
        // "We get a lot of these calls, so I know exactly how to fix it": the routine turned into help.
        let helping: [Technique] = [.ownership, .nextStep, .reassurance, .information, .suggestion]
        let routineTurnedToHelp = findings.evidence[.dismissive].filter { span in
            let opener = (span.first..<min(span.end, span.first + 2)).contains { tokens[$0].norm == "we" }
            let sentenceEnd = document.sentences[tokens[span.first].sentence].endToken
            return opener && span.end < sentenceEnd && findings.evidence.covers(helping, in: span.end..<sentenceEnd)
        }.map(\.first)
        findings.evidence.removeSpans(of: .dismissive) { routineTurnedToHelp.contains($0.first) }
        let brushedOff = findings.evidence[.dismissive]
        // "That's kind of you to say": thanks for a compliment, not praise of the customer.
        findings.evidence.removeSpans(of: .reassurance) { span in
            span.end - span.first >= 2 && span.end + 1 < tokens.count && tokens[span.end - 1].norm == "you" && tokens[span.end - 2].norm == "of" &&
                tokens[span.end].norm == "to" && ["say", "mention"].contains(tokens[span.end + 1].norm)
        }
        // "Let me see what's available", "whatever is open": what the agent will look for, not a fact given.
        findings.evidence.removeSpans(of: .information) { span in
            span.first > 0 && ["is", "are"].contains(tokens[span.first].norm) && tokens[span.first - 1].clause == tokens[span.first].clause &&
                ["what", "whatever", "whichever", "anything", "something"].contains(tokens[span.first - 1].norm)
        }
        findings.evidence.removeSpans(of: .selfDisclosure) { span in
            // "I'd be annoyed too if that happened to me": the condition of an imagined reaction, not a story.
            span.first > 0 && tokens[span.first - 1].norm == "if" &&
                suppositionBefore(tokens, document.sentences[tokens[span.first].sentence].endToken, from: document.sentences[tokens[span.first].sentence].firstToken) ||
            brushedOff.contains { $0.first < span.end && span.first < $0.end } || Self.leavesTheCall(tokens, span) ||
                Self.knowsHowTo(tokens, span) || Self.waitsOnTheCase(tokens, span) || Self.hasTheRecord(tokens, span) || Self.describesTheRole(tokens, span) || Self.hadTheChance(tokens, span) ||
                Self.holdsInThoughts(tokens, span)
        }
        // "I've had a look and the parcel is at the depot": the lexicon's "I've had a…" reads a shared experience; in
        // the agent's work it is none.
        if let cue = findings.mechanisms[.interpretations] {
            let reach = (cue.first, document.sentences[tokens[cue.first].sentence].endToken)
            if Self.describesTheRole(tokens, reach) || Self.hasTheRecord(tokens, reach) || Self.waitsOnTheCase(tokens, reach) ||
                Self.leavesTheCall(tokens, reach) || Self.knowsHowTo(tokens, reach) {
                findings.mechanisms[.interpretations] = nil
            }
        }
        findings.evidence.removeSpans(of: .suggestion) { span in
            if ["that", "which"].contains(tokens[span.first].norm), span.first > 0,
               tokens[span.first - 1].clause == tokens[span.first].clause, ReplyAnalyzer.relativeHeads.contains(tokens[span.first - 1].norm) {
                return true
            }
            return Self.guessesWhatHappened(tokens, span)
        }
    }

    /// True when the span is "I had the chance (or opportunity) to help/talk", or starts it: "I'm glad I had the chance
    /// to help" (the lexicon's "I had the…" stops before "chance").
    static func hadTheChance(_ tokens: [Token], _ span: (first: Int, end: Int)) -> Bool {
        let clause = tokens[span.end - 1].clause
        let end = min(tokens.count, span.end + 3)
        return (span.first..<end).contains { k in
            tokens[k].clause == clause && ReplyAnalyzer.chanceWords.contains(tokens[k].norm) && k + 2 < tokens.count && tokens[k + 1].norm == "to" &&
                (ReplyAnalyzer.helpWords.contains(tokens[k + 2].norm) || ReplyAnalyzer.attentionVerbs.contains(tokens[k + 2].norm) ||
                 ReplyAnalyzer.conversationWords.contains(tokens[k + 2].norm))
        }
    }

    /// True when the span's only first-person word is the "my" of "in my thoughts/prayers": "You'll be in my thoughts".
    static func holdsInThoughts(_ tokens: [Token], _ span: (first: Int, end: Int)) -> Bool {
        let own = (span.first..<span.end).filter { ["i", "me", "my", "myself", "mine"].contains(tokens[$0].norm) }
        guard own.count == 1, let my = own.first, tokens[my].norm == "my", my > 0, my + 1 < tokens.count else { return false }
        return tokens[my - 1].norm == "in" && ["thoughts", "prayers"].contains(tokens[my + 1].norm)
    }

    /// True when "maybe/perhaps" and a noun phrase go on to a past-tense verb in the same clause: a guess at what
    /// happened ("Maybe the courier left it next door", "Perhaps your payment went through twice"), not advice.
    static func guessesWhatHappened(_ tokens: [Token], _ span: (first: Int, end: Int)) -> Bool {
        guard ["maybe", "perhaps"].contains(tokens[span.first].norm), span.first + 1 < tokens.count,
              ["the", "your", "a", "some"].contains(tokens[span.first + 1].norm) else { return false }
        let clause = tokens[span.first].clause
        for k in span.first + 2..<min(tokens.count, span.first + 7) where tokens[k].clause == clause {
            if ["would", "could", "should", "might", "can", "will", "is", "are", "be"].contains(tokens[k].norm) { return false }
            if ReplyAnalyzer.isPastTense(tokens[k].norm) { return true }
        }
        return false
    }
}
