extension ReplyAnalyzer {
    /// Settles clashes between findings: mock thanks or praise inside sarcasm is not gratitude or reassurance,
    /// validation is not dismissal, and praise or validation addressed to "you" is not a restatement.
    func resolveConflicts(_ document: TextDocument, into findings: inout Findings) {
        for helpful in [Technique.gratitude, .reassurance, .validate, .apology] {
            findings.evidence.removeOverlaps(of: helpful, with: .sarcasm)
        }
        findings.evidence.removeOverlaps(of: .reassurance, with: .dismissive)
        findings.evidence.removeOverlaps(of: .dismissive, with: .validate)
        // "You sound like a strong person", "You've done everything right": praise addressed to "you" affirms;
        // it does not restate what the person said.
        findings.evidence.removeOverlaps(of: .paraphrase, with: .reassurance)
        findings.evidence.removeOverlaps(of: .paraphrase, with: .validate)
        // "If you feel anxious, …", "when you're stressed": a feeling supposed, not one read from the person.
        let tokens = document.tokens
        findings.evidence.removeSpans(of: .reflectFeeling) { span in
            span.first > 0 && tokens[span.first - 1].clause == tokens[span.first].clause &&
                ["if", "when", "whenever", "unless", "once"].contains(tokens[span.first - 1].norm)
        }
    }

    /// Sets the three EPITOME mechanisms from the lexicon cues and the techniques found:
    /// feeling reflections and shared experiences are strong interpretations, restatements weak ones;
    /// questions to the person are explorations, strong when they ask about something specific.
    func assessMechanisms(_ document: TextDocument, into findings: inout Findings) {
        func first(_ technique: Technique) -> (first: Int, end: Int)? { findings.evidence[technique].first }
        if let span = first(.reflectFeeling) { findings.cue(.interpretations, level: 2, first: span.first, end: span.end) }
        if let span = first(.selfDisclosure) { findings.cue(.interpretations, level: 2, first: span.first, end: span.end) }
        if let span = first(.validate) { findings.cue(.interpretations, level: 2, first: span.first, end: span.end) }
        // Thanks is courtesy warmth; an apology names the responder's regret.
        if let span = first(.gratitude) { findings.cue(.emotionalReactions, level: 1, first: span.first, end: span.end) }
        if let span = first(.apology) { findings.cue(.emotionalReactions, level: 2, first: span.first, end: span.end) }
        // Encouragement and reassurance allude to the responder's warmth without naming a feeling.
        if let span = first(.reassurance) { findings.cue(.emotionalReactions, level: 1, first: span.first, end: span.end) }
        if let span = first(.validate) { findings.cue(.emotionalReactions, level: 1, first: span.first, end: span.end) }

        let youBit = lexicon.classBit("you")
        let serviceNoun = lexicon.classBit("service_noun")
        let stop = lexicon.classBit("stopword") | lexicon.classBit("you") | lexicon.classBit("self")
        let asked = findings.evidence[.openQuestion] + findings.evidence[.closedQuestion] + findings.proposalQuestions
        for span in asked {
            let range = span.first..<span.end
            let addressed = range.contains { document.tokens[$0].classes & youBit != 0 }
            guard addressed else { continue }
            // Asking for an order number or offering more help is service, not exploring the person.
            if findings.serviceQuestions.contains(where: { $0.first < span.end && span.first < $0.end }) { continue }
            if range.contains(where: { document.tokens[$0].classes & serviceNoun != 0 }) { continue }
            let content = range.filter { document.tokens[$0].classes & stop == 0 && document.tokens[$0].norm.utf8.count >= 3 }.count
            findings.cue(.explorations, level: content >= 1 ? 2 : 1, first: span.first, end: span.end)
        }
    }
}
