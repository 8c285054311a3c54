extension ReplyAnalyzer {
    /// Information by structure: an impersonal statement about how things are ("Waiting lists are shorter in
    /// spring", "The update fixes the login bug") — at least six words, no "I"/"you", no feeling words, and
    /// not already another technique.
    func detectImpersonalStatements(_ document: TextDocument, into findings: inout Findings) {
        let tokens = document.tokens
        let personal = lexicon.classBit("self") | lexicon.classBit("you") | lexicon.classBit("feeling") | lexicon.classBit("hardship")
        let others: [Technique] = [.reflectFeeling, .validate, .reassurance, .apology, .gratitude, .suggestion, .paraphrase,
                                   .selfDisclosure, .openQuestion, .closedQuestion, .dismissive, .sarcasm, .blame]
        for sentence in document.sentences where !sentence.isQuestion && !sentence.isExclamation && sentence.tokenCount >= 6 {
            let range = sentence.firstToken..<sentence.endToken
            if range.contains(where: { tokens[$0].classes & personal != 0 || tokens[$0].norm == "we" || tokens[$0].norm == "us" }) { continue }
            if findings.evidence.covers(others, in: range) { continue }
            // Advice ("should", "must"), a judgement ("great", "best") or an order ("Keep going…") is not a fact.
            if range.contains(where: { ReplyAnalyzer.notFactual.contains(tokens[$0].norm) }) { continue }
            var first = range.lowerBound
            while first < range.upperBound - 1, ReplyAnalyzer.discourseMarkers.contains(tokens[first].norm) { first += 1 }
            if ReplyAnalyzer.imperativeOpeners.contains(tokens[first].norm) { continue }
            // "That is a big step", "This was the worst part": a comment on what was just said, not a general fact.
            if ["that", "this"].contains(tokens[first].norm) { continue }
            findings.evidence.add(.information, first: range.lowerBound, end: range.upperBound)
        }
    }

    /// Self-disclosure by structure: a statement whose subject is the speaker ("I…", "my…", "me too")
    /// telling something of their own life, as opposed to first-person phrases that address the customer
    /// ("I hope…", "I'm sorry…", "I think you should…") or that report the agent's work on the case
    /// ("I've checked your account…"). Those two kinds are listed in `classes.txt` as `addressing` and
    /// `agent_action`.
    func detectDisclosure(_ document: TextDocument, into findings: inout Findings) {
        let tokens = document.tokens
        let selfBit = lexicon.classBit("self")
        let addressing = lexicon.classBit("addressing")
        let agentAction = lexicon.classBit("agent_action")
        let youBit = lexicon.classBit("you")
        let filler = lexicon.classBit("filler")
        let conditional = lexicon.classBit("addressing_unless_own")
        let afterAm = lexicon.classBit("addressing_after_am")
        let relationOrLife = lexicon.classBit("relation") | lexicon.classBit("life")
        let feeling = lexicon.classBit("feeling")
        let agentWork = lexicon.classBit("agent_work")
        for sentence in document.sentences {
            guard let range = statementPart(document, sentence, findings: findings) else { continue }
            let firstWord = tokens[range.lowerBound].norm
            // "Same!", "Ditto.": a one-word "me too".
            if range.count < 2 && firstWord != "same" && firstWord != "ditto" { continue }
            if overlapsAny(findings, [.apology, .gratitude, .ownership, .nextStep, .suggestion], range) { continue }
            // "I feel terrible about this", "my heart goes out to you": a reaction to theirs, not a story.
            if let reaction = findings.mechanisms[.emotionalReactions], reaction.level == 2,
               reaction.first >= range.lowerBound, reaction.end <= range.upperBound { continue }
            // "Same.", "Same here", "Same, I…": not "Same day delivery…".
            var found = false
            if firstWord == "same" || firstWord == "ditto" {
                let next = range.count > 1 ? tokens[range.lowerBound + 1] : nil
                found = next.map { $0.clause != tokens[range.lowerBound].clause || ReplyAnalyzer.sameFollowers.contains($0.norm) } ?? true
            }
            var k = range.lowerBound
            while !found && k < range.upperBound {
                defer { k += 1 }
                let word = tokens[k].norm
                guard tokens[k].classes & selfBit != 0 else { continue }
                // "As I explained…", "I'm only the messenger": the speaker inside blame or a wall tells no story.
                if findings.evidence.covers([.blame, .policyShield], in: k..<(k + 1)) { continue }
                // "my mum…", "my depression…", "my panic…": the speaker's own people, life or feelings.
                // One word may come between: "my constant worries", "my older brother".
                if word == "my" {
                    // "Hang in there, my friend": a way of addressing them, closing its clause, not the speaker's people.
                    let vocative = k + 2 <= range.upperBound && ReplyAnalyzer.vocatives.contains(tokens[k + 1].norm) &&
                        (k + 2 == range.upperBound || tokens[k + 2].clause != tokens[k + 1].clause)
                    // "My colleague will call you", "my system shows…", "my apologies": the agent's work.
                    if vocative || (k + 1..<min(range.upperBound, k + 3)).contains(where: { tokens[$0].classes & agentWork != 0 }) { continue }
                    found = (k + 1..<min(range.upperBound, k + 3)).contains { tokens[$0].classes & (relationOrLife | feeling) != 0 } ||
                        toldInThePast(tokens, my: k, range: range)
                    continue
                }
                if word == "me" {
                    // "…happened to me", "…too real for me", "it helped me": the speaker as the one it happened to.
                    let before = k > range.lowerBound ? tokens[k - 1].norm : ""
                    // Not a request ("Please send it to me", "Can you email it to me?").
                    let request = firstWord == "please" || range.contains { tokens[$0].classes & youBit != 0 }
                    let closing = k + 1 == range.upperBound || k + 2 == range.upperBound && ["too", "also", "either"].contains(tokens[k + 1].norm)
                    // "That helps me find your order": the agent's work, not something that happened to them; "Please
                    // help me with the reference on your bill": a request.
                    let helpsTheWork = k + 1 < range.upperBound && tokens[k + 1].classes & agentAction != 0  ||
                        before == "help" && (firstWord == "please" || k >= 2 && ["please", "you", "kindly"].contains(tokens[k - 2].norm))
                    // "I'd be annoyed too if that happened to me", "If that happened to me I'd be livid": supposed, not told.
                    if (range.lowerBound..<k).contains(where: { tokens[$0].norm == "if" }), suppositionBefore(tokens, range.upperBound, from: range.lowerBound) { continue }
                    // "It has been a real pleasure for me": courtesy, not the speaker's own case.
                    if range.contains(where: { ["pleasure", "honour", "honor"].contains(tokens[$0].norm) }) { continue }
                    // "…works best for me", "for me it was the nights": the speaker's own case, anywhere in the sentence.
                    found = k >= range.lowerBound + 2 && (["to", "with", "for"].contains(before) && closing && !request ||
                        before == "for" && !request ||
                        ReplyAnalyzer.experiencedBy.contains(before) && !helpsTheWork)
                    continue
                }
                guard word == "i", k + 1 < range.upperBound, !isEmphaticTag(document, subject: k) else { continue }
                // "I'd be scared too if I got a letter like that": the condition of an imagined reaction, not a story.
                if k > range.lowerBound, tokens[k - 1].norm == "if", suppositionBefore(tokens, k - 1, from: range.lowerBound) { continue }
                // "What I'm hearing is…", "I get the sense that…": a frame for reading the customer back.
                if findings.reflectionFrames.contains(where: { $0.first <= k && k < $0.end }) { continue }
                var v = k + 1
                // "I sort of…" is a filler; "I sort this out" is the verb.
                while v < range.upperBound - 1, tokens[v].classes & filler != 0,
                      !(["sort", "kind"].contains(tokens[v].norm) && tokens[v + 1].norm != "of") { v += 1 }
                let verb = tokens[v]
                let next = v + 1 < range.upperBound ? tokens[v + 1] : nil
                // "I want to reassure you", "I know how you feel": the customer within the next three words.
                let nextAddresses = (v + 1..<min(range.upperBound, v + 4)).contains { tokens[$0].classes & youBit != 0 }
                if verb.classes & addressing != 0 { continue }
                if isOpinion(tokens, verb: v, range: range) { continue }
                // "I'm thinking it depends…", "I'm guessing…": an opinion said in the progressive.
                if verb.norm == "am", let next, ReplyAnalyzer.opinionGerunds.contains(next.norm) { continue }
                // "As far as I know…", "as far as I can tell…": a hedge on what follows.
                if k >= range.lowerBound + 3, tokens[k - 1].norm == "as", tokens[k - 2].norm == "far", tokens[k - 3].norm == "as" { continue }
                // "I get it", "I see that": understanding what they said, not a story of one's own.
                // ("I totally get how stressful this must be": understanding, however it goes on.)
                if ["get", "see", "understand", "hear"].contains(verb.norm), let next, ["it", "this", "that", "what", "why", "how"].contains(next.norm),
                   v + 2 == range.upperBound || tokens[v + 2].clause != next.clause || ["what", "why", "how"].contains(next.norm) { continue }
                // "I love to help", "I'd be glad to assist": service, not a story.
                if v + 2 < range.upperBound, tokens[v + 1].norm == "to", ["help", "assist", "hear", "know"].contains(tokens[v + 2].norm) { continue }
                // "I'm fine, thanks", "I'm doing well", "I'm still here": a pleasantry, not a story.
                if isPleasantry(tokens, verb: v, range: range) { continue }
                // "I'm so proud of you", "I'm listening", "I hope I helped", "I've nothing to add": the exchange.
                if talksAboutTheExchange(tokens, verb: v, range: range) { continue }
                // "I've got plenty of time", "I'm only trying to explain", "I need the death certificate".
                if isServiceAside(tokens, verb: v, range: range) { continue }
                // "I see, …", "I'm Tom", "I'm here to listen", "I hope I was helpful": courtesies of the exchange.
                if isCourtesyOfTheExchange(tokens, subject: k, verb: v, range: range, youBit: youBit) { continue }
                // "Glad I could help", "I hope I've been able to help": the service, not the speaker's life.
                if servesTheCustomer(tokens, verb: v, range: range) { continue }
                // "I asked you…", "I sent you…": about the exchange with the customer, not the speaker's life.
                if let next, next.classes & youBit != 0 { continue }
                if nextAddresses || (verb.classes & conditional != 0 && next == nil) { continue }
                // "I don't know…", "I don't think…": a hedge, not a story.
                if verb.classes & (conditional | addressing) != 0, v > k + 1, tokens[v - 1].norm == "not" { continue }
                // "I'm so sorry" addresses the customer; "I'm so scared", "I'm just as depressed" tell of the speaker.
                if verb.norm == "am", let next, next.classes & afterAm != 0 || nextAddresses {
                    let then = (v + 2..<min(range.upperBound, v + 4)).first { tokens[$0].classes & filler == 0 && tokens[$0].norm != "as" && tokens[$0].norm != "so" }
                    let ownFeeling = ReplyAnalyzer.amIntensifiers.contains(next.norm) && !nextAddresses &&
                        then.map { tokens[$0].classes & feeling != 0 && tokens[$0].classes & afterAm == 0 } == true
                    if !ownFeeling { continue }
                }
                // "I have sent…", "I've successfully added…", "I'm checking…": the agent's work, not their life.
                var w = v + 1
                while w < range.upperBound - 1, ReplyAnalyzer.workAdverbs.contains(tokens[w].norm) { w += 1 }
                if w < range.upperBound, ["have", "had", "am", "was", "were", "will", "would", "can", "just"].contains(verb.norm),
                   tokens[w].classes & (agentAction | addressing) != 0, !ownDespiteAction(tokens, verb: w, range: range) { continue }
                // "I need to escalate the claim", "I have to check with billing": work still to do on the case.
                if ["need", "have"].contains(verb.norm), w + 1 < range.upperBound, tokens[w].norm == "to",
                   tokens[w + 1].classes & agentAction != 0, !ownDespiteAction(tokens, verb: w + 1, range: range) { continue }
                if verb.classes & agentAction != 0 && !ownDespiteAction(tokens, verb: v, range: range) { continue }
                found = true
            }
            if found { findings.evidence.add(.selfDisclosure, first: range.lowerBound, end: range.upperBound) }
        }
    }

    /// True when "my" at `k` opens a thing of the speaker's own that a past-tense verb tells a story about: "my internet
    /// went down last month", "my flight got cancelled", "my old phone crashed every day". One or two words name the
    /// thing; the verb is not the agent's work ("my line was fixed" is still told, "my engineer checked it" is not)
    /// and does not turn to the customer ("my email reached you").
    func toldInThePast(_ tokens: [Token], my k: Int, range: Range<Int>) -> Bool {
        let agentAction = lexicon.classBit("agent_action"), youBit = lexicon.classBit("you"), stop = lexicon.classBit("stopword")
        guard k + 1 < range.upperBound, tokens[k + 1].classes & stop == 0 || tokens[k + 1].norm == "own" else { return false }
        // "I'd be fuming too if my phone got cut off": supposed, not told.
        if k > range.lowerBound, ["if", "unless"].contains(tokens[k - 1].norm) { return false }
        for v in k + 2..<min(range.upperBound, k + 4) where tokens[v].clause == tokens[k].clause {
            let verb = tokens[v]
            guard ReplyAnalyzer.isPastTense(verb.norm) else { continue }
            if verb.classes & agentAction != 0 { return false }
            return !(v + 1..<min(range.upperBound, v + 4)).contains { tokens[$0].classes & youBit != 0 && tokens[$0].clause == verb.clause }
        }
        return false
    }

    /// Common irregular past tenses that tell what happened: "went", "broke", "got".
    static let irregularPast: Set<String> = [
        "went", "was", "were", "had", "did", "got", "came", "broke", "took", "left", "lost", "fell", "died", "ran", "gave",
        "kept", "made", "felt", "caught", "quit", "cost", "blew", "froze", "grew", "became", "began", "forgot", "hung",
        "sold", "spent", "stole", "stood", "threw", "tore", "woke", "won", "burnt", "drove", "flew", "ate", "shut", "sank",
        "split", "slept", "said", "told", "wore", "bit", "fought", "stuck", "dropped",
    ]

    /// True for a past-tense verb: an irregular one, or a regular "-ed" form ("crashed", "stopped"; not "need").
    static func isPastTense(_ word: String) -> Bool {
        irregularPast.contains(word) || word.utf8.count >= 5 && word.hasSuffix("ed") && !word.hasSuffix("eed")
    }

    /// Verbs after "I" that give an opinion or a hedge when a clause follows ("I feel like talking would help",
    /// "I know there's not much I can say", "I doubt it lasts"), rather than tell of the speaker's life.
    static let opinionVerbs: Set<String> = ["feel", "know", "doubt", "guess", "suppose", "reckon", "figure", "wonder", "believe", "think"]
    /// Words that open the clause an opinion verb governs.
    static let opinionLinks: Set<String> = ["like", "that", "there", "it", "this", "if", "how", "what", "why", "whether", "so", "as", "we", "they", "he", "she", "people",
                                            "every", "each", "your"]
    /// Words after "I feel like" that make it the speaker's own state ("I feel like a failure"), not an opinion.
    static let ownStateAfterLike: Set<String> = ["a", "an", "i", "my", "myself", "nothing", "dying", "crap", "shit", "garbage", "giving", "crying", "screaming"]

    /// True when the verb at `v` (after "I") opens an opinion or hedge: "I feel like…", "I know, we all…".
    func isOpinion(_ tokens: [Token], verb v: Int, range: Range<Int>) -> Bool {
        guard ReplyAnalyzer.opinionVerbs.contains(tokens[v].norm) else { return false }
        guard v + 1 < range.upperBound else { return tokens[v].norm == "know" }
        let next = tokens[v + 1]
        if next.clause != tokens[v].clause { return tokens[v].norm == "know" }  // "I know, we all hope…"
        guard ReplyAnalyzer.opinionLinks.contains(next.norm) else { return false }
        if next.norm == "like", v + 2 < range.upperBound, ReplyAnalyzer.ownStateAfterLike.contains(tokens[v + 2].norm) { return false }
        // "I feel like this sometimes", "I felt like that too": the speaker's own state, with no clause after.
        if next.norm == "like", v + 2 < range.upperBound, ["this", "that"].contains(tokens[v + 2].norm),
           v + 3 == range.upperBound || ReplyAnalyzer.stateClosers.contains(tokens[v + 3].norm) { return false }
        return true
    }

    /// True when a verb that usually reports the agent's work tells of the speaker's life instead: "I have tried
    /// to quit twice" (trying something that is not a service action, with no "you" after it), "I find that
    /// evenings are worst", "I found myself…".
    func ownDespiteAction(_ tokens: [Token], verb v: Int, range: Range<Int>) -> Bool {
        let word = tokens[v].norm
        guard v + 1 < range.upperBound else { return false }
        let next = tokens[v + 1].norm
        let youBit = lexicon.classBit("you")
        if (v + 1..<min(range.upperBound, v + 5)).contains(where: { tokens[$0].classes & youBit != 0 }) { return false }
        switch word {
        case "tried", "try":
            guard next == "to", v + 2 < range.upperBound else { return false }
            return tokens[v + 2].classes & (lexicon.classBit("agent_action") | lexicon.classBit("addressing")) == 0
        case "find", "found":
            return ["that", "myself", "it"].contains(next)
        default:
            // "I deleted my social media": done to the speaker's own things, not the customer's case.
            return next == "my"
        }
    }

    /// Words that answer "how are you?" after "I am" / "I am doing": "I'm fine", "I'm doing well".
    static let pleasantWords: Set<String> = ["fine", "good", "well", "great", "ok", "okay", "alright", "grand", "wonderful"]

    /// True when "I am" at `v` opens a pleasantry that closes its clause: "I'm fine", "I'm doing well thanks",
    /// "I am still here".
    func isPleasantry(_ tokens: [Token], verb v: Int, range: Range<Int>) -> Bool {
        guard tokens[v].norm == "am" else { return false }
        var k = v + 1
        while k < range.upperBound, ["doing", "very", "really", "pretty", "quite", "still", "all", "just"].contains(tokens[k].norm) { k += 1 }
        guard k < range.upperBound,
              ReplyAnalyzer.pleasantWords.contains(tokens[k].norm) || tokens[k].norm == "here" && tokens[k - 1].norm == "still" else { return false }
        let after = k + 1
        return after == range.upperBound || tokens[after].clause != tokens[k].clause ||
            ["thanks", "thank", "too", "today", "thankfully"].contains(tokens[after].norm) ||
            // "I am good how are you", "I'm fine what about you": chat drops the comma before the question back.
            ["how", "what"].contains(tokens[after].norm)
    }

    /// True when the clause after "I" at `v` is about helping the customer: "I could help", "I was able to help",
    /// "I've been able to be of some help", "I hope I helped", "of some comfort" ("help" or its like closing the
    /// clause or followed by "you" or "today").
    func servesTheCustomer(_ tokens: [Token], verb v: Int, range: Range<Int>) -> Bool {
        // "I hope I helped", "glad I've helped a little".
        guard ["could", "can", "was", "were", "have", "had", "am", "did", "helped"].contains(tokens[v].norm) else { return false }
        let end = min(range.upperBound, v + 8)
        guard let h = (tokens[v].norm == "helped" ? v..<end : v + 1..<end).first(where: { ReplyAnalyzer.helpWords.contains(tokens[$0].norm) && tokens[$0].clause == tokens[v].clause }) else { return false }
        let after = h + 1
        return after == range.upperBound || tokens[after].clause != tokens[h].clause ||
            ["you", "today", "out", "a", "some", "more", "at", "to", "for"].contains(tokens[after].norm)
    }

    /// Adverbs between "I have" and the agent's action: "I have successfully added…", "I've already sent…".
    static let workAdverbs: Set<String> = ["successfully", "already", "just", "also", "now", "since", "recently"]

    /// What the agent hopes they were: "of some *help*", "of *comfort*", "I hope I *helped*".
    static let helpWords: Set<String> = ["help", "helped", "comfort", "use", "service", "support", "assistance"]

    /// Words that may close "I feel like this …" without starting a clause: "sometimes", "too", "a lot".
    static let stateClosers: Set<String> = ["sometimes", "too", "often", "all", "every", "a", "lately", "now", "again", "also", "most", "at"]

    /// Verbs after "I am" that give an opinion, not a story: "I'm thinking…", "I'm guessing…".
    static let opinionGerunds: Set<String> = ["thinking", "guessing", "wondering", "saying", "suggesting", "assuming", "betting", "sure"]

    /// Words after "I am" that only intensify what follows: "I'm so scared", "I'm just as depressed".
    static let amIntensifiers: Set<String> = ["so", "really", "just", "always", "not"]

    /// Verbs whose object "me" makes the speaker the one who lived it: "it helped me", "that saved me", "it still
    /// bothers me".
    static let experiencedBy: Set<String> = ["helped", "made", "gave", "saved", "changed", "hurt", "affected", "taught", "scared", "broke", "destroyed", "got", "left", "dumped", "fired", "ghosted", "ignored",
                                               "help", "helps", "gives", "kills", "reminds", "drives", "bothers", "scares", "hurts", "keeps",
                                               "motivated", "inspired", "calmed", "comforted", "encouraged", "motivates", "calms"]
    /// Words after a sentence-opening "same" that make it "me too": "same here", "same with me", "same boat".
    static let sameFollowers: Set<String> = ["here", "with", "for", "thing", "boat", "situation", "feeling", "story", "problem", "issue", "exact", "exactly", "too"]

    /// Nouns that, after "my" and closing a clause, address the other person: "my friend", "my dear".
    static let vocatives: Set<String> = ["friend", "friends", "dear", "love", "man", "brother", "sister", "buddy", "mate", "pal", "dude", "guy"]

    /// Words that make an impersonal sentence advice or a judgement rather than information.
    static let notFactual: Set<String> = [
        "should", "must", "ought", "need", "needs", "great", "good", "wonderful", "amazing", "awesome", "nice", "best",
        "better", "worse", "worst", "lovely", "beautiful", "perfect", "fantastic", "brilliant", "glad", "hope", "hopefully",
        "believe", "think", "guess", "maybe", "perhaps", "probably", "lol", "haha", "important", "helpful", "worth",
        "okay", "ok", "fine", "hard", "difficult", "tough", "easy", "sure", "definitely", "certainly", "really",
        // a past event or a supposition tells a story or muses; information says how things are.
        "was", "were", "had", "would", "could", "might",
    ]
    /// Words that open an order or a piece of advice: "Keep going…", "Try to…", "Don't…".
    static let imperativeOpeners: Set<String> = [
        "try", "keep", "make", "take", "stay", "remember", "do", "be", "let", "go", "get", "find", "stick", "focus",
        "start", "stop", "think", "give", "always", "never", "please", "look", "consider", "talk", "ask", "avoid",
        "ignore", "enjoy", "have", "wait", "use", "call", "check", "leave", "read", "write", "tell",
    ]
}
