import Foundation
import RapportCore

/// The end-of-shift summary as styled lines: a table of the calls, a chart of empathy per call, the fading flags
/// with their evidence, the check-in answers over the shift and the tools used.
struct ShiftSummaryRenderer {
    let glyphs: Glyphs
    let unicode: Bool

    /// One line of the summary.
    struct Line {
        var text: Styled
        var indent = 0
    }

    func render(calls: [CallStats], planned: Int, endedEarly: Bool, flags: [FadingFlag], checkIns: [CheckIn],
                tools: [ShiftRunner.UsedTool]) -> [Line] {
        var lines: [Line] = []
        let heading = "Shift summary \(glyphs.dash) \(calls.count) of \(planned) call\(planned == 1 ? "" : "s")" + (endedEarly ? ", ended early" : "")
        lines.append(Line(text: Styled(heading, .bold)))
        guard !calls.isEmpty else {
            lines.append(Line(text: Styled("No calls were taken, so there is nothing to summarise yet.", .dim), indent: 2))
            return lines
        }
        lines += table(calls)
        lines.append(Line(text: ""))
        lines.append(Line(text: Styled("Empathy per call", .bold)))
        let chart = EmpathyChart(unicode: unicode).rows(calls.enumerated().map { (label: String($0.offset + 1), value: $0.element.empathy) })
        lines += chart.map { Line(text: Styled($0, .accent), indent: 2) }
        lines.append(Line(text: ""))
        lines += fading(flags, calls: calls)
        lines += checkInTable(checkIns)
        lines += toolLines(tools)
        if lines.last?.text.isEmpty == false { lines.append(Line(text: "")) }
        lines.append(Line(text: Styled("The check-in and these flags are self-reflection aids for training, not a clinical assessment. If the warning signs stay with you outside training, talk to someone you trust or your support line.", .dim)))
        return lines
    }

    func table(_ calls: [CallStats]) -> [Line] {
        let nameWidth = max(8, calls.map(\.scenarioID.count).max() ?? 0)
        func row(_ cells: [String]) -> String {
            cells[0].padding(toLength: 3) + cells[1].padding(toLength: nameWidth + 2)
                + [cells[2], cells[3], cells[4], cells[5]].enumerated().map { String(repeating: " ", count: max(0, [7, 10, 11, 7][$0.offset] - $0.element.count)) + $0.element }.joined(separator: "  ")
        }
        var lines = [Line(text: Styled(row(["#", "Scenario", "Empathy", "Resolution", "Words/reply", "Harmful"]), .dim), indent: 2)]
        for (index, call) in calls.enumerated() {
            let words = call.replies.isEmpty ? glyphs.dash : String(format: "%.1f", call.wordsPerReply)
            lines.append(Line(text: Styled(row([String(index + 1), call.scenarioID, String(call.empathy), String(call.resolution), words, String(call.harmfulReplies)])), indent: 2))
        }
        return lines
    }

    func fading(_ flags: [FadingFlag], calls: [CallStats]) -> [Line] {
        var lines = [Line(text: Styled("Fading signs", .bold))]
        if calls.filter({ !$0.replies.isEmpty }).count < 2 {
            lines.append(Line(text: Styled("Too few calls to see a trend.", .dim), indent: 2))
        } else if flags.isEmpty {
            lines.append(Line(text: Styled("None: your empathy held up across the shift.", .good), indent: 2))
        } else {
            for flag in flags {
                lines.append(Line(text: Styled("\(glyphs.cross) \(flag.kind.title): ", .warn) + Styled(flag.evidence), indent: 2))
            }
        }
        lines.append(Line(text: ""))
        return lines
    }

    func checkInTable(_ checkIns: [CheckIn]) -> [Line] {
        guard !checkIns.isEmpty else { return [] }
        var lines = [Line(text: Styled("Check-ins (1 = not at all, 5 = very much; \(glyphs.pending) skipped)", .bold))]
        let labelWidth = CheckInItem.allCases.map(\.label.count).max() ?? 0
        let header = "".padding(toLength: labelWidth) + checkIns.map { "  after \($0.afterCall)" }.joined()
        lines.append(Line(text: Styled(header, .dim), indent: 2))
        for item in CheckInItem.allCases {
            let cells = checkIns.map { checkIn -> String in
                let value = checkIn.rating(item).map(String.init) ?? glyphs.pending
                return String(repeating: " ", count: max(0, "  after \(checkIn.afterCall)".count - value.count)) + value
            }
            lines.append(Line(text: Styled(item.label.padding(toLength: labelWidth) + cells.joined()), indent: 2))
        }
        lines.append(Line(text: ""))
        return lines
    }

    func toolLines(_ tools: [ShiftRunner.UsedTool]) -> [Line] {
        guard !tools.isEmpty else { return [] }
        var lines = [Line(text: Styled("Recovery tools", .bold))]
        for used in tools {
            var text = "after call \(used.afterCall): \(used.tool.rawValue) (\(used.completed ? "done" : "skipped"))"
            if !used.text.isEmpty { text += " \(glyphs.dash) \(glyphs.quoted(used.text))" }
            lines.append(Line(text: Styled(text), indent: 2))
        }
        return lines
    }
}
