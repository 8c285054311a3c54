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
                return words.contains { tokens[$0].classes & selfBit != 0 && !((span.first..<span.end).contains($0) && ["my", "our"].contains(tokens[$0].norm)) } &&
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
            return rest.isEmpty || rest == ["of", "yourself"] || rest.first == "and" || rest.first == "now"
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

    /// Sets the three EPITOME mechanisms from the lexicon cues and the techniques found: an inferred feeling (one
    /// the customer did not name) or a shared experience is a strong interpretation; a feeling the person already
    /// named, said back, or a validation is a weak one; calling the situation hard is a sympathetic reaction.
    /// Questions to the person are explorations, strong when they ask about something specific.
    /// `customerFeelings` holds the first four letters of the customer's feeling words (nil without a message).
    func assessMechanisms(_ document: TextDocument, said: Set<UInt64>, customerFeelings: Set<String>?, into findings: inout Findings) {
        func first(_ technique: Technique) -> (first: Int, end: Int)? { findings.evidence[technique].first }
        func kind(_ technique: Technique, _ span: (first: Int, end: Int)) -> ReadingKind? {
            findings.readings.first { $0.technique == technique && $0.first < span.end && span.first < $0.end }?.kind
        }
        let selfBit = lexicon.classBit("self"), youWord = lexicon.classBit("you")
        // "You're completely drained" after "I've been up all night with this": a feeling the customer did not
        // name is read from what they said, which is more than saying their own word back.
        let feelingBit = lexicon.classBit("feeling")
        // Feeling words count as the customer's own when they share a root's first four letters ("depressed" and
        // "depression", "worried" and "worry", "anxious" and "anxiety").
        func readsBeyond(_ span: (first: Int, end: Int)) -> Bool {
            guard let customerFeelings else { return false }
            let named = (span.first..<span.end).filter { document.tokens[$0].classes & feelingBit != 0 }
            return !named.isEmpty && !named.contains { customerFeelings.contains(String(document.tokens[$0].norm.prefix(4))) }
        }
        // "It sounds like…", "what I'm hearing is…": a frame that offers a reading of the person.
        let framedSentences = Set(findings.reflectionFrames.filter { frame in
            (frame.first..<frame.end).contains { ReplyAnalyzer.readingWords.contains(document.tokens[$0].norm) }
        }.map { document.tokens[$0.first].sentence })
        func framed(_ span: (first: Int, end: Int)) -> Bool { framedSentences.contains(document.tokens[span.first].sentence) }
        for span in findings.evidence[.reflectFeeling] {
            // "I'm sorry you're feeling low": the feeling is what the sympathy is for, already an emotional
            // reaction; it reads nothing new into the person.
            if isSympathyObject(document, span) { continue }
            // A frame turns a feeling said back into a reading ("it sounds like you're exhausted"); a hard
            // situation stays a sympathetic reaction ("sounds like a rough week").
            var reading = kind(.reflectFeeling, span) ?? .inferred
            if reading == .named && (framed(span) || readsBeyond(span)) { reading = .inferred }
            switch reading {
            case .inferred: findings.cue(.interpretations, level: 2, first: span.first, end: span.end)
            case .named: findings.cue(.interpretations, level: 1, first: span.first, end: span.end)
            case .situation:
                // "It's hard for me to…", "it's sad but I…": the speaker's own story, not a reaction to theirs.
                guard !document.sentenceMentionsSpeaker(of: span.first, selfBit: selfBit) else { continue }
                findings.cue(.emotionalReactions, level: 1, first: span.first, end: span.end)
                // "That's so frustrating when you've waited in all day": tied to their own experience, the
                // reaction also reads how it is for them.
                if document.tiesToTheOtherPerson(after: span.end, youBit: youWord) {
                    findings.cue(.interpretations, level: 2, first: span.first, end: span.end)
                }
            }
        }
        // A story of one's own is read as a shared experience (in peer support, the commonest strong case).
        // Strong when it is told as like theirs ("same", "too", "similar"), takes up what they said, or is a
        // story rather than an aside; a brief aside about oneself ("I had a dog once") shows less understanding.
        if let span = first(.selfDisclosure) {
            let level = findings.sharedAnswer || relatesToCustomer(document, spans: findings.evidence[.selfDisclosure], said: said) ? 2 : 1
            findings.cue(.interpretations, level: level, first: span.first, end: span.end)
        }
        if let span = first(.validate) { findings.cue(.interpretations, level: 1, first: span.first, end: span.end) }
        // "It sounds like you've been passed around for days", "what I'm hearing is…": a restatement offered as a
        // reading of the person's experience shows understanding; words said back without a frame do not yet.
        // Only frames of listening count: "it looks like your order…", "it seems like you're busy, so I'll close
        // the chat" read the record or the line, not the person.
        // Specific (strong) when the reading says something of its own after the frame, generic (weak) when it
        // does not ("Sounds like it.").
        let stop = lexicon.classBit("stopword") | lexicon.classBit("you") | lexicon.classBit("self")
        for frame in findings.reflectionFrames where (frame.first..<frame.end).contains(where: {
            ReplyAnalyzer.listeningWords.contains(document.tokens[$0].norm)
        }) {
            let sentence = document.sentences[document.tokens[frame.first].sentence]
            guard findings.evidence[.paraphrase].contains(where: { document.tokens[$0.first].sentence == document.tokens[frame.first].sentence }) else { continue }
            let said = (frame.end..<sentence.endToken).filter { document.tokens[$0].classes & stop == 0 && document.tokens[$0].norm.utf8.count >= 3 }.count
            findings.cue(.interpretations, level: said >= 2 ? 2 : 1, first: frame.first, end: sentence.endToken)
        }
        // Thanks is courtesy warmth; an apology names the responder's regret.
        if let span = first(.gratitude) { findings.cue(.emotionalReactions, level: 1, first: span.first, end: span.end) }
        if let span = first(.apology) { findings.cue(.emotionalReactions, level: 2, first: span.first, end: span.end) }
        // Encouragement and reassurance allude to the responder's warmth without naming a feeling.
        if let span = first(.reassurance) { findings.cue(.emotionalReactions, level: 1, first: span.first, end: span.end) }
        // Validation ("that makes complete sense") shows the reaction was understood: a weak interpretation,
        // above. It expresses no warmth of the speaker's own, so it is not also an emotional reaction.

        let youBit = lexicon.classBit("you")
        let serviceNoun = lexicon.classBit("service_noun")
        let asked = findings.evidence[.openQuestion] + findings.evidence[.closedQuestion] + findings.proposalQuestions
        for span in asked {
            let range = span.first..<span.end
            // Asked of the person ("what happened when you called?"), or about what they just told
            // ("how did the relationship end?" after they wrote of a break-up).
            // People and things in their story count too, after a message: "Did she come back?", "Are things better?"
            let addressed = range.contains { document.tokens[$0].classes & youBit != 0 ||
                !said.isEmpty && ReplyAnalyzer.aboutTheirStory.contains(document.tokens[$0].norm) }
            let takesUp = !said.isEmpty && contentStems(document, in: range).contains { said.contains($0.stem) }
            // "What happens at the shop when the line drops?", "What was the worst bit?": what they went through,
            // asked without "you" (after a message). The words that ask it are not yet something specific.
            let experience = !addressed && !takesUp && !said.isEmpty && asksWhatTheyWentThrough(document, range)
            guard addressed || takesUp || experience else { continue }
            // "How can I fix that?", "Should I resend it?": about the speaker, not the customer.
            if asksAboutSpeaker(document, range) { continue }
            // Asking for an order number or offering more help is service, not exploring the person.
            if findings.serviceQuestions.contains(where: { $0.first < span.end && span.first < $0.end }) { continue }
            // ("in order to" is not an order.)
            if range.contains(where: { document.tokens[$0].classes & serviceNoun != 0 && !($0 > 0 && document.tokens[$0 - 1].norm == "in") }) { continue }
            let content = range.filter { document.tokens[$0].classes & stop == 0 && document.tokens[$0].norm.utf8.count >= 3 &&
                !(experience && ReplyAnalyzer.experienceWords.contains(document.tokens[$0].norm)) }.count
            findings.cue(.explorations, level: content >= 1 || asksWhyTheyFeel(document, range) ? 2 : 1, first: span.first, end: span.end)
        }
    }

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

    /// Words in a question that point at the people and things of the customer's story: "Did she say why?".
    static let aboutTheirStory: Set<String> = ["she", "he", "her", "him", "they", "them", "things"]

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
