extension ReplyAnalyzer {
    /// Words that may open a clause before its real first word ("so what…", "and did you…").
    static let discourseMarkers: Set<String> = [
        "so", "and", "but", "ok", "okay", "well", "oh", "um", "uh", "hmm", "now", "then", "also", "alright",
        "right", "yes", "yeah", "no", "hi", "hello", "hey", "just", "or", "anyway", "ah", "wow", "sure", "great",
        "actually", "honestly", "see", "gotcha", "cool", "nice", "good", "thanks", "thank", "you",
    ]

    /// Question words that open an open question.
    static let openers: Set<String> = ["what", "how", "why", "where", "when", "which", "who", "whom", "whose", "whats"]

    /// Auxiliaries that open a yes/no question.
    static let auxiliaries: Set<String> = [
        "do", "does", "did", "is", "are", "was", "were", "have", "has", "had", "can", "could", "would", "will",
        "should", "may", "might", "shall", "am", "any", "anything", "anyone", "anybody",
    ]

    /// Finds question sentences and classifies them open (wh-words, "tell me more") or closed (yes/no, tag,
    /// or declarative questions), with the sentence as evidence. Suggestions dressed as questions ("why don't
    /// you try…", "have you tried…") count as suggestions, not questions.
    func detectQuestions(_ document: TextDocument, into findings: inout Findings) {
        let tokens = document.tokens
        for sentence in document.sentences where sentence.isQuestion {
            let range = sentence.firstToken..<sentence.endToken
            if let form = questionForm(tokens, range) {
                if form == .suggestion { findings.evidence.add(.suggestion, first: range.lowerBound, end: range.upperBound) }
                else {
                    findings.evidence.add(form == .open ? .openQuestion : .closedQuestion,
                                          first: range.lowerBound, end: range.upperBound)
                }
            }
        }
    }

    enum QuestionForm { case open, closed, suggestion }

    /// The form of the question in `range`: decided by the first word of its last clause that is not a
    /// discourse marker, falling back to earlier clauses.
    func questionForm(_ tokens: [Token], _ range: Range<Int>) -> QuestionForm? {
        var clauseStarts: [Int] = []
        var previousClause = -1
        for k in range where tokens[k].clause != previousClause {
            clauseStarts.append(k)
            previousClause = tokens[k].clause
        }
        var sawClosed = false
        for start in clauseStarts.reversed() {
            var k = start
            while k < range.upperBound, tokens[k].clause == tokens[start].clause,
                  ReplyAnalyzer.discourseMarkers.contains(tokens[k].norm),
                  !(tokens[k].norm == "you" && k + 1 < range.upperBound && tokens[k + 1].norm != "know") {
                k += 1
            }
            guard k < range.upperBound, tokens[k].clause == tokens[start].clause else { continue }
            let word = tokens[k].norm
            let next = k + 1 < range.upperBound ? tokens[k + 1].norm : ""
            let after = k + 2 < range.upperBound ? tokens[k + 2].norm : ""
            if word == "why" && next == "do" && after == "not" { return .suggestion }
            if word == "why" && next == "not" { return .suggestion }
            if word == "how" && next == "about" { return .suggestion }
            if word == "what" && next == "about" && after.hasSuffix("ing") { return .suggestion }
            if (word == "have" || word == "did") && next == "you" && ["tried", "try", "considered", "consider", "thought"].contains(after) {
                return .suggestion
            }
            if ReplyAnalyzer.openers.contains(word) {
                // "what if…" and "how about…" still invite an answer; "what a…" is an exclamation.
                if word == "what" && next == "a" { continue }
                return .open
            }
            if (word == "tell" || word == "describe" || word == "explain") { return .open }
            if (word == "can" || word == "could" || word == "would") && next == "you" &&
                ["tell", "describe", "explain", "share", "say", "walk", "talk", "help"].contains(after) {
                return .open
            }
            if ReplyAnalyzer.auxiliaries.contains(word) { sawClosed = true; break }
            // Tag questions and declarative questions: "…, right?", "you called yesterday?"
            sawClosed = true
        }
        return sawClosed ? .closed : nil
    }
}
