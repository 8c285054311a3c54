extension ReplyAnalyzer {
    /// Turns findings into the analysis: techniques, evidence, mechanism levels and the explained score.
    func score(_ findings: Findings, document: TextDocument) -> ReplyAnalysis {
        var breakdown: [ScoreItem] = [ScoreItem(reason: "starting point for any reply", points: weights.base)]
        var mechanisms: [Mechanism: MechanismLevel] = [:]
        for mechanism in Mechanism.allCases {
            let cue = findings.mechanisms[mechanism]
            let level = cue?.level ?? 0
            mechanisms[mechanism] = level
            guard let cue, level > 0 else { continue }
            let quote = ReplyAnalyzer.quote(document.text(tokens: cue.first, cue.end))
            breakdown.append(ScoreItem(reason: "\(mechanism.explanation(level: level)): \(quote)",
                                       points: weights.points(mechanism, level: level), basis: mechanism.rawValue))
        }
        let techniques = findings.evidence.techniques
        for technique in techniques {
            var points = weights.technique[technique] ?? 0
            guard points != 0, var span = findings.evidence[technique].first else { continue }
            var explanation = technique.explanation
            if technique == .profanity, let directed = findings.directedProfanity {
                points = weights.directedProfanity
                span = directed
                explanation = "swears at the customer"
            }
            let quote = ReplyAnalyzer.quote(document.text(tokens: span.first, span.end))
            breakdown.append(ScoreItem(reason: "\(explanation): \(quote)", points: points, basis: technique.rawValue))
        }
        let total = breakdown.reduce(0) { $0 + $1.points }
        let empathy = Int(min(100, max(0, total)).rounded())
        return ReplyAnalysis(empathy: empathy, mechanisms: mechanisms, techniques: techniques,
                             evidence: findings.evidence.evidence(in: document), breakdown: breakdown)
    }

    /// A short quotation for a breakdown line: whitespace folded, at most 60 characters, in quotes.
    static func quote(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var count = 0, pendingSpace = false, truncated = false
        for scalar in text.unicodeScalars {
            if scalar.value == 0x20 || (scalar.value >= 0x09 && scalar.value <= 0x0D) {
                pendingSpace = count > 0
                continue
            }
            if count >= 57 { truncated = true; break }
            if pendingSpace { out.append(" "); count += 1; pendingSpace = false }
            out.append(scalar)
            count += 1
        }
        return "\u{201C}" + String(out) + (truncated ? "…\u{201D}" : "\u{201D}")
    }
}
