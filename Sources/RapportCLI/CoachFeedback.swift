import RapportCore

/// The short feedback under a reply in coach mode: the reply's score in context, the techniques found with the
/// trainee's words that show them, what the moment cost, goals met, and one tip.
enum CoachFeedback {
    /// Techniques listed at most; more would not be read.
    static let maximumTechniques = 4
    /// Longest evidence quote, in characters; longer ones are cut with an ellipsis.
    static let quoteLimit = 48

    /// The lines for `record`, scored `score`, followed by `tip` when there is one.
    static func render(record: TurnRecord, score: TurnScore, goals: [Goal], tip: Hint?, glyphs: Glyphs) -> [Styled] {
        var first = Styled(glyphs.pointer + " ", .dim) + Styled("\(score.empathy)/100", style(for: score.empathy))
        var parts: [Styled] = []
        for technique in ordered(record.analysis.techniques).prefix(maximumTechniques) {
            let name = technique.displayName
            var part = Styled(name, technique.isHarmful ? .bad : .plain)
            if let evidence = record.analysis.evidence.first(where: { $0.technique == technique }) {
                part += Styled(" ") + Styled(glyphs.quoted(TurnScorer.excerpt(evidence.text, limit: quoteLimit)), technique.isHarmful ? .badMark : .goodMark)
            }
            parts.append(part)
        }
        if parts.isEmpty { parts.append(Styled("no empathy techniques found", .dim)) }
        for adjustment in score.adjustments where adjustment.points < 0 {
            parts.append(Styled("\(Int(adjustment.points)) \(adjustment.text)", .bad))
        }
        // What plugins changed, attributed to them.
        for item in record.analysis.breakdown where item.source != nil && item.points != 0 {
            let points = item.points > 0 ? "+\(Int(item.points))" : "\(Int(item.points))"
            parts.append(Styled("\(points) \(item.reason) (\(item.source!))", item.points < 0 ? .bad : .good))
        }
        first += Styled(" \(glyphs.bullet) ", .dim) + Styled.join(parts, separator: Styled(" \(glyphs.bullet) ", .dim))
        var lines = [first]
        for event in record.events {
            switch event {
            case .goalMet(let id):
                let text = goals.first { $0.id == id }?.description ?? id
                lines.append(Styled("\(glyphs.tick) goal met: ", .good) + Styled(text))
            case .goalUnmet(let id):
                let text = goals.first { $0.id == id }?.description ?? id
                lines.append(Styled("\(glyphs.cross) goal lost: ", .bad) + Styled(text))
            case .pluginNote(let plugin, let text):
                lines.append(Styled("\(plugin): ", .accent) + Styled(text))
            case .revealed, .note, .stage:
                break
            }
        }
        if let tip, tip.kind != .over { lines.append(Styled("tip: ", .accent) + Styled(tip.text)) }
        return lines
    }

    /// Harmful techniques first (they matter most), then the rest in the analyzer's order.
    static func ordered(_ techniques: [Technique]) -> [Technique] {
        techniques.filter(\.isHarmful) + techniques.filter { !$0.isHarmful }
    }

    /// Green from 60, yellow from 40, red below.
    static func style(for score: Int) -> TextStyle {
        score >= 60 ? .good : score >= 40 ? .warn : .bad
    }
}
