extension ReplyAnalyzer {
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
            // "Could you please calm down so I can help you?": a question that carries a brush-off or blame asks
            // nothing about them.
            if findings.evidence.covers([.dismissive, .blame], in: range) { continue }
            // Asking for an order number or offering more help is service, not exploring the person.
            if findings.serviceQuestions.contains(where: { $0.first < span.end && span.first < $0.end }) { continue }
            // ("in order to" is not an order.)
            if range.contains(where: { document.tokens[$0].classes & serviceNoun != 0 && !($0 > 0 && document.tokens[$0 - 1].norm == "in") }) { continue }
            let content = range.filter { document.tokens[$0].classes & stop == 0 && document.tokens[$0].norm.utf8.count >= 3 &&
                !(experience && ReplyAnalyzer.experienceWords.contains(document.tokens[$0].norm)) }.count
            // "What was she like?", "Is he okay?": a particular person in their story is something specific.
            let aboutAPerson = !said.isEmpty && range.contains { ReplyAnalyzer.personPronouns.contains(document.tokens[$0].norm) }
            findings.cue(.explorations, level: content >= 1 || aboutAPerson || asksWhyTheyFeel(document, range) ? 2 : 1, first: span.first, end: span.end)
        }
    }
}
