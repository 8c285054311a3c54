extension ReplyAnalyzer {
    /// Words after an inverted "I" that turn a question about the speaker into a polite way of asking about the
    /// customer: "Can I ask what happened?", "May I check how long you waited?".
    static let askingFrames: Set<String> = ["ask", "check", "confirm", "wonder"]

    /// Words that may stand between a question word and its auxiliary: "what else can I…", "why on earth would I…".
    static let questionFillers: Set<String> = ["else", "on", "earth", "the", "hell", "heck", "much", "many", "long", "often", "exactly"]

    /// True when the question in `range` is about the speaker rather than the customer: the first clause that
    /// asks has "I" as its subject after an auxiliary ("How can I fix that?", "Am I wrong?", "Should I send a
    /// new one?", "Why would I mind?") and nobody addressed as "you" appears in it. Such a question muses aloud or
    /// offers the speaker's own action; it does not ask the customer about their feelings or experience.
    /// "Can I ask how the call went?" still asks about them.
    func asksAboutSpeaker(_ document: TextDocument, _ range: Range<Int>) -> Bool {
        let tokens = document.tokens
        let youBit = lexicon.classBit("you")
        if range.contains(where: { tokens[$0].classes & youBit != 0 }) { return false }
        var k = range.lowerBound
        while k < range.upperBound {
            let clause = tokens[k].clause
            var first = k
            while first < range.upperBound - 1, tokens[first].clause == clause, ReplyAnalyzer.discourseMarkers.contains(tokens[first].norm) { first += 1 }
            var verb = first
            while verb < range.upperBound - 1, tokens[verb].clause == clause,
                  ReplyAnalyzer.openers.contains(tokens[verb].norm) || ReplyAnalyzer.questionFillers.contains(tokens[verb].norm) { verb += 1 }
            if tokens[verb].clause == clause, ReplyAnalyzer.auxiliaries.contains(tokens[verb].norm) || verb > first {
                // The first clause that asks decides.
                guard verb + 1 < range.upperBound, tokens[verb + 1].norm == "i", tokens[verb].start != tokens[verb + 1].start else { return false }
                let next = verb + 2 < range.upperBound ? tokens[verb + 2].norm : ""
                return !ReplyAnalyzer.askingFrames.contains(next)
            }
            while k < range.upperBound, tokens[k].clause == clause { k += 1 }
        }
        return false
    }

    /// Words that open a decided answer: "Is it your fault? No.", "Will it get sorted? Yes, by Friday." ("Yeah" and
    /// "yep" are left out: in talk they often acknowledge the other person's answer rather than give one.)
    static let answerWords: Set<String> = ["yes", "no", "nope", "nah", "absolutely", "definitely", "certainly"]
    /// Words after "no" that make it a courtesy rather than an answer: "Did my email reach you? No worries if not."
    static let courtesyAfterNo: Set<String> = ["worries", "worry", "problem", "problems", "rush", "hurry", "pressure", "need", "stress", "matter", "obligation"]

    /// True when the question sentence at `index` is answered by the speaker in the very next sentence, a statement
    /// that opens with "yes" or "no": "Is it your fault? No. The courier lost it." Asking and answering at once is
    /// a rhetorical device; it puts a point, it does not ask the customer anything. ("Did it arrive? No?" still
    /// asks, and "No worries if not" is a courtesy, not an answer.)
    func answeredAtOnce(_ document: TextDocument, sentence index: Int) -> Bool {
        guard index + 1 < document.sentences.count else { return false }
        let next = document.sentences[index + 1]
        guard !next.isQuestion, next.tokenCount > 0 else { return false }
        let tokens = document.tokens
        let word = tokens[next.firstToken].norm
        guard ReplyAnalyzer.answerWords.contains(word) else { return false }
        if word == "no", next.tokenCount > 1, ReplyAnalyzer.courtesyAfterNo.contains(tokens[next.firstToken + 1].norm) { return false }
        return true
    }

    /// The part of a sentence that states rather than asks: the whole of a statement; of a question, the clauses
    /// before the one that asks ("I had the same fault with my boiler last winter, so did the engineer come out?",
    /// "I still check the tracking page every single hour, you know?"), or nil when the sentence asks from its start
    /// or the clauses before the question are only a short lead-in.
    func statementPart(_ document: TextDocument, _ sentence: Sentence, findings: Findings) -> Range<Int>? {
        let range = sentence.firstToken..<sentence.endToken
        // A question typed without "?" ("Can I ask what happened") is read whole as a question, as with "?" from
        // its first word.
        guard sentence.isQuestion else {
            return findings.evidence.covers([.openQuestion, .closedQuestion], in: range.lowerBound..<(range.lowerBound + 1)) ? nil : range
        }
        let tokens = document.tokens
        var end = checkStart(document, findings, range) ?? range.upperBound
        guard end >= range.lowerBound + 2 else { return nil }
        for k in range.lowerBound + 1..<end {
            let previous = tokens[k - 1]
            guard previous.clause != tokens[k].clause || ReplyAnalyzer.questionJoiners.contains(previous.norm) else { continue }
            var j = k
            while j < end - 1, ReplyAnalyzer.discourseMarkers.contains(tokens[j].norm), tokens[j].norm != "you" { j += 1 }
            let word = tokens[j].norm
            if ReplyAnalyzer.openers.contains(word) || ReplyAnalyzer.auxiliaries.contains(word) && j + 1 < end &&
                (ReplyAnalyzer.invertedSubjects.contains(tokens[j + 1].norm) || ReplyAnalyzer.determiners.contains(tokens[j + 1].norm)) &&
                tokens[j].start != tokens[j + 1].start {
                end = k
                break
            }
        }
        // A question from its first word ("Did you…?", "You have nobody?") states nothing.
        guard end < range.upperBound else { return nil }
        var first = range.lowerBound
        while first < end, ReplyAnalyzer.discourseMarkers.contains(tokens[first].norm), tokens[first].norm != "you" { first += 1 }
        if first < end, ReplyAnalyzer.openers.contains(tokens[first].norm) || ReplyAnalyzer.auxiliaries.contains(tokens[first].norm) { return nil }
        // A short lead-in ("I was wondering, …", "I'm good, but…", "Correct me if I'm wrong, …") frames the
        // question; a story takes more words.
        return end - range.lowerBound >= ReplyAnalyzer.storyBeforeQuestion ? range.lowerBound..<end : nil
    }

    /// Fewest words before a question, in the same sentence, that can tell a story rather than lead in to it.
    static let storyBeforeQuestion = 7

    /// True when the feeling reflected at `span` is the object of "sorry" in its clause: "I'm sorry you're feeling
    /// low", "so sorry to hear you're going through this", "sorry that you feel let down".
    func isSympathyObject(_ document: TextDocument, _ span: (first: Int, end: Int)) -> Bool {
        let tokens = document.tokens
        var k = span.first - 1
        while k >= 0, span.first - k <= 5, tokens[k].clause == tokens[span.first].clause {
            if tokens[k].norm == "sorry" { return true }
            guard ["that", "to", "hear", "read", "see", "know", "learn"].contains(tokens[k].norm) else { return false }
            k -= 1
        }
        return false
    }

    /// Words that ask about a feeling or a wish of the person's own.
    static let innerStateWords: Set<String> = ["feel", "feels", "feeling", "felt", "want", "wants", "wanted"]

    /// True when the question in `range` asks why the person feels or wants something: "Why do you feel like
    /// that?", "Why do you want to close the account?", "Do you know why you're so worried?". Asking for the reasons
    /// behind their own state is specific, even in common words; "How do you feel?" alone stays a generic check-in.
    func asksWhyTheyFeel(_ document: TextDocument, _ range: Range<Int>) -> Bool {
        let tokens = document.tokens
        let youBit = lexicon.classBit("you"), feelingBit = lexicon.classBit("feeling")
        guard range.contains(where: { tokens[$0].norm == "why" }), range.contains(where: { tokens[$0].classes & youBit != 0 }) else { return false }
        return range.contains { ReplyAnalyzer.innerStateWords.contains(tokens[$0].norm) || tokens[$0].classes & feelingBit != 0 }
    }
}
