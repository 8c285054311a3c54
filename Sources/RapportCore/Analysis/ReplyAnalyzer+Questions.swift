extension ReplyAnalyzer {
    /// Words that may open a clause before its real first word ("so what…", "and did you…").
    static let discourseMarkers: Set<String> = [
        "so", "and", "but", "ok", "okay", "well", "oh", "um", "uh", "hmm", "now", "then", "also", "alright",
        "right", "yes", "yeah", "no", "hi", "hello", "hey", "just", "or", "anyway", "ah", "wow", "sure", "great",
        "actually", "honestly", "see", "gotcha", "cool", "nice", "good", "thanks", "thank", "you", "mm", "mmm", "mhm",
        "huh", "uh",
    ]

    /// Question words that open an open question.
    static let openers: Set<String> = ["what", "how", "why", "where", "when", "which", "who", "whom", "whose", "whats", "whereabouts"]

    /// Verbs of wanting, liking, knowing or feeling: after "why don't you" they ask for reasons ("why don't you
    /// want it?") rather than propose an action ("why don't you call them?").
    static let stateVerbs: Set<String> = ["want", "like", "know", "think", "feel", "believe", "trust", "care", "have", "need", "love", "agree", "understand"]

    /// Steps a person could take, asked about after "have you" / "did you": "Have you spoken to your bank?".
    static let stepsAskedAbout: Set<String> = [
        "thought", "looked", "spoken", "talked", "asked", "offered", "reached", "checked", "contacted", "called", "told",
        "informed", "discussed", "explained", "expressed", "mentioned", "visited", "approached", "confided", "rung", "phoned",
        "emailed", "written",
    ]

    /// The same steps after "did you": "Did you tell the landlord?" (not "Did you reboot it?", which checks a fix).
    static let stepsAskedAfterDid: Set<String> = ["talk", "speak", "tell", "ask", "contact", "mention", "explain", "discuss", "approach", "confide"]

    /// Auxiliaries that open a yes/no question.
    static let auxiliaries: Set<String> = [
        "do", "does", "did", "is", "are", "was", "were", "have", "has", "had", "can", "could", "would", "will",
        "should", "may", "might", "shall", "am", "any", "anything", "anyone", "anybody",
    ]

    /// Finds question sentences and classifies them open (wh-words, "tell me more") or closed (yes/no, tag,
    /// or declarative questions), with the sentence as evidence. Suggestions dressed as questions ("why don't
    /// you try…", "have you tried…") count as suggestions, not questions.
    func detectQuestions(_ document: TextDocument, said: Set<UInt64>, into findings: inout Findings) {
        let tokens = document.tokens
        var quotes = QuoteTracker(document)
        var previousReflected = false
        for (index, sentence) in document.sentences.enumerated() {
            let range = sentence.firstToken..<sentence.endToken
            let reflectedBefore = previousReflected
            previousReflected = false
            if sentence.isQuestion, let reason = notAsking(document, sentence: index, findings: findings, quotes: &quotes, afterReflection: reflectedBefore) {
                // "He left without a word. Is that right?": a statement checked for understanding restates.
                if reason == "check", checksUnderstanding(document, findings, range) {
                    let previous = document.sentences[index - 1]
                    let said = previous.firstToken..<previous.endToken
                    if !previous.isQuestion, !givesAdviceOrOpinion(document, said), !overlapsAny(findings, [.suggestion, .apology, .gratitude], said) {
                        findings.evidence.add(.paraphrase, first: said.lowerBound, end: said.upperBound)
                    }
                }
                // "Sorry?" asks the customer to say it again: no apology is made.
                if reason == "repair" { findings.evidence.removeSpans(of: .apology) { range.contains($0.first) } }
                continue
            }
            let form: QuestionForm?
            var tagged = false
            if sentence.isQuestion {
                // A statement closed by a check ("…, is that right?") is read without its tag; "Oh, yeah?" has no
                // statement before its tag and asks as a whole.
                if let check = checkStart(document, findings, range), check > range.lowerBound,
                   (range.lowerBound..<check).contains(where: { !ReplyAnalyzer.discourseMarkers.contains(tokens[$0].norm) }) {
                    form = questionForm(tokens, range.lowerBound..<check)
                    tagged = true
                } else {
                    form = questionForm(tokens, range)
                }
            } else { form = unmarkedQuestionForm(tokens, range) }
            if var form {
                // A statement said as a question ("you're not sleeping?") that takes up the customer's own
                // words, or is framed as a reflection ("you feel like nobody listens?"), checks a reflection;
                // one that brings up something new asks for a fact.
                if form == .declarative || form == .reflection, sentence.isQuestion, let inner = innerQuestionForm(document, range, findings: findings) {
                    form = inner
                }
                if form == .declarative || form == .reflection, confirmsARecord(tokens, range) {
                    // "You ticked the box here that the boiler is under ten years old?": checking a form, not them.
                    form = .closed
                } else if form == .declarative {
                    let echoes = contentStems(document, in: range).contains { said.contains($0.stem) }
                    let reflects = echoes && !isFragment(tokens, range) || hasReflectionFrame(findings, in: range)
                    // A statement closed by a check tag that restates nothing ("The fee is waived, okay?") states;
                    // one checked for understanding ("…, is that right?") restates.
                    if !reflects && tagged && !checksUnderstanding(document, findings, range) { continue }
                    form = reflects || tagged ? .reflection : .closed
                    // "Maybe ring the bank first?", "Just remember it can wait?": advice said with a rising tone,
                    // opening the sentence, proposes rather than asks.
                    if !reflects && !tagged && opensWithAdvice(document, findings, range) { form = .proposal }
                }
                // "So what I'm hearing is…?" opens with "what" but restates.
                if form == .open || form == .closed, sentence.isQuestion, opensWithReflectionFrame(document, findings, range) { form = .reflection }
                if form == .proposal {
                    // "Have you tried…?", "Would you consider…?": an action proposed as a question is advice.
                    findings.evidence.add(.suggestion, first: range.lowerBound, end: range.upperBound)
                    findings.proposalQuestions.append((range.lowerBound, range.upperBound))
                } else if form == .suggestion {
                    // "Have you tried…?", "Why not…?": advice put as a question is both.
                    findings.evidence.add(.suggestion, first: range.lowerBound, end: range.upperBound)
                    let opensWithWh = ReplyAnalyzer.openers.contains(tokens[range.lowerBound].norm)
                    findings.evidence.add(opensWithWh ? .openQuestion : .closedQuestion, first: range.lowerBound, end: range.upperBound)
                }
                else if form == .reflection {
                    findings.evidence.add(.paraphrase, first: range.lowerBound, end: range.upperBound)
                    previousReflected = true
                }
                else {
                    // "Anything else on your mind?", "Did it cut out, or?": a yes/no form that leaves the answer open.
                    let open = form == .open || form == .closed && invitesAnythingMore(tokens, in: range)
                    findings.evidence.add(open ? .openQuestion : .closedQuestion, first: range.lowerBound, end: range.upperBound)
                    // "Could you tell me when it arrived?" asks one fact: the "could you tell me" invitation the
                    // lexicon found is not an open question here.
                    if !open, range.contains(where: { embeddedQuestionWord(tokens, at: $0, in: range) != nil }) {
                        findings.evidence.removeSpans(of: .openQuestion) { range.contains($0.first) }
                    }
                }
            }
        }
    }

    /// True when the sentence in `range` ends with a check of understanding ("is that right?", "did I get that
    /// right?", "correct?") rather than of agreement ("okay?", "makes sense?").
    func checksUnderstanding(_ document: TextDocument, _ findings: Findings, _ range: Range<Int>) -> Bool {
        guard let start = checkStart(document, findings, range) else { return false }
        return (start..<range.upperBound).contains { ReplyAnalyzer.understandingChecks.contains(document.tokens[$0].norm) }
    }

    /// Words that make a closing check one of understanding: "is that *right*?", "am I *understanding* you?".
    static let understandingChecks: Set<String> = [
        "right", "correct", "correctly", "accurate", "understand", "understood", "understanding", "hear", "heard", "hearing",
        "saying", "meant", "summary", "conclusion",
    ]

    /// True when token `k` is a false start repeated by the next word ("wh-what", "and-and", "I-I").
    static func isStutter(_ tokens: [Token], _ k: Int, _ range: Range<Int>) -> Bool {
        guard k + 1 < range.upperBound, tokens[k].clause == tokens[k + 1].clause else { return false }
        let word = tokens[k].norm, next = tokens[k + 1].norm
        return word.utf8.count < next.utf8.count + 1 && next.hasPrefix(word) && tokens[k].end + 1 >= tokens[k + 1].start
    }

    /// Words that open a noun phrase as the subject of an unmarked question: "how did the move go".
    static let determiners: Set<String> = ["the", "your", "his", "her", "their", "my", "our"]

    enum QuestionForm { case open, closed, suggestion, proposal, reflection, declarative }

    /// The form of the question in `range`: decided by the first word of its last clause that is not a
    /// discourse marker, falling back to earlier clauses.
    func questionForm(_ tokens: [Token], _ range: Range<Int>) -> QuestionForm? {
        var clauseStarts: [Int] = []
        var previousClause = -1
        for k in range where tokens[k].clause != previousClause {
            clauseStarts.append(k)
            previousClause = tokens[k].clause
        }
        // "So you'd rather wait?", "Yeah, so they matter to you?": a restatement led by "so", with no
        // question word or auxiliary opening any clause, checks a reflection rather than asks.
        var first = range.lowerBound, ledBySo = false
        while first < range.upperBound, ReplyAnalyzer.discourseMarkers.contains(tokens[first].norm), tokens[first].norm != "you" {
            if tokens[first].norm == "so" { ledBySo = true }
            first += 1
        }
        if ledBySo, first < range.upperBound,
           ["you", "your", "it", "that", "there", "this", "they", "he", "she", "some", "part", "something", "someone", "somebody", "nothing", "nobody", "everything", "everyone", "things", "people"].contains(tokens[first].norm),
           !ReplyAnalyzer.openers.contains(tokens[range.upperBound - 1].norm) {
            let asks = clauseStarts.dropFirst().contains { start in
                var k = start
                while k < range.upperBound - 1, tokens[k].clause == tokens[start].clause,
                      ReplyAnalyzer.discourseMarkers.contains(tokens[k].norm), tokens[k].norm != "you" { k += 1 }
                return ReplyAnalyzer.openers.contains(tokens[k].norm) || ReplyAnalyzer.auxiliaries.contains(tokens[k].norm)
            }
            if !asks && !(tokens[first].norm == "what" && first + 1 < range.upperBound && ReplyAnalyzer.auxiliaries.contains(tokens[first + 1].norm)) {
                return .reflection
            }
        }
        // "Acting out would be what?": a question word at the end asks openly.
        if ReplyAnalyzer.openers.contains(tokens[range.upperBound - 1].norm) {
            return asksForAFact(tokens, at: range.upperBound - 1, in: range) ? .closed : .open
        }
        var sawClosed = false, sawAuxiliary = false
        for start in clauseStarts.reversed() {
            var k = start
            while k < range.upperBound, tokens[k].clause == tokens[start].clause,
                  ReplyAnalyzer.discourseMarkers.contains(tokens[k].norm) && !(tokens[k].norm == "you" && k + 1 < range.upperBound && tokens[k + 1].norm != "know")
                    || ReplyAnalyzer.isStutter(tokens, k, range) {
                k += 1
            }
            guard k < range.upperBound, tokens[k].clause == tokens[start].clause else { continue }
            let word = tokens[k].norm
            let next = k + 1 < range.upperBound ? tokens[k + 1].norm : ""
            let after = k + 2 < range.upperBound ? tokens[k + 2].norm : ""
            if word == "why" && next == "do" && after == "not" {
                // "Why don't you want to switch?", "why don't you like it?": asks for reasons, proposes nothing.
                let verb = k + 4 < range.upperBound ? tokens[k + 4].norm : ""
                if !ReplyAnalyzer.stateVerbs.contains(verb) { return .suggestion }
                return .open
            }
            if word == "why" && next == "not" { return .suggestion }
            if (word == "how" || word == "what") && next == "about" && after.hasSuffix("ing") { return .suggestion }
            if ["have", "did", "would", "could", "will"].contains(word) && next == "you" {
                // "Have you (ever) tried…", "Would you consider…": proposing an action, not asking for facts.
                var v = k + 2
                while v < range.upperBound - 1, ["ever", "already", "maybe", "perhaps", "also", "possibly"].contains(tokens[v].norm) { v += 1 }
                let verb = v < range.upperBound ? tokens[v].norm : ""
                let particle = v + 1 < range.upperBound ? tokens[v + 1].norm : ""
                if ["tried", "try", "considered", "consider"].contains(verb) || verb == "thought" && ["about", "of"].contains(particle) ||
                    verb == "reached" && particle == "out" || verb == "looked" && particle == "into" {
                    return .proposal
                }
                // "Have you spoken to your bank?", "Did you tell the landlord?", "Have you had a word with them?": a step
                // they could take, asked about: advice and a question at once.
                if ReplyAnalyzer.stepsAskedAbout.contains(verb) || word == "did" && ReplyAnalyzer.stepsAskedAfterDid.contains(verb) || verb == "had" && ["a", "the"].contains(particle) && v + 2 < range.upperBound &&
                    ["talk", "chat", "word", "conversation", "look"].contains(tokens[v + 2].norm) {
                    return .suggestion
                }
            }
            if (word == "is" || word == "are") && next == "there" && ["any", "anyone", "anybody", "someone", "somebody", "a"].contains(after),
               // "Is there anyone you could talk to?", not "Is there anything I can help you with?".
               (k..<range.upperBound).contains(where: { tokens[$0].norm == "you" }),
               (k + 1..<range.upperBound).contains(where: { ["can", "could"].contains(tokens[$0].norm) && !["i", "we"].contains(tokens[$0 - 1].norm) }) {
                return .suggestion
            }
            if ReplyAnalyzer.openers.contains(word) {
                // "what if…" and "how about…" still invite an answer; "what a…" is an exclamation.
                if word == "what" && next == "a" { continue }
                return asksForAFact(tokens, at: k, in: range) ? .closed : .open
            }
            if (word == "tell" || word == "describe" || word == "explain") { return .open }
            // "Can I ask what made you leave?", "Could you tell me when it arrived?": a question put through a
            // polite frame is as open as the question inside it.
            if let inner = embeddedQuestionWord(tokens, at: k, in: range) {
                return asksForAFact(tokens, at: inner, in: inner..<range.upperBound) ? .closed : .open
            }
            if (word == "can" || word == "could" || word == "would") && next == "you" &&
                ["tell", "describe", "explain", "share", "say", "walk", "talk", "help"].contains(after) {
                return .open
            }
            // "Would you mind telling me…?": a request to tell it.
            if (word == "would" || word == "do") && next == "you" && after == "mind" && k + 3 < range.upperBound &&
                ["telling", "explaining", "describing", "sharing", "saying"].contains(tokens[k + 3].norm) {
                return .open
            }
            if ReplyAnalyzer.auxiliaries.contains(word) { sawClosed = true; sawAuxiliary = true; break }
            // A statement said with a rising tone that restates the person ("so you'd rather wait?",
            // "sounds like it matters to you?") is a reflection checking itself, not a request for facts.
            if start == clauseStarts[0] && (word == "sounds" || word == "it" && next == "sounds" || word == "seems") {
                return .reflection
            }
            // Tag questions and declarative questions: "…, right?", "you called yesterday?"
            sawClosed = true
        }
        if !sawAuxiliary && clauseStarts.count > 0 { return .declarative }
        return sawClosed || clauseStarts.count > 0 ? .closed : nil
    }
}
