import Foundation
import RapportCore
import RapportEngine

extension Repl {
    /// Ends the call (if the customer has not), shows the debrief and saves it with the transcript.
    func finish() throws {
        let outcome = session.hangUp()
        log.write(outcome: outcome)
        screen.line(Styled("Call ended: ", .bold) + Styled(outcome.rawValue, DebriefRenderer(glyphs: screen.glyphs).outcomeStyle(outcome)))
        screen.blank()
        let debrief = session.debrief()
        let turns = options.mode == .exam ? Array(zip(session.transcript.turns, debrief.score.turns)).map { (record: $0.0, score: $0.1) } : []
        for line in DebriefRenderer(glyphs: screen.glyphs).render(debrief, turns: turns) { screen.line(line.text, indent: line.indent, hang: line.hang) }
        screen.blank()
        let markdown = try archive(ending: session, reason: nil)
        screen.line(Styled("Saved: \(markdown) (and .json, .jsonl beside it)", .dim))
    }

    /// Saves `session`'s debrief and transcript beside its log; returns the Markdown file's path.
    @discardableResult
    func archive(ending session: Session, reason: String?) throws -> String {
        if reason != nil {
            log.write(outcome: session.hangUp())
        }
        let debrief = session.debrief()
        let saved = try SessionArchive.save(logPath: log.path, transcript: session.transcript, debrief: debrief, mode: options.mode)
        savedDebriefs.append(saved.markdown)
        let completed = CompletedCall(session: session, debrief: debrief, startedAt: callStartedAt, endedAt: Date(), mode: options.mode)
        lastCompleted = completed
        options.onArchived?(completed)
        return saved.markdown
    }
}
