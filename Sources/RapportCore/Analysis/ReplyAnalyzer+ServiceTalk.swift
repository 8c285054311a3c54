extension ReplyAnalyzer {
    /// Adjectives after "I am" that praise the customer when "you" follows: "I'm so proud of you", "I'm really
    /// impressed that you kept the receipts".
    static let praiseAdjectives: Set<String> = ["proud", "impressed", "amazed", "inspired", "touched", "moved", "honoured", "honored"]
    /// Words after "I have" / "I don't have" that talk about the conversation itself: "I've nothing to add".
    static let talkWords: Set<String> = ["add", "say", "ask", "offer", "suggest", "contribute"]
    /// What an agent may or may not be able to do at work: "I don't have access to that system".
    static let workPowers: Set<String> = ["access", "authority", "permission", "permissions", "way", "option", "options", "power", "rights", "visibility"]
    /// How many words after the verb the exchange rules read.
    static let exchangeReach = 16
    /// Words before a service noun that make it the case in hand: "the order", "your account".
    static let theCase: Set<String> = ["the", "your", "this", "that", "these", "those"]
    /// Things of the customer's that an agent may love or like: "I love that idea".
    static let theirIdeas: Set<String> = ["idea", "ideas", "plan", "plans", "suggestion", "thinking", "approach", "attitude", "question"]

    /// True when the clause after "I" at verb `v` is talk about the exchange with the customer rather than a story
    /// of the speaker's life:
    /// - praise of the customer: "I'm so proud of you", "I'm really impressed that you kept the receipts";
    /// - attention offered: "I'm listening", "I'm all ears";
    /// - the service itself: "I hope I helped", "I helped where I could";
    /// - the conversation itself: "I don't have anything to add", "I've nothing more to say";
    /// - what the agent can do at work: "I don't have access to that system", "I have no way to see that";
    /// - a softened refusal or bad news: "I'm afraid the warehouse is closed" (not "I'm afraid of flying");
    /// - praise of their idea: "I love that idea";
    /// - the case itself: a clause about an order, a payment or an account that is not the speaker's own ("I need
    ///   the postcode on the order", "I've got the order here"; not "my card was blocked too").
    func talksAboutTheExchange(_ tokens: [Token], verb v: Int, range: Range<Int>) -> Bool {
        let youBit = lexicon.classBit("you"), serviceNoun = lexicon.classBit("service_noun")
        let word = tokens[v].norm
        // Read at most a short stretch after the verb, so a run-on sentence costs no more than a normal one.
        let reach = min(range.upperBound, v + ReplyAnalyzer.exchangeReach)
        let clauseEnd = (v..<reach).first { tokens[$0].clause != tokens[v].clause } ?? reach
        // "the order", "your account": the case in hand ("a library", "my card" are the speaker's own life).
        // ("I haven't tried that tariff *myself*": the speaker's own experience of it.)
        if (v + 1..<clauseEnd).contains(where: { tokens[$0].classes & serviceNoun != 0 && ReplyAnalyzer.theCase.contains(tokens[$0 - 1].norm) }),
           !(v + 1..<clauseEnd).contains(where: { tokens[$0].norm == "myself" }) {
            return true
        }
        // "I have no access", "I don't have the authority", "I've got no way to…".
        var h = v
        if word == "do", h + 2 < clauseEnd, tokens[h + 1].norm == "not" { h += 2 }
        if ["have", "got"].contains(tokens[h].norm), h + 1 < clauseEnd {
            let next = tokens[h + 1].norm
            let power = ["no", "any", "the", "full"].contains(next) && h + 2 < clauseEnd ? tokens[h + 2].norm : next
            if ReplyAnalyzer.workPowers.contains(power) { return true }
        }
        if ["love", "like"].contains(word), v + 2 < clauseEnd, ["that", "this", "your", "the"].contains(tokens[v + 1].norm),
           ReplyAnalyzer.theirIdeas.contains(tokens[v + 2].norm) { return true }
        // "I wish I could do more", "I wish I had better news": regret at what the agent can offer.
        // (Read from "wish" after the first "I", or from the verb after the second.)
        let w = word == "wish" ? v + 2 : v >= 2 && tokens[v - 1].norm == "i" && tokens[v - 2].norm == "wish" ? v : -1
        if w > 0, w + 1 < clauseEnd, tokens[w - 1].norm == "i" {
            let verb = tokens[w].norm, object = tokens[w + 1].norm
            if verb == "could" && ["help", "do", "fix", "change", "offer", "give", "say", "make", "be"].contains(object) ||
                verb == "had" && ["better", "more", "good", "an", "the"].contains(object) { return true }
        }
        // "I just want to make sure it's sorted", "I wanted to let you know…": the agent's intent in the exchange.
        if ["want", "wanted", "would"].contains(word), v + 2 < clauseEnd, tokens[v + 1].norm == "to" || tokens[v + 1].norm == "like" {
            let verb = tokens[v + 1].norm == "like" && v + 3 < clauseEnd ? tokens[v + 3].norm : tokens[v + 2].norm
            if ["make", "help", "check", "reassure", "assure", "apologise", "apologize", "let", "thank", "confirm", "explain"].contains(verb) { return true }
        }
        if word == "am" {
            var k = v + 1
            while k < clauseEnd, ReplyAnalyzer.amIntensifiers.contains(tokens[k].norm) || tokens[k].norm == "very" { k += 1 }
            guard k < clauseEnd else { return false }
            // "I'm afraid the shop is shut", "…, I'm afraid.": a softener, said plainly; "I'm so afraid" is a feeling.
            if tokens[k].norm == "afraid" {
                guard k == v + 1 else { return false }
                return k + 1 < range.upperBound ? !["of", "to", "for", "that", "so"].contains(tokens[k + 1].norm) && tokens[k + 1].clause == tokens[k].clause
                    : v - 1 > range.lowerBound
            }
            if ReplyAnalyzer.praiseAdjectives.contains(tokens[k].norm) { return (k + 1..<reach).contains { tokens[$0].classes & youBit != 0 } }
            return tokens[k].norm == "listening" && k + 1 == clauseEnd || tokens[k].norm == "all" && k + 1 < clauseEnd && tokens[k + 1].norm == "ears"
        }
        if word == "helped" {
            return v + 1 == clauseEnd || ["you", "today", "a", "some", "where", "as", "out"].contains(tokens[v + 1].norm)
        }
        if word == "have" {
            var k = v + 1
            while k < clauseEnd, ["anything", "nothing", "much", "more", "else", "not", "really", "a", "lot", "little"].contains(tokens[k].norm) { k += 1 }
            return k > v + 1 && k + 1 < clauseEnd && tokens[k].norm == "to" && ReplyAnalyzer.talkWords.contains(tokens[k + 1].norm)
        }
        return false
    }

    /// Words that make a sentence look ahead to something promised or planned: "I'll call you back within the
    /// hour", "you should have it by Friday", "the engineer is booked for tomorrow by noon".
    static let aheadWords: Set<String> = ["will", "shall", "going", "should", "expect", "due", "booked", "scheduled",
                                          "arranged", "promise", "aim", "plan", "can", "could", "let"]

    /// True when the sentence holding token `index` looks ahead (see ``aheadWords``). The customer's own deadline
    /// told as a circumstance ("with your dissertation due in twelve days") promises nothing: "due" after "with your…"
    /// does not count ("your replacement is due by Friday" still does); nor does "will need" ("your bank will need the
    /// letter within 14 days" asks something of them).
    func looksAhead(_ document: TextDocument, sentenceOf index: Int) -> Bool {
        let tokens = document.tokens
        let sentence = document.sentences[tokens[index].sentence]
        return (sentence.firstToken..<sentence.endToken).contains { k in
            guard ReplyAnalyzer.aheadWords.contains(tokens[k].norm) else { return false }
            // "Your bank will need the letter within 14 days": a requirement on them, not a promise.
            if tokens[k].norm == "will", k + 1 < sentence.endToken, ["need", "require", "want", "expect", "ask"].contains(tokens[k + 1].norm) { return false }
            return tokens[k].norm != "due" || !(max(sentence.firstToken, k - 4)..<k).contains { tokens[$0].norm == "with" }
        }
    }
}
