import Foundation
import RapportCore
import RapportEngine

extension Repl {
    /// Carries out a `:command` (all but `:quit`, which ends the loop).
    func perform(_ command: ReplCommand) throws {
        let glyphs = screen.glyphs
        switch command {
        case .help:
            screen.lines(SessionViews.help(mode: options.mode))
        case .hint:
            if options.mode == .exam {
                screen.line(Styled("No hints in exam mode \(glyphs.dash) the debrief comes at the end.", .dim))
            } else {
                let hint = HintAdvisor(definition: session.definition).hint(transcript: session.transcript, state: session.state)
                screen.line(Styled("hint: ", .accent) + Styled(hint.text))
            }
        case .mood:
            screen.lines(SessionViews.mood(session, glyphs: glyphs, unicode: screen.profile.unicode))
        case .goals:
            screen.lines(SessionViews.goals(session, glyphs: glyphs))
        case .transcript:
            screen.lines(SessionViews.transcript(session, glyphs: glyphs))
        case .state:
            screen.lines(SessionViews.state(session, glyphs: glyphs), hang: 11)
        case .restart:
            try replace(replaying: 0, verb: "Restarting")
            return  // ends with the customer's line and its blank line, or with its own blank line
        case .reload:
            try replace(replaying: nil, verb: "Reloaded")
            return
        case .quit:
            break
        }
        screen.blank()
    }

    /// Swaps in a fresh session from the scenario file. On a load failure the error is shown (file:line) and the
    /// current call goes on untouched. A restart saves the abandoned attempt; a reload rewrites the live log.
    /// What it shows ends with one blank line, ready for the next prompt.
    func replace(replaying count: Int?, verb: String) throws {
        let replay: SessionReplay
        switch session.reloaded(replaying: count) {
        case .failure(let failure):
            screen.line(Styled("The scenario file does not load; the current call goes on unchanged:", .bad))
            for diagnostic in failure.diagnostics { screen.line(Styled(diagnostic.formatted), indent: 2) }
            screen.blank()
            return
        case .success(let result):
            replay = result
        }
        if count == 0 {
            if !session.transcript.turns.isEmpty {
                let saved = try archive(ending: session, reason: "restarted")
                screen.line(Styled("The previous attempt was saved: \(saved)", .dim))
            }
            session = replay.session
            callStartedAt = Date()
            log = try SessionLog(path: SessionFiles.newPath(folder: options.saveFolder, scenario: session.definition.id))
            writeLog(session)
            screen.line(Styled("\(verb) the call.", .dim))
            screen.blank()
            showCustomer(session.transcript.opening)
            return
        }
        session = replay.session
        try log.rewrite(session.transcript)
        var note = "\(verb) \(session.definition.file) and replayed \(replay.replayed) repl\(replay.replayed == 1 ? "y" : "ies")."
        if !replay.dropped.isEmpty { note += " The new script ended the call before \(replay.dropped.count) of them." }
        if !replay.faultyTurns.isEmpty { note += " The script failed on turn\(replay.faultyTurns.count == 1 ? "" : "s") \(replay.faultyTurns.map(String.init).joined(separator: ", "))." }
        screen.line(Styled(note, .dim))
        if let failure = session.transcript.turns.first(where: { $0.scriptError != nil })?.scriptError {
            screen.line(Styled(failure), indent: 2)
        }
        screen.blank()
        // The customer's latest line; after a failed last turn there is none (the failure was just shown).
        if let last = session.transcript.turns.last {
            if last.scriptError == nil { showCustomer(last.customerLine) }
        } else {
            showCustomer(session.transcript.opening)
        }
    }
}
