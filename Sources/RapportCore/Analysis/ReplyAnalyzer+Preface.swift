extension ReplyAnalyzer {
    /// Words that turn a sentence against what came before them.
    static let contrastWords: Set<String> = ["but", "however", "although", "though", "yet"]

    /// Settles empathy said only as a preface to a wall: in "I understand your frustration, however this is company
    /// policy" or "I'm sorry. But you should have read the terms", the acknowledgement before "but"/"however" is
    /// taken back by the refusal or blame after it, so it earns nothing. The harmful technique must follow the
    /// contrast word in the same sentence, or open the next sentence with it.
    func settlePrefacedWalls(_ document: TextDocument, into findings: inout Findings) {
        let tokens = document.tokens
        var taken: [(first: Int, end: Int)] = []
        for harmful in [Technique.policyShield, .blame, .dismissive] {
            for span in findings.evidence[harmful] {
                let index = tokens[span.first].sentence
                let sentence = document.sentences[index]
                // The last contrast word before the wall, in its sentence.
                guard let contrast = (sentence.firstToken..<span.first).last(where: { ReplyAnalyzer.contrastWords.contains(tokens[$0].norm) }) else { continue }
                var start = sentence.firstToken
                // "I'm sorry. However, …": a sentence that opens with the contrast takes back the one before it.
                let opens = (sentence.firstToken..<contrast).allSatisfy { ReplyAnalyzer.discourseMarkers.contains(tokens[$0].norm) }
                if opens, index > 0 { start = document.sentences[index - 1].firstToken }
                if start < contrast { taken.append((start, contrast)) }
            }
        }
        guard !taken.isEmpty else { return }
        func inside(_ span: (first: Int, end: Int)) -> Bool { taken.contains { $0.first <= span.first && span.end <= $0.end } }
        for helpful in [Technique.reflectFeeling, .validate, .apology, .reassurance, .paraphrase] {
            findings.evidence.removeSpans(of: helpful, where: inside)
        }
        for mechanism in [Mechanism.emotionalReactions, .interpretations] {
            if let cue = findings.mechanisms[mechanism], inside((cue.first, cue.end)) { findings.mechanisms[mechanism] = nil }
        }
    }

    /// Settles policy named on the way to helping: "That's our policy, but I can waive it this time" and "The
    /// decision was made by the review team. However, I can help you appeal it" explain a rule and then engage,
    /// so the rule is no wall. A policy span is dropped when, after a contrast word later in its sentence or
    /// opening the next one, the agent offers or commits to something (ownership, a next step, a suggestion, or
    /// "I can…"/"we'll…" not negated).
    func settleEngagedPolicies(_ document: TextDocument, into findings: inout Findings) {
        let tokens = document.tokens
        guard !findings.evidence[.policyShield].isEmpty else { return }
        let engaging = [Technique.ownership, .nextStep, .suggestion].flatMap { findings.evidence[$0] }
        findings.evidence.removeSpans(of: .policyShield) { span in
            let index = tokens[span.first].sentence
            let sentence = document.sentences[index]
            var from = (span.end..<sentence.endToken).first { ReplyAnalyzer.contrastWords.contains(tokens[$0].norm) }
            var to = sentence.endToken
            if from == nil, index + 1 < document.sentences.count {
                let next = document.sentences[index + 1]
                let opening = (next.firstToken..<next.endToken).first { !ReplyAnalyzer.discourseMarkers.contains(tokens[$0].norm) }
                if let opening, ReplyAnalyzer.contrastWords.contains(tokens[opening].norm) { from = opening; to = next.endToken }
            }
            guard let from else { return false }
            if engaging.contains(where: { $0.first > from && $0.first < to }) { return true }
            // "…but I can waive it this time": the agent offering to act, not refusing.
            return (from + 1..<to).contains { k in
                guard ["i", "we"].contains(tokens[k].norm), k + 2 < to else { return false }
                return ["can", "could", "will", "shall"].contains(tokens[k + 1].norm) && tokens[k + 2].norm != "not" && tokens[k + 2].norm != "only"
            }
        }
    }

    /// Words after "you are" that make a cited rule a benefit: "under our policy you're *entitled* to a refund".
    static let grantWords: Set<String> = ["entitled", "covered", "eligible", "owed", "due", "protected", "allowed"]

    /// Settles a rule cited for the customer's benefit: "Under our policy you're entitled to a full refund", "according
    /// to the terms you're covered for this" give them something, so the rule is no wall.
    func settleGrantingPolicies(_ document: TextDocument, into findings: inout Findings) {
        let tokens = document.tokens
        guard !findings.evidence[.policyShield].isEmpty else { return }
        findings.evidence.removeSpans(of: .policyShield) { span in
            let end = document.sentences[tokens[span.first].sentence].endToken
            return (span.end..<min(end, span.end + 6)).contains { k in
                tokens[k].norm == "you" && k + 2 < end && ["are", "will"].contains(tokens[k + 1].norm) &&
                    (ReplyAnalyzer.grantWords.contains(tokens[k + 2].norm) || k + 3 < end && tokens[k + 2].norm == "be" && ReplyAnalyzer.grantWords.contains(tokens[k + 3].norm)) &&
                    tokens[k + 1].negatedBy < 0 && tokens[k + 2].negatedBy < 0
            }
        }
    }

    /// Settles a refusal that is a boundary about conduct, before the walls are weighed: "I can't do that while you're
    /// swearing at me", "I can't help you if you keep shouting" set the terms of the call, not a rule about the case,
    /// so they are no policy shield. The refusal must go on, in its sentence, to "while/if/when/as long as/until you"
    /// (or "…while I'm being sworn at") and a word for how the customer is speaking.
    func settleBoundaries(_ document: TextDocument, into findings: inout Findings) {
        let tokens = document.tokens
        guard !findings.evidence[.policyShield].isEmpty else { return }
        findings.evidence.removeSpans(of: .policyShield) { span in
            let end = document.sentences[tokens[span.first].sentence].endToken
            guard let link = (span.end..<min(end, span.end + 4)).first(where: { ["while", "if", "when", "long", "until"].contains(tokens[$0].norm) }),
                  link + 1 < end, ["you", "as", "i"].contains(tokens[link + 1].norm) else { return false }
            // "…swearing at me", "…being abusive", "…raising your voice", "…talk to me like that", "…while I'm being
            // sworn at", "…spoken to like this".
            return (link + 2..<min(end, link + 7)).contains { k in
                let word = tokens[k].norm
                return ReplyAnalyzer.conductWords.contains { word.hasPrefix($0) } || word == "raising" ||
                    word == "like" && (k > 0 && tokens[k - 1].norm == "me" || k + 1 < end && ["that", "this"].contains(tokens[k + 1].norm))
            }
        }
    }
}
