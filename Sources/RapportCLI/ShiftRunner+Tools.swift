import Foundation
import RapportCore
import RapportProgress

extension ShiftRunner {
    /// Offers `tool` after call `afterCall`, runs it and stores what came of it.
    func offer(_ tool: RecoveryTool, afterCall: Int) {
        let glyphs = screen.glyphs
        let why = plan.tools.contains(tool) ? "from your resilience plan" : "suggested by your check-in and your scores"
        screen.line(Styled("A moment before the next call \(glyphs.dash) \(tool.summary) (\(why)).", .bold))
        var used = UsedTool(afterCall: afterCall, tool: tool, completed: false, text: "")
        switch tool {
        case .breathing:
            let timer = options.breathing
            // Enter stops it only when someone is typing; piped input is not read (its lines belong to later prompts).
            let stop = reader.isInteractive ? " Press Enter to stop at any time." : ""
            screen.line(Styled("Breathe along: \(timer.cycles) slow breaths, in for \(timer.inhale) seconds and out for \(timer.exhale) (\(timer.totalSeconds) seconds).\(stop)", .dim))
            used.completed = timer.run(screen: screen, pacer: pacer)
        case .reframing:
            used = reframe(used)
        case .reflection:
            screen.line(Styled("One line for yourself: what do you want to remember from that call? (Enter skips)", .dim))
            if case .line(let text) = ask("  note> "), !text.trimmed.isEmpty {
                used.text = text.trimmed
                used.completed = true
                screen.line(Styled("Saved with this shift.", .dim), indent: 2)
            }
        }
        tools.append(used)
        if let shiftID = shift?.id {
            recorder.attempt { store throws(ProgressError) in
                try store.record(ToolUseEntry(shiftID: shiftID, afterCall: used.afterCall, tool: used.tool, completed: used.completed, text: used.text))
            }
        }
        screen.blank()
    }

    /// "What might this customer's story be?", then the story parts the trainee heard and those never told.
    func reframe(_ start: UsedTool) -> UsedTool {
        var used = start
        guard let last = taken.last(where: { $0.number == start.afterCall }) else {
            screen.line(Styled("(No call to look back on.)", .dim), indent: 2)
            return used
        }
        let debrief = last.debrief, name = debrief.customer
        screen.line(Styled("Think of \(name) from the last call. What might \(name)'s story be \(screen.glyphs.dash) what was going on for them? (one line; Enter skips)", .dim))
        guard case .line(let text) = ask("  story> "), !text.trimmed.isEmpty else { return used }
        used.text = text.trimmed
        used.completed = true
        if debrief.storyUncovered.isEmpty && debrief.storyMissed.isEmpty {
            screen.line(Styled("\(name)'s script has no hidden story \(screen.glyphs.dash) but every real caller has one.", .dim), indent: 2)
            return used
        }
        if !debrief.storyUncovered.isEmpty {
            screen.line(Styled("What \(name) told you:", .good), indent: 2)
            for part in debrief.storyUncovered { screen.line(Styled("\(screen.glyphs.tick) \(part.text)"), indent: 4, hang: 2) }
        }
        if !debrief.storyMissed.isEmpty {
            screen.line(Styled("What \(name) never got to tell you:", .warn), indent: 2)
            for part in debrief.storyMissed { screen.line(Styled("\(screen.glyphs.pending) \(part.text)"), indent: 4, hang: 2) }
        }
        return used
    }

    /// Stores the end of the shift, shows the summary, then offers to add what helped to the plan.
    func finish() {
        let flags = FadingDetector().flags(ShiftTrend(calls: taken.map(\.stats)))
        if var stored = shift {
            stored.endedAt = Date()
            stored.endedEarly = endedEarly
            stored.flags = flags
            recorder.attempt { store throws(ProgressError) in try store.finish(stored) }
            shift = stored
        }
        let summary = ShiftSummaryRenderer(glyphs: screen.glyphs, unicode: screen.profile.unicode)
        for line in summary.render(calls: taken.map(\.stats), planned: lineup.count, endedEarly: endedEarly, flags: flags,
                                   checkIns: checkIns, tools: tools) {
            screen.line(line.text, indent: line.indent)
        }
        screen.blank()
        offerPlanUpdates()
    }

    /// Asks whether to add each tool that was used, and each sign rated high, to the plan (not after input ended).
    func offerPlanUpdates() {
        guard !inputEnded, recorder.store != nil else { return }
        var changed = false
        for tool in RecoveryTool.allCases where tools.contains(where: { $0.tool == tool && $0.completed }) && !plan.tools.contains(tool) {
            guard let yes = confirm("Add \(tool.rawValue) to your resilience plan? [y/N] ") else { return save(changed) }
            if yes { changed = plan.add(tool) || changed }
        }
        let high = CheckInItem.allCases.filter { item in checkIns.contains { ($0.rating(item) ?? 0) >= RecoveryToolChooser.highRating } }
        for sign in high where !plan.signs.contains(sign) {
            guard let yes = confirm("Add \(sign.label) to the warning signs you watch for? [y/N] ") else { return save(changed) }
            if yes { changed = plan.add(sign) || changed }
        }
        save(changed)
    }

    /// y or n to a question; nil when input ended.
    func confirm(_ prompt: String) -> Bool? {
        guard case .line(let text) = ask(prompt) else { return inputEnded ? nil : false }
        return ["y", "yes"].contains(text.trimmed.lowercased())
    }

    func save(_ changed: Bool) {
        guard changed else { return }
        recorder.attempt { store throws(ProgressError) in try store.save(plan) }
        screen.line(Styled("Your resilience plan was updated ('rapport plan' shows it, 'rapport plan --export markdown' writes it out).", .dim))
    }
}
