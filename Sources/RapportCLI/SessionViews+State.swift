import RapportCore
import RapportEngine

extension SessionViews {
    /// `:state`, the author's view: persona numbers, story parts and goals with their ids, what happened on each
    /// turn, what the script printed, script failures and load warnings.
    static func state(_ session: Session, glyphs: Glyphs) -> [Styled] {
        let d = session.definition
        let s = session.state
        let turns = session.transcript.turns
        var lines: [Styled] = [
            Styled("State of \(d.id)", .bold) + Styled(" (\(d.file), seed \(session.seed)) \(glyphs.dash) turn \(turns.count) of \(d.maxTurns)", .dim),
            label("persona") + Styled("mood \(s.mood) (\(s.moodBand.rawValue)) \(glyphs.bullet) trust \(s.trust) \(glyphs.bullet) patience \(s.patience)"),
        ]
        for (k, part) in d.persona.story.enumerated() {
            let known = s.revealed.contains(part.id)
            lines.append(label(k == 0 ? "story" : "") + Styled(known ? glyphs.tick : glyphs.pending, known ? .good : .dim)
                         + Styled(" \(part.id)", .bold) + Styled(" \(glyphs.dash) \(part.text)"))
        }
        if d.persona.story.isEmpty { lines.append(label("story") + Styled("(none)", .dim)) }
        for (k, goal) in d.goals.enumerated() {
            let met = s.met.contains(goal.id)
            var notes: [String] = []
            if goal.required { notes.append("required") }
            if let after = goal.after { notes.append("after \(after)") }
            if goal.weight != 1 { notes.append("weight \(goal.weight)") }
            if goal.hasPredicate { notes.append("when") }
            lines.append(label(k == 0 ? "goals" : "") + Styled(met ? glyphs.tick : glyphs.pending, met ? .good : .dim)
                         + Styled(" \(goal.id)", .bold) + Styled(notes.isEmpty ? "" : " (" + notes.joined(separator: ", ") + ")", .dim))
        }
        var printed: [Styled] = []
        for turn in turns {
            var happened: [String] = []
            for event in turn.events {
                switch event {
                case .revealed(let id): happened.append("revealed \(id)")
                case .goalMet(let id): happened.append("met \(id)")
                case .goalUnmet(let id): happened.append("unmet \(id)")
                case .note(let text): printed.append(label(printed.isEmpty ? "printed" : "") + Styled("turn \(turn.number): ", .dim) + Styled(text))
                case .stage(let name): happened.append("stage \(name)")
                case .pluginNote(let plugin, let text): happened.append("\(plugin): \(text)")
                }
            }
            let delta = turn.after.mood - turn.before.mood
            let mood = "mood \(delta >= 0 ? "+" : "")\(delta)"
            let detail = ([mood] + happened).joined(separator: ", ")
            lines.append(label(turn.number == 1 ? "turns" : "") + Styled("\(turn.number): ", .dim) + Styled(detail)
                         + Styled(turn.scriptError.map { " \(glyphs.dash) script failed: \($0)" } ?? "", .bad))
        }
        lines += printed
        for diagnostic in session.runtime.diagnostics {
            lines.append(label("warning") + Styled(diagnostic.formatted, .warn))
        }
        return lines
    }

    private static func label(_ text: String) -> Styled {
        Styled(text.padding(toLength: 9), .accent)
    }
}
