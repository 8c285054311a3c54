/// The word sets and helper readings the mechanism rules use: what judges an event wrong, what is the customer's
/// conduct, who else is in their story, and when a story of one's own is told like theirs.
extension ReplyAnalyzer {
    /// Words of a validation that judge what happened wrong: "that's not *acceptable*", "it shouldn't have happened".
    static let judgedWrong: Set<String> = ["acceptable", "unacceptable", "ok", "okay", "fair", "should", "ought"]
    /// Beginnings of words for a customer's own conduct: "you *swore*", "your *language*", "you keep *shouting*".
    static let conductWords: [String] = ["swear", "swore", "sworn", "shout", "yell", "scream", "abus", "threat", "insulting", "rude",
                                         "language", "tone", "behav", "attitude", "manner", "comment"]

    /// Subjects other than the customer whose feelings a reply may guess at: "she must be worried" (and "we", the
    /// speaker's side)…
    static let otherPronouns: Set<String> = ["we", "us", "he", "she", "they"]
    /// …and people in the story other than the customer (and the `relation` class): "the engineer must be confused".
    static let otherPeople: Set<String> = ["engineer", "engineers", "courier", "couriers", "driver",
                                           "drivers", "technician", "technicians", "agent", "agents", "staff", "adviser", "advisor"]

    /// Words after "what happens/happened" that place the event in the customer's story: "…*at* the shop", "…*when*
    /// the line drops", "…*with* the delivery".
    static let placesAnEvent: Set<String> = ["at", "when", "with", "to", "after", "before", "in", "during", "on", "while", "whenever", "there"]

    /// Words that ask what someone went through: "what *happened*…", "the *worst* bit".
    static let experienceWords: Set<String> = ["happen", "happens", "happened", "happening", "worst", "hardest", "toughest", "scariest", "trickiest"]

    /// True when a question asks about an event or the hardest part of what the customer went through, without
    /// "you": "What happens at the shop when the connection drops?", "What was the worst bit?", "How did it happen?".
    /// Asked about the speaker ("What happens if I cancel?") it is caught before this by `asksAboutSpeaker`.
    func asksWhatTheyWentThrough(_ document: TextDocument, _ range: Range<Int>) -> Bool {
        let tokens = document.tokens
        var wh = false
        for k in range {
            let word = tokens[k].norm
            if word == "what" || word == "how" { wh = true; continue }
            if ["worst", "hardest", "toughest", "scariest", "trickiest"].contains(word) { return true }
            // "What happened with the delivery?", "what happens at the shop when…", not "What happens next?".
            if wh && word.hasPrefix("happen"), k + 1 < range.upperBound,
               ReplyAnalyzer.placesAnEvent.contains(tokens[k + 1].norm) { return true }
        }
        return false
    }

    /// Pronouns for one particular person in their story: asking about them is specific ("What was she like?").
    static let personPronouns: Set<String> = ["she", "he", "her", "him"]
    /// Words in a question that point at the people and things of the customer's story: "Did she say why?".
    static let aboutTheirStory: Set<String> = personPronouns.union(["they", "them", "things"])

    /// Words that tell a story as like the other person's: "same", "too", "similar", "relate".
    static let likeTheirs: Set<String> = ["same", "too", "also", "similar", "similarly", "relate", "either", "neither", "likewise", "exactly",
                                          "including", "included"]
    /// Fewest words in the sentences of a self-disclosure that make it a story rather than an aside.
    static let storyLength = 13

    /// True when the self-disclosure spans relate the speaker's experience to the customer's: a word such as
    /// "same" or "too", a content word the customer used, or sentences long enough to tell a story.
    func relatesToCustomer(_ document: TextDocument, spans: [(first: Int, end: Int)], said: Set<UInt64>) -> Bool {
        var sentences = Set<Int>()
        for span in spans { sentences.insert(document.tokens[span.first].sentence) }
        var words = 0
        for index in sentences {
            let sentence = document.sentences[index]
            let range = sentence.firstToken..<sentence.endToken
            words += sentence.tokenCount
            if range.contains(where: { ReplyAnalyzer.likeTheirs.contains(document.tokens[$0].norm) }) { return true }
            // "Been there", "I know the feeling", "I feel like this sometimes".
            if range.contains(where: { k in
                guard k > range.lowerBound else { return false }
                let word = document.tokens[k].norm, before = document.tokens[k - 1].norm
                return word == "there" && before == "been" || word == "feeling" && before == "the" ||
                    (word == "this" || word == "that") && before == "like"
            }) { return true }
            if contentStems(document, in: range).contains(where: { said.contains($0.stem) }) { return true }
        }
        return words >= ReplyAnalyzer.storyLength
    }

    /// Words that praise a person's character: "a *thoughtful* thing to do" praises, "a good thing to do" recommends.
    static let characterPraise: Set<String> = ["thoughtful", "kind", "brave", "selfless", "loving", "caring", "generous", "noble", "courageous", "considerate", "admirable"]

    /// Words of a frame that reads the person by listening: "it *sounds* like…", "what I'm *hearing*…", "I *sense*…".
    static let listeningWords: Set<String> = ["sounds", "sounded", "hearing", "hear", "heard", "sense", "impression"]
    /// Those, and frames that read by appearance ("it *seems*…", "it *looks* like…"), which also make a named
    /// feeling an inference.
    static let readingWords: Set<String> = listeningWords.union(["seems", "seemed", "looks"])
}
