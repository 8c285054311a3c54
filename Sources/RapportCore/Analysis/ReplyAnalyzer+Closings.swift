/// Readings found by ending calls as a new trainee would: the courtesies that close a call ("Glad I could help",
/// "I have to wrap up now", "You'll be in my thoughts", "Is there anything else that would be helpful?") look like
/// ownership, a story of one's own or advice, and are none of them.
extension ReplyAnalyzer {
    /// Words that may follow "Take care" and keep it a farewell: "Take care, bye", "take care now", "take care, speak soon".
    static let farewellFollowers: Set<String> = ["and", "now", "bye", "goodbye", "then", "cheers", "for", "see", "speak", "talk"]
    /// Verbs of leaving the call: "I have to *go* now", "I need to *wrap* up".
    static let leavingVerbs: Set<String> = ["go", "leave", "wrap", "end", "finish", "close", "hang", "sign", "log", "head", "run"]
    /// Words that may follow a leaving verb in the same clause and keep it about the call: "…wrap up the call here now".
    static let leavingFollowers: Set<String> = ["up", "off", "now", "soon", "shortly", "here", "the", "this", "our", "call",
                                                "chat", "conversation", "session", "today", "in", "a", "minute", "moment", "for"]
    /// Words before "that"/"which" that make what follows a relative clause: "anything else *that* would be helpful".
    static let relativeHeads: Set<String> = ["anything", "something", "everything", "nothing", "else", "thing", "things", "one", "ones"]
    /// Words of gladness before "I could help": "Glad I could help", "I hope we could help".
    static let gladWords: Set<String> = ["glad", "happy", "pleased", "delighted", "hope", "hoping", "great"]
    /// Nouns of a chance given: "I'm glad I had the *chance* to help".
    static let chanceWords: Set<String> = ["chance", "opportunity", "privilege", "pleasure"]

    /// Settles readings of a call's close, after ``settleSweepReadings(_:into:)``:
    /// - "Glad I could help": ability looked back on, not a commitment (ownership stays for "I could help you with that");
    /// - "I'm glad I had the chance to help", "I have to wrap up the call now", "I'm off shift now": the call and the
    ///   agent's working day, not a story of one's own;
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

    /// True when the span holds "I have/need/must/got to" and a verb of leaving the call that ends its clause with
    /// nothing but the call after it: "I have to wrap up the call now", "I need to go", not "I had to leave my job".
    /// "I'm off shift now", "I'm finishing my shift at six": the agent's working day, too.
    static func leavesTheCall(_ tokens: [Token], _ span: (first: Int, end: Int)) -> Bool {
        for k in span.first..<span.end where tokens[k].norm == "i" && k + 2 < span.end && tokens[k + 1].norm == "am" {
            if (k + 2..<min(span.end, k + 6)).contains(where: { ["shift", "duty"].contains(tokens[$0].norm) && tokens[$0].clause == tokens[k].clause }) { return true }
        }
        for k in span.first..<span.end where tokens[k].norm == "i" && k + 3 < span.end {
            guard ["have", "need", "must", "got"].contains(tokens[k + 1].norm) else { continue }
            let to = tokens[k + 2].norm == "to" ? k + 2 : (tokens[k + 2].norm == "got" && k + 3 < span.end && tokens[k + 3].norm == "to" ? k + 3 : -1)
            guard to > 0, to + 1 < span.end, ReplyAnalyzer.leavingVerbs.contains(tokens[to + 1].norm) else { continue }
            let clause = tokens[to + 1].clause
            var j = to + 2
            while j < span.end, tokens[j].clause == clause, ReplyAnalyzer.leavingFollowers.contains(tokens[j].norm) { j += 1 }
            if j == span.end || tokens[j].clause != clause { return true }
        }
        return false
    }

    /// What the agent can be waiting on for the case: "I'm waiting for *approval*", "…on my *supervisor*".
    static let caseWaits: Set<String> = ["approval", "authorisation", "authorization", "confirmation", "team", "reply", "response",
                                         "billing", "system", "manager", "supervisor", "engineer", "courier", "bank", "sign"]

    /// True when the span has the agent on the call or waiting on the case: "while I'm on this call", "while I'm
    /// waiting for approval" (not "I'm waiting for my test results", the speaker's own life).
    static func waitsOnTheCase(_ tokens: [Token], _ span: (first: Int, end: Int)) -> Bool {
        (span.first..<span.end).contains { k in
            guard tokens[k].norm == "i", k + 3 < span.end, tokens[k + 1].norm == "am" else { return false }
            var j = k + 2
            if tokens[j].norm == "still" { j += 1 }
            guard j + 2 < span.end else { return false }
            if tokens[j].norm == "on", ["the", "this"].contains(tokens[j + 1].norm), ["call", "line", "phone", "chat"].contains(tokens[j + 2].norm) { return true }
            guard tokens[j].norm == "waiting", ["for", "on"].contains(tokens[j + 1].norm) else { return false }
            return (j + 2..<min(span.end, j + 5)).contains { ReplyAnalyzer.caseWaits.contains(tokens[$0].norm) } &&
                !(j + 2..<min(span.end, j + 4)).contains { tokens[$0].norm == "my" && !(tokens.indices.contains($0 + 1) && ["manager", "supervisor", "team"].contains(tokens[$0 + 1].norm)) }
        }
    }

