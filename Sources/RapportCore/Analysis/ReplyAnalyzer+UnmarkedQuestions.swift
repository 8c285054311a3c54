extension ReplyAnalyzer {
    /// Transcribed speech often drops the question mark: "how sure are you that…", "would you like to…".
    /// A sentence opening with a question word then an auxiliary and a pronoun, or with an auxiliary then
    /// a pronoun, is a question even without "?".
    func unmarkedQuestionForm(_ tokens: [Token], _ range: Range<Int>) -> QuestionForm? {
        // Each clause may carry the question: "Thinking about your friends, how would you describe them".
        var start = range.lowerBound
        while start < range.upperBound {
            var end = start
            while end < range.upperBound && tokens[end].clause == tokens[start].clause { end += 1 }
            // Only discourse markers before it ("Yeah, is that…", "So, do you…") still open the sentence.
            let opensSentence = (range.lowerBound..<start).allSatisfy { ReplyAnalyzer.discourseMarkers.contains(tokens[$0].norm) }
            if let form = unmarkedClauseForm(tokens, start..<end, sentenceStart: opensSentence) { return form }
            start = end
        }
        return nil
    }

    /// The question form of one clause of a sentence without a question mark (see `unmarkedQuestionForm`).
    /// Yes/no openings count only at the start of the sentence ("Do you…"), where they cannot be an inversion
    /// inside a statement.
    private func unmarkedClauseForm(_ tokens: [Token], _ range: Range<Int>, sentenceStart: Bool) -> QuestionForm? {
        var k = range.lowerBound
        while k < range.upperBound, ReplyAnalyzer.discourseMarkers.contains(tokens[k].norm), tokens[k].norm != "you" { k += 1 }
        guard k + 1 < range.upperBound else { return nil }
        let pronouns = ReplyAnalyzer.subjectPronouns
        let word = tokens[k].norm
        // "Can I ask what happened", typed without "?": as open as the question inside the frame.
        if sentenceStart, let inner = embeddedQuestionWord(tokens, at: k, in: range) {
            return asksForAFact(tokens, at: inner, in: inner..<range.upperBound) ? .closed : .open
        }
        // "Can I just say, you're handling this really well": a preface to a remark, not a question.
        if ["can", "could", "may"].contains(word), tokens[k + 1].norm == "i" {
            var v = k + 2
            if v < range.upperBound, tokens[v].norm == "just" { v += 1 }
            if v < range.upperBound, ["say", "add", "mention"].contains(tokens[v].norm) { return nil }
        }
        if sentenceStart, ReplyAnalyzer.yesNoOpeners.contains(word), tokens[k].start != tokens[k + 1].start,
           pronouns.contains(tokens[k + 1].norm) ||
            // "Are her friends kind to her", "Did your bank reply": a possessive subject; not "Do your best" or
            // "Have your card ready", which give an order.
            // ("Now is the best time" states: the auxiliary must open the clause itself.)
            // ("Were my only friends" drops its subject: "my" and "our" are not asked about.)
            ReplyAnalyzer.askedAboutPossessives.contains(tokens[k + 1].norm) && !ReplyAnalyzer.orderOpeners.contains(word) && k == range.lowerBound {
            return .closed
        }
        // "How many engineers came out", "how much is the fee": a question for a number.
        if sentenceStart, word == "how", ["many", "much"].contains(tokens[k + 1].norm),
           (k + 2..<min(range.upperBound, k + 5)).contains(where: { ReplyAnalyzer.auxiliaries.contains(tokens[$0].norm) && !["any", "anything", "anyone", "anybody"].contains(tokens[$0].norm) }) {
            return .closed
        }
        // "What's on your mind", "what is worrying you": a question about what is going on with them, unless a
        // later "is" makes it the subject of a statement ("What is worrying me is the cost").
        // ("See what's going on" is an order to look.)
        if sentenceStart, word == "what", ["is", "was"].contains(tokens[k + 1].norm), k + 2 < range.upperBound,
           !(range.lowerBound..<k).contains(where: { tokens[$0].norm == "see" }),
           ReplyAnalyzer.whatIsFollowers.contains(tokens[k + 2].norm) || tokens[k + 2].norm.hasSuffix("ing") && tokens[k + 2].norm.utf8.count > 5,
           !(k + 3..<range.upperBound).contains(where: { ["is", "was"].contains(tokens[$0].norm) }) {
            return .open
        }
        if ReplyAnalyzer.openers.contains(word) {
            var j = k + 1
            while j < min(range.upperBound - 1, k + 4) {
                // "What I found is that…", "When I have this thought, …": a subject before the verb makes the
                // wh-word open a clause of a statement, not an inverted question.
                if pronouns.contains(tokens[j].norm) { break }
                // "How did you…", and "how did the move go", "what was your first job" right after the wh-word.
                let subject = pronouns.contains(tokens[j + 1].norm) || ReplyAnalyzer.wholeSubjects.contains(tokens[j + 1].norm) ||
                    j == k + 1 && ReplyAnalyzer.determiners.contains(tokens[j + 1].norm)
                if ReplyAnalyzer.auxiliaries.contains(tokens[j].norm), subject,
                   tokens[j].start != tokens[j + 1].start { return asksForAFact(tokens, at: k, in: range) ? .closed : .open }
                j += 1
            }
            // "What seems to be the problem", "what happened", "who told you that": the wh-word is the subject of
            // the question, and no "is"/"was" later turns it into a statement ("What happened was awful").
            if sentenceStart, ["what", "who"].contains(word), ReplyAnalyzer.subjectQuestionVerbs.contains(tokens[k + 1].norm),
               !(k + 2..<range.upperBound).contains(where: { ["is", "was", "are", "were"].contains(tokens[$0].norm) && tokens[$0].clause == tokens[k].clause }) {
                return .open
            }
        }
        return nil
    }

    /// Possessives that make a subject asked about: "Did *your* bank reply", "Are *her* friends kind to her".
    static let askedAboutPossessives: Set<String> = ["the", "your", "his", "her", "their"]
    /// Auxiliaries that also open an order before a possessive: "Do your best", "Have your card ready".
    static let orderOpeners: Set<String> = ["do", "does", "have", "has"]
    /// Words after "what is" that ask what is going on: "what's *up*", "what's *on* your mind", "what's *wrong*".
    static let whatIsFollowers: Set<String> = ["up", "on", "wrong", "going", "the"]
    /// Subjects that cover the whole situation: "how is *everything* going".
    static let wholeSubjects: Set<String> = ["everything", "things", "everyone"]

    /// Auxiliaries that open an unmarked yes/no question: "Do you…", "Was there…".
    static let yesNoOpeners: Set<String> = ["do", "does", "did", "are", "were", "was", "have", "has", "can", "could", "would", "will", "should", "is"]

    /// Pronouns that can follow an auxiliary in an unmarked question ("do you…", "is it…").
    static let subjectPronouns: Set<String> = ["you", "i", "we", "they", "he", "she", "it", "that", "this", "there"]

    /// Verbs after a sentence-opening "what"/"who" that make it a question without "?": "what seems to be the
    /// problem", "what happened", "what brings you here", "who told you".
    static let subjectQuestionVerbs: Set<String> = ["seems", "happened", "brings", "brought", "made", "makes", "worries", "bothers", "upset", "upsets", "told", "said", "went"]
}
