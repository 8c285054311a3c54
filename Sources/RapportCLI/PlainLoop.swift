import RapportCore
import RapportEngine

/// The line-by-line conversation: customer line, trainee reply, repeat until the call ends.
struct PlainLoop {
    let session: Session
    let log: SessionLog
    let input: any LineReader

    func run() throws {
        let name = TerminalSafe.sanitize(session.definition.persona.name)
        let opening: String
        do {
            opening = try session.start()
        } catch {
            throw DiagnosticsError(diagnostics: [ScenarioRuntime.diagnostic(for: error, path: session.definition.file)])
        }
        log.writeHeader(session.transcript)
        Terminal.line(TerminalSafe.sanitize(session.definition.title))
        Terminal.line("(Type your reply and press Enter. Ctrl-D or :quit ends the call.)")
        Terminal.line()
        Terminal.line("\(name) [\(MoodMeter.describe(session.state.mood))]: \(TerminalSafe.sanitize(opening))")
        while !session.isOver {
            guard let line = input.readLine(prompt: "you> ") else {
                Terminal.line()
                break
            }
            if !input.isInteractive { Terminal.line("you> \(TerminalSafe.sanitize(line))") }
            if line.trimmed == ":quit" { break }
            let result: TurnResult
            do {
                result = try session.reply(line)
            } catch {
                switch error {
                case .replyTooLong(let length, let limit):
                    Terminal.line("(That reply is \(length) characters; the limit is \(limit). Nothing was sent — try a shorter reply.)")
                    continue
                case .callEnded:
                    break
                }
                break
            }
            log.write(turn: result.record)
            if let problem = result.scriptProblem {
                Terminal.line("(The scenario script failed on this turn: \(problem.formatted). Your reply was kept; you can go on or type :quit.)")
                continue
            }
            Terminal.line("\(name) [\(MoodMeter.describe(result.record.after.mood))]: \(TerminalSafe.sanitize(result.record.customerLine))")
        }
        let outcome = session.hangUp()
        log.write(outcome: outcome)
        Terminal.line()
        Terminal.line("Call ended: \(outcome.rawValue).")
        Terminal.line()
        for line in DebriefText.render(session.debrief()) { Terminal.line(line) }
        Terminal.line()
        Terminal.line("Transcript saved to \(log.path)")
    }
}

/// A compact, text-only picture of the customer's mood.
enum MoodMeter {
    static func describe(_ mood: Int) -> String {
        MoodBand(mood: mood).rawValue
    }
}
