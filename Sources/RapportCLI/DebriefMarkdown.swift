import Foundation
import RapportCore

/// The debrief and transcript as a Markdown file a trainee can keep, share, or hand to a coach.
enum DebriefMarkdown {
    /// The whole document. Text from the scenario is sanitized (no control characters).
    static func render(_ d: Debrief, transcript: Transcript, mode: PlayMode) -> String {
        let s = { (text: String) in TerminalSafe.sanitize(text).replacingOccurrences(of: "\n", with: " ") }
        var out: [String] = []
        out.append("# Debrief — \(s(d.title))")
        out.append("")
        out.append("- Scenario: `\(s(d.scenarioID))` (\(s(transcript.scenarioFile)), seed \(transcript.seed), \(mode.rawValue) mode)")
        out.append("- Outcome: **\(d.outcome.rawValue)**")
        let empathy = d.score.turns.isEmpty ? "— (no replies)" : "**\(d.score.empathy)/100**"
        out.append("- Empathy: \(empathy) · Resolution: **\(d.score.resolution)/100**")
        out.append("- Mood: \(Glyphs.unicode.sparkline(d.moodCurve)) (\(d.moodCurve.first ?? 0) → \(d.moodCurve.last ?? 0))")
        if !d.goals.isEmpty {
            out += ["", "## Goals", ""]
            for (k, goal) in d.goals.enumerated() {
                let waiting = SessionViews.waitingNote(goal, previous: k > 0 ? d.goals[k - 1] : nil).map { " — " + s($0) } ?? ""
                out.append("- [\(goal.met ? "x" : " ")] \(s(goal.description))\(goal.required ? " (required)" : "")\(waiting)")
            }
        }
        out += ["", "## What worked", ""]
        if d.strengths.isEmpty { out.append("- No reply scored 60 or more this time.") }
        if let m = d.nearest { out.append("- Closest: turn \(m.turn): “\(s(m.quote))” — \(s(m.note))") }
        for m in d.strengths { out.append("- Turn \(m.turn): “\(s(m.quote))” — \(s(m.note))") }
        if !d.missedOpportunities.isEmpty {
            out += ["", "## Missed opportunities", ""]
            for m in d.missedOpportunities { out.append("- Turn \(m.turn): “\(s(m.quote))” — \(s(m.note))") }
        }
        out += ["", "## \(s(d.customer))'s story", ""]
        for part in d.storyUncovered { out.append("- Uncovered: \(s(part.text))") }
        for part in d.storyMissed { out.append("- Never told: \(s(part.text))") }
        if d.storyUncovered.isEmpty && d.storyMissed.isEmpty { out.append("- (This scenario has no hidden story.)") }
        out += ["", "## Why the scores", ""]
        for r in d.score.empathyReasons { out.append("- Empathy: \(reason(r))") }
        for r in d.score.resolutionReasons { out.append("- Resolution: \(reason(r))") }
        if !d.modelReplies.isEmpty {
            out += ["", "## Model replies", ""]
            for m in d.modelReplies { out.append("- *\(s(m.moment))*: “\(s(m.reply))”") }
        }
        for section in d.sections {
            out += ["", "## \(s(section.title)) (\(s(section.source)))", ""]
            for line in section.lines { out.append("- \(s(line))") }
        }
        out += ["", "## Transcript", ""]
        out.append("**\(s(d.customer)):** \(s(transcript.opening))")
        for (turn, score) in zip(transcript.turns, d.score.turns) {
            out.append("")
            let techniques = turn.analysis.techniques.map(\.rawValue).joined(separator: ", ")
            out.append("**You:** \(s(turn.reply))  ")
            out.append("*\(score.empathy)/100\(techniques.isEmpty ? "" : " — " + techniques)*")
            out.append("")
            out.append(turn.scriptError == nil ? "**\(s(d.customer)):** \(s(turn.customerLine))" : "*(the scenario script failed on this turn)*")
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func reason(_ r: ScoreReason) -> String {
        let points = r.points == 0 ? "" : (r.points > 0 ? " (+\(Int(r.points)))" : " (\(Int(r.points)))")
        let turn = r.turn.map { "turn \($0): " } ?? ""
        let quote = r.quote.map { " “\(TerminalSafe.sanitize($0))”" } ?? ""
        return turn + TerminalSafe.sanitize(r.text) + quote + points
    }
}
