import RapportCore
import RapportEngine

/// What the trainee's commands show: `:mood`, `:goals`, `:transcript`, `:help`. Plain data in, styled lines out.
enum SessionViews {
    /// The mood curve so far: the persona's starting mood, then the mood after each reply.
    static func moods(_ session: Session) -> [Int] {
        [session.definition.persona.mood] + session.transcript.turns.map(\.after.mood)
    }

    /// `:mood`.
    static func mood(_ session: Session, glyphs: Glyphs, unicode: Bool) -> [Styled] {
        let state = session.state
        let band = state.moodBand
        let name = session.definition.persona.name
        let face = unicode ? " " + MoodMeter.face(band) : ""
        let curve = moods(session)
        return [
            Styled(name, .name) + Styled(" is ") + Styled(band.rawValue, MoodMeter.style(band)) + Styled(face)
                + Styled(" (mood \(state.mood) on -100…100, trust \(state.trust)/100, patience \(state.patience) left)"),
            Styled("Mood so far: ") + Styled(glyphs.sparkline(curve), .accent) + Styled(" (\(curve.first ?? 0) \(glyphs.arrow) \(curve.last ?? 0))"),
        ]
    }

    /// `:goals`.
    static func goals(_ session: Session, glyphs: Glyphs) -> [Styled] {
        let met = session.state.met
        var lines: [Styled] = [Styled("Goals for this call:", .bold)]
        for goal in session.definition.goals {
            let done = met.contains(goal.id)
            var notes: [String] = []
            if goal.required { notes.append("required") }
            if let after = goal.after, !done { notes.append("after \(session.definition.goals.first { $0.id == after }.map { lower($0.description) } ?? after)") }
            let suffix = notes.isEmpty ? "" : " (" + notes.joined(separator: "; ") + ")"
            lines.append(Styled("  ") + Styled(done ? glyphs.tick : glyphs.pending, done ? .good : .dim) + Styled(" " + goal.description)
                         + Styled(suffix, .dim))
        }
        if session.definition.goals.isEmpty { lines.append(Styled("  (this scenario sets no goals)", .dim)) }
        return lines
    }

    /// `:transcript`.
    static func transcript(_ session: Session, glyphs: Glyphs) -> [Styled] {
        let name = session.definition.persona.name
        var lines: [Styled] = [Styled("\(name): ", .name) + Styled(session.transcript.opening)]
        for turn in session.transcript.turns {
            lines.append(Styled("you: ", .accent) + Styled(turn.reply))
            if turn.scriptError != nil {
                lines.append(Styled("(the scenario script failed on this turn)", .dim))
            } else {
                lines.append(Styled("\(name): ", .name) + Styled(turn.customerLine))
            }
        }
        return lines
    }

    /// `:help`.
    static func help(mode: PlayMode) -> [Styled] {
        var lines: [Styled] = [Styled("Type your reply and press Enter. Commands:", .bold)]
        for command in ReplCommand.allCases {
            lines.append(Styled("  " + command.typed.padding(toLength: 13), .accent) + Styled(command.summary))
        }
        lines.append(Styled("Keys: Up/Down recall earlier lines, Tab completes commands, Ctrl-C cancels the line, Ctrl-D ends the call.", .dim))
        if mode == .exam { lines.append(Styled("Exam mode: no feedback or hints until the debrief.", .dim)) }
        return lines
    }

    /// The debrief's note on a goal that did not count because the goal it comes after was never met: "counts once
    /// the goal above is met" when that goal is the one listed just before it, else the goal's description.
    static func waitingNote(_ goal: GoalStatus, previous: GoalStatus?) -> String? {
        guard let waiting = goal.waitingFor else { return nil }
        return previous?.description == waiting ? "counts once the goal above is met" : "counts only after: " + lower(waiting)
    }

    static func lower(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.lowercased() + text.dropFirst()
    }
}
