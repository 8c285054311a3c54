import RapportCore

/// Plain-text rendering of a ``Debrief``: readable in a terminal, a pipe, or a Markdown file.
enum DebriefText {
    static func render(_ d: Debrief) -> [String] {
        var out: [String] = []
        let s = { (text: String) in TerminalSafe.sanitize(text) }
        out.append("Debrief — \(s(d.title))")
        out.append("Outcome: \(d.outcome.rawValue)    Empathy: \(d.score.empathy)/100    Resolution: \(d.score.resolution)/100")
        out.append("Mood: \(Sparkline.render(d.moodCurve))  (\(d.moodCurve.first ?? 0) → \(d.moodCurve.last ?? 0))")
        out.append("")
        out.append("Goals:")
        for goal in d.goals { out.append("  \(goal.met ? "✓" : "✗") \(s(goal.description))\(goal.required ? " (required)" : "")") }
        if !d.strengths.isEmpty {
            out.append("What worked:")
            for m in d.strengths { out.append("  turn \(m.turn): “\(s(m.quote))” — \(s(m.note))") }
        }
        if !d.missedOpportunities.isEmpty {
            out.append("Missed opportunities:")
            for m in d.missedOpportunities { out.append("  turn \(m.turn): “\(s(m.quote))” — \(s(m.note))") }
        }
        out.append("\(s(d.customer))'s story:")
        for part in d.storyUncovered { out.append("  uncovered: \(s(part.text))") }
        for part in d.storyMissed { out.append("  never told: \(s(part.text))") }
        if d.storyUncovered.isEmpty && d.storyMissed.isEmpty { out.append("  (this scenario has no hidden story)") }
        out.append("Why the scores:")
        for r in d.score.empathyReasons.prefix(6) { out.append("  empathy    \(reason(r))") }
        for r in d.score.resolutionReasons.prefix(6) { out.append("  resolution \(reason(r))") }
        if !d.modelReplies.isEmpty {
            out.append("Model replies:")
            for m in d.modelReplies { out.append("  \(s(m.moment)): “\(s(m.reply))”") }
        }
        for section in d.sections {
            out.append("\(s(section.title)) (\(s(section.source))):")
            for line in section.lines { out.append("  \(s(line))") }
        }
        return out
    }

    static func reason(_ r: ScoreReason) -> String {
        let points = r.points == 0 ? "" : (r.points > 0 ? " +\(Int(r.points))" : " \(Int(r.points))")
        let turn = r.turn.map { "turn \($0): " } ?? ""
        let quote = r.quote.map { " “\(TerminalSafe.sanitize($0))”" } ?? ""
        return turn + TerminalSafe.sanitize(r.text) + quote + points
    }
}

/// A mood curve as a row of block characters (▁ furious … █ delighted).
enum Sparkline {
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    static func render(_ values: [Int], lower: Int = -100, upper: Int = 100) -> String {
        String(values.map { value in
            let clamped = min(upper, max(lower, value))
            let index = (clamped - lower) * (blocks.count - 1) / max(1, upper - lower)
            return blocks[index]
        })
    }
}
