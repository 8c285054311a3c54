import RapportCore
import RapportEngine

extension Repl {
    /// Says that a reply of `length` characters was too long and that nothing was sent.
    func refuseLongReply(length: Int) {
        screen.line(Styled("That reply is \(length) characters; the limit is \(Session.maximumReplyLength). Nothing was sent \(screen.glyphs.dash) try a shorter one.", .warn))
    }

    /// Sends one reply: logs the turn, shows coach feedback (coach mode), then the customer's answer.
    /// A script fault is shown with its file and line; the reply is kept and the call goes on.
    /// Returns false when the reply was refused (too long, or the call had ended) and nothing was sent.
    @discardableResult
    func take(_ text: String) -> Bool {
        let result: TurnResult
        do {
            result = try session.reply(text)
        } catch {
            switch error {
            case .replyTooLong(let length, _):
                refuseLongReply(length: length)
            case .callEnded:
                screen.line(Styled("The call has ended.", .dim))
            }
            return false
        }
        log.write(turn: result.record)
        for warning in session.takePluginWarnings() {
            screen.line(Styled("warning: \(warning)", .warn))
        }
        if options.mode == .coach {
            let scores = TurnScorer(definition: session.definition).score(session.transcript.turns, opening: session.transcript.opening)
            if let score = scores.last, result.scriptError == nil {
                let tip = session.isOver ? nil : HintAdvisor(definition: session.definition).hint(transcript: session.transcript, state: session.state)
                screen.lines(CoachFeedback.render(record: result.record, score: score, goals: session.definition.goals, tip: tip, glyphs: screen.glyphs), indent: 2)
            }
        }
        screen.blank()
        if let problem = result.scriptProblem {
            screen.line(Styled("The scenario script failed on this turn:", .bad))
            screen.line(Styled(problem.formatted), indent: 2)
            screen.line(Styled("Your reply was kept. Go on with another reply, or type :quit to end the call and see the debrief.", .dim))
            screen.blank()
            return true
        }
        showCustomer(result.record.customerLine)
        return true
    }
}
