import Foundation
import RapportCore
import RapportProgress

/// `rapport progress` as styled lines: per-skill trends with sparklines, best and latest scores per scenario,
/// the learning outcomes practised, the shifts with their fading flags, and the resilience plan.
struct ProgressRenderer {
    let glyphs: Glyphs
    let unicode: Bool

    /// One line of the report.
    struct Line {
        var text: Styled
        var indent = 0
    }

    func render(_ summary: ProgressSummary, sessions: [SessionEntry], shifts: [ShiftDetail], plan: ResiliencePlan) -> [Line] {
        var lines: [Line] = []
        let first = sessions.first.map { day($0.startedAt) } ?? ""
        let shiftCount = shifts.count
        lines.append(Line(text: Styled("Your progress", .bold) + Styled(" \(glyphs.dash) \(summary.sessionCount) session\(summary.sessionCount == 1 ? "" : "s") since \(first), \(shiftCount) shift\(shiftCount == 1 ? "" : "s")", .dim)))
        lines.append(Line(text: ""))
        lines.append(Line(text: Styled("Skills", .bold) + Styled(" (empathy per session, oldest first)", .dim)))
        lines += tracks(summary.skills)
        lines.append(Line(text: ""))
        lines.append(Line(text: Styled("Scenarios", .bold) + Styled(" (empathy per attempt; best and latest empathy / resolution)", .dim)))
        lines += tracks(summary.scenarios)
        lines.append(Line(text: ""))
        lines.append(Line(text: Styled("Learning outcomes practised", .bold)))
        let width = summary.outcomes.map(\.name.count).max() ?? 0
        for outcome in summary.outcomes {
            var parts: [String] = []
            if outcome.sessions > 0 { parts.append("\(outcome.sessions) session\(outcome.sessions == 1 ? "" : "s")") }
            if outcome.shiftActivities > 0 {
                let what = outcome.name == ProgressSummary.shiftOutcomes.tool ? "recovery tool" : "shift check-in"
                parts.append("\(outcome.shiftActivities) \(what)\(outcome.shiftActivities == 1 ? "" : "s")")
            }
            let count = parts.isEmpty ? Styled("not yet", .dim) : Styled(parts.joined(separator: ", "))
            lines.append(Line(text: Styled((outcome.practised ? glyphs.tick : glyphs.pending) + " " + outcome.name.padding(toLength: width) + "  ") + count, indent: 2))
        }
        if !shifts.isEmpty {
            lines.append(Line(text: ""))
            lines.append(Line(text: Styled("Shifts", .bold)))
            for detail in shifts { lines += shift(detail) }
        }
        lines.append(Line(text: ""))
        lines.append(Line(text: Styled("Resilience plan", .bold)))
        lines += PlanRenderer(glyphs: glyphs).render(plan).map { Line(text: $0, indent: 2) }
        return lines
    }

    func tracks(_ tracks: [ProgressSummary.Track]) -> [Line] {
        let width = tracks.map(\.name.count).max() ?? 0
        let spark = tracks.map(\.count).max() ?? 0
        return tracks.map { track in
            let line = glyphs.sparkline(Array(track.empathy.suffix(20)), lower: 0, upper: 100)
            return Line(text: Styled(track.name.padding(toLength: width) + "  ") + Styled(line.padding(toLength: min(20, spark)), .accent)
                        + Styled("  best \(track.bestEmpathy)/\(track.bestResolution)  latest \(track.latestEmpathy)/\(track.latestResolution)  (\(track.count))", .plain),
                        indent: 2)
        }
    }

    func shift(_ detail: ShiftDetail) -> [Line] {
        let calls = detail.calls
        let empathy = glyphs.sparkline(calls.map(\.empathy), lower: 0, upper: 100)
        var status = "\(calls.count) of \(detail.shift.plannedCalls) calls"
        if detail.shift.endedEarly { status += ", ended early" }
        if detail.shift.endedAt == nil { status += ", not finished" }
        var lines = [Line(text: Styled("\(day(detail.shift.startedAt)) \(time(detail.shift.startedAt))  ") + Styled(empathy, .accent)
                          + Styled("  \(status)", .dim), indent: 2)]
        for flag in detail.shift.flags {
            lines.append(Line(text: Styled("\(glyphs.cross) \(flag.kind.title): ", .warn) + Styled(flag.evidence), indent: 4))
        }
        for tool in detail.tools where tool.completed && tool.tool == .reflection {
            lines.append(Line(text: Styled("note: ", .dim) + Styled(glyphs.quoted(tool.text)), indent: 4))
        }
        return lines
    }

    func day(_ date: Date) -> String { String(ProgressExport.iso8601(date).prefix(10)) }

    func time(_ date: Date) -> String { String(ProgressExport.iso8601(date).dropFirst(11).prefix(5)) + " UTC" }
}