    /// Words of the agent's job: "I'm *new* here", "I'm in the *office* until 6", "I'm the team *leader*", "I've *had a
    /// look*". ("I've done this a hundred times" is left a story: from a peer it is shared experience; it reassures too.)
    static let roleWords: Set<String> = ["new", "office", "team", "leader", "manager", "supervisor", "department", "branch",
                                         "shift", "agent", "adviser", "advisor", "desk", "queue", "look"]

    /// True when the span tells of the agent's job rather than their life: "I'm new here", "I'm in the office until
    /// 6", "I'm the team leader for this area", "I've had a look" (not "I'm new to
    /// the area", "I'm a manager too": a role said with "a" is the speaker's own life, as peers tell it).
    static func describesTheRole(_ tokens: [Token], _ span: (first: Int, end: Int)) -> Bool {
        (span.first..<span.end).contains { k in
            guard tokens[k].norm == "i", k + 2 < span.end, ["am", "have"].contains(tokens[k + 1].norm) else { return false }
            let am = tokens[k + 1].norm == "am"
            let window = (k + 2..<min(span.end, k + 8)).prefix { tokens[$0].clause == tokens[k].clause }
            guard let hit = window.first(where: { roleWords.contains(tokens[$0].norm) }) else { return false }
            let next = hit + 1 < span.end ? tokens[hit + 1].norm : ""
            switch tokens[hit].norm {
            case "new":
                let after = (hit + 1..<min(span.end, hit + 4)).map { tokens[$0].norm }
                return am && hit <= k + 4 && (next == "here" || ["to", "in", "on"].contains(next) &&
                    after.contains { ["job", "role", "team", "department", "company", "line"].contains($0) })
            case "look": return !am && ["had", "taken"].contains(tokens[k + 2].norm)
            case "office", "department", "branch", "shift", "desk", "queue": return am && hit <= k + 5
            default: return am && hit <= k + 5 && (tokens[hit - 1].norm == "the" || hit >= 2 && tokens[hit - 2].norm == "the")
            }
        }
    }

    /// The case's papers an agent has in front of them: "I've got the *notes* here".
    static let caseRecords: Set<String> = ["notes", "details", "account", "record", "records", "file", "order", "history", "case",
                                           "reference", "ticket", "claim", "booking", "letter", "statement", "bill"]

    /// True when the span has the agent holding the case's record: "I've got the notes here", "I have your details in
    /// front of me", "I've been looking at your bill", "I'm reading through your account" (not "I've got two kids" or
    /// "I've been reading about anxiety", the speaker's own life).
    static func hasTheRecord(_ tokens: [Token], _ span: (first: Int, end: Int)) -> Bool {
        (span.first..<span.end).contains { k in
            if tokens[k].norm == "i", let verb = (k + 1..<min(span.end, k + 4)).first(where: { ["looking", "reading", "going"].contains(tokens[$0].norm) }) {
                var j = verb + 1
                while j < span.end, ["at", "through", "over", "back"].contains(tokens[j].norm) { j += 1 }
                if j + 1 < span.end, ["the", "your"].contains(tokens[j].norm), caseRecords.contains(tokens[j + 1].norm) { return true }
            }
            guard tokens[k].norm == "i", k + 3 < span.end, ["have", "got"].contains(tokens[k + 1].norm) else { return false }
            var j = k + 2
            if tokens[j].norm == "got" { j += 1 }
            if j < span.end, tokens[j].norm == "all" { j += 1 }
            guard j + 1 < span.end, ["the", "your"].contains(tokens[j].norm) else { return false }
            return caseRecords.contains(tokens[j + 1].norm)
        }
    }

    /// True when the span says the agent knows how to do something: "I know exactly how to fix it" (competence, not
    /// a story of one's own; "I know how it feels" is still one).
    static func knowsHowTo(_ tokens: [Token], _ span: (first: Int, end: Int)) -> Bool {
        (span.first..<span.end).contains { k in
            guard tokens[k].norm == "know", k > span.first, tokens[k - 1].norm == "i" else { return false }
            var j = k + 1
            while j < span.end, ["exactly", "just", "already"].contains(tokens[j].norm) { j += 1 }
            return j + 1 < span.end && ["how", "what"].contains(tokens[j].norm) && tokens[j + 1].norm == "to"
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
