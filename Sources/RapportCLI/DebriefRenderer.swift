import RapportCore

/// The debrief as a trainee reads it at the terminal: outcome and scores first, then what worked and what was
/// missed (in their own words), the customer's story, why the scores are what they are, and model replies.
struct DebriefRenderer {
    let glyphs: Glyphs
    /// Reasons shown per score.
    static let reasonsShown = 6
    /// Longest quote in a score reason (the full replies are in "What worked" and the saved Markdown).
    static let reasonQuoteLimit = 40

    /// One line of the debrief: its text, its indent, and the extra indent of the lines it wraps onto.
    struct Line {
        var text: Styled
        var indent = 0
        var hang = 0
    }

    /// The lines in reading order. `turns` adds a turn-by-turn table (exam mode).
    func render(_ d: Debrief, turns: [(record: TurnRecord, score: TurnScore)] = []) -> [Line] {
        var out: [Line] = []
        func heading(_ text: String) { out.append(Line(text: Styled(""))); out.append(Line(text: Styled(text, .bold))) }
        func item(_ text: Styled, hang: Int = 2) { out.append(Line(text: text, indent: 2, hang: hang)) }

        out.append(Line(text: Styled("Debrief \(glyphs.dash) ", .bold) + Styled(d.title, .bold)))
        out.append(Line(text: Styled("Outcome     ") + Styled(d.outcome.rawValue, outcomeStyle(d.outcome)), hang: 12))
        // With no reply there is nothing to score: "0/100" would read as a verdict on the trainee.
        let empathy = d.score.turns.isEmpty ? Styled("\(glyphs.dash) (no replies)", .dim)
            : Styled("\(d.score.empathy)/100", CoachFeedback.style(for: d.score.empathy))
        out.append(Line(text: Styled("Empathy     ") + empathy, hang: 12))
        out.append(Line(text: Styled("Resolution  ") + Styled("\(d.score.resolution)/100", CoachFeedback.style(for: d.score.resolution)), hang: 12))
        out.append(Line(text: Styled("Mood        ") + Styled(glyphs.sparkline(d.moodCurve), .accent)
                    + Styled("  \(d.moodCurve.first ?? 0) \(glyphs.arrow) \(d.moodCurve.last ?? 0) (\(MoodBand(mood: d.moodCurve.last ?? 0).rawValue))", .dim), hang: 12))

        if !d.goals.isEmpty {
            heading("Goals")
            for (k, goal) in d.goals.enumerated() {
                let waiting = SessionViews.waitingNote(goal, previous: k > 0 ? d.goals[k - 1] : nil)
                item(Styled(goal.met ? glyphs.tick : glyphs.cross, goal.met ? .good : .bad) + Styled(" " + goal.description)
                     + Styled(goal.required ? " (required)" : "", .dim) + Styled(waiting.map { " — " + $0 } ?? "", .dim))
            }
        }
        heading("What worked")
        if d.strengths.isEmpty { item(Styled("No reply scored 60 or more this time.", .dim)) }
        if let nearest = d.nearest { item(Styled("closest: ", .dim) + moment(nearest, .warn)) }
        for m in d.strengths { item(moment(m, .good)) }
        if !d.missedOpportunities.isEmpty {
            heading("Missed opportunities")
            for m in d.missedOpportunities { item(moment(m, .warn)) }
        }
        heading("\(d.customer)'s story")
        for part in d.storyUncovered { item(Styled("uncovered   ", .good) + Styled(part.text), hang: 12) }
        for part in d.storyMissed { item(Styled("never told  ", .warn) + Styled(part.text), hang: 12) }
        if d.storyUncovered.isEmpty && d.storyMissed.isEmpty { item(Styled("(this scenario has no hidden story)", .dim)) }

        heading("Why the scores")
        for r in d.score.empathyReasons.prefix(Self.reasonsShown) { item(Styled("empathy     ", .dim) + reason(r), hang: 12) }
        for r in d.score.resolutionReasons.prefix(Self.reasonsShown) { item(Styled("resolution  ", .dim) + reason(r), hang: 12) }
        if !turns.isEmpty {
            heading("Turn by turn")
            for (record, score) in turns {
                let techniques = record.analysis.techniques.map(\.displayName).joined(separator: ", ")
                item(Styled("\(record.number)".padding(toLength: 3)) + Styled("\(score.empathy)".padding(toLength: 4), CoachFeedback.style(for: score.empathy))
                     + Styled(glyphs.quoted(TurnScorer.excerpt(record.reply, limit: 60))) + Styled(techniques.isEmpty ? "" : " \(glyphs.dash) " + techniques, .dim))
            }
        }
        if !d.modelReplies.isEmpty {
            heading("Model replies")
            for m in d.modelReplies { item(Styled(m.moment + ": ", .accent) + Styled(glyphs.quoted(m.reply))) }
        }
        for section in d.sections {
            heading("\(section.title) (\(section.source))")
            for line in section.lines { item(Styled(line)) }
        }
        return out
    }

    func moment(_ m: Moment, _ style: TextStyle) -> Styled {
        Styled("turn \(m.turn): ", .dim) + Styled(glyphs.quoted(m.quote), style) + Styled(" \(glyphs.dash) \(m.note)")
    }

    func reason(_ r: ScoreReason) -> Styled {
        let points = r.points == 0 ? Styled("") : Styled(r.points > 0 ? " +\(Int(r.points))" : " \(Int(r.points))", r.points > 0 ? .good : .bad)
        let turn = r.turn.map { Styled("turn \($0): ", .dim) } ?? Styled("")
        let quote = r.quote.map { Styled(" " + glyphs.quoted(TurnScorer.excerpt($0, limit: Self.reasonQuoteLimit)), .dim) } ?? Styled("")
        return turn + Styled(r.text) + quote + points
    }

    func outcomeStyle(_ outcome: Outcome) -> TextStyle {
        switch outcome {
        case .resolved: .good
        case .escalated, .unresolved: .warn
        case .abandoned: .bad
        }
    }
}
