import Foundation
import RapportCore
import RapportEngine

/// The trainee's side of a call at the terminal: shows the customer's lines with a mood meter, reads replies
/// and `:commands`, gives coach feedback, and ends with the debrief, saved beside the live transcript.
///
/// All output goes through a ``Screen`` (so tests capture it), all input through a ``LineReader`` (so tests
/// script it). Each turn is appended to the session log before the customer's next line is shown.
final class Repl {
    /// Choices that stay fixed for the whole run.
    struct Options {
        var mode: PlayMode = .coach
        /// Folder for the session files.
        var saveFolder: String
        /// Told about every call that is saved (finished, or abandoned by `:restart`), after its files are written:
        /// `rapport play` and `rapport shift` store it in the progress database.
        var onArchived: ((CompletedCall) -> Void)? = nil
    }

    /// A call that was saved: the session as it ended, its debrief and when it ran.
    struct CompletedCall {
        let session: Session
        let debrief: Debrief
        let startedAt: Date
        let endedAt: Date
        let mode: PlayMode
    }

    /// The call in progress (replaced by `:restart` and `:reload`).
    var session: Session
    /// The live transcript of `session`.
    var log: SessionLog
    let reader: any LineReader
    let screen: Screen
    let options: Options
    /// Files of the sessions finished so far, for the caller (`.md` paths).
    var savedDebriefs: [String] = []
    var cancelNoticeShown = false
    /// When the current call started (reset by `:restart`).
    var callStartedAt = Date()
    /// True when the call ended because input ended (Ctrl-D, the end of a pipe) rather than by `:quit` or the customer.
    private(set) var endedByEndOfInput = false
    /// The last call saved, if any.
    var lastCompleted: CompletedCall?

    /// Prepares a call; nothing is shown or started until ``run()``.
    init(session: Session, reader: any LineReader, screen: Screen, options: Options) throws {
        self.session = session
        self.reader = reader
        self.screen = screen
        self.options = options
        self.log = try SessionLog(path: SessionFiles.newPath(folder: options.saveFolder, scenario: session.definition.id))
        reader.completions = ReplCommand.completions
    }

    /// Runs the call to its end. A failing opening is a content problem (with file and line).
    func run() throws {
        callStartedAt = Date()
        do {
            try startCall()
        } catch {
            log.discardIfEmpty()
            throw error
        }
        introduce()
        showCustomer(session.transcript.opening)
        // Off the path to the first line: the log header (it is synced), the analyzer's lexicon, libedit.
        writeLog(session)
        DeferredAnalyzer.warmUp()
        if let deferred = reader as? DeferredLineReader { _ = deferred.reader }  // libedit, now the line is shown
        while !session.isOver {
            let event = reader.read(prompt: "you> ")
            switch event {
            case .end:
                endedByEndOfInput = true
                screen.line(Styled("You ended the call.", .dim))
                return try finish()
            case .overlong(let characters):
                refuseLongReply(length: characters)
            case .cancelled:
                if !cancelNoticeShown {
                    screen.line(Styled("(Line cancelled. To end the call, type :quit or press Ctrl-D.)", .dim))
                    cancelNoticeShown = true
                }
            case .line(let line):
                if !reader.isInteractive { screen.line(Styled("you> ", .accent) + Styled(line)) }
                switch ReplInput.parse(line) {
                case .empty:
                    continue
                case .unknownCommand(let word):
                    screen.line(Styled("Unknown command \(word) \(screen.glyphs.dash) :help lists the commands.", .warn))
                    screen.blank()
                case .slashCommand(let command):
                    screen.line(Styled("Commands start with a colon: type \(command.typed). (Nothing was sent to the customer.)", .warn))
                    screen.blank()
                case .command(let command):
                    reader.remember(line.trimmed)
                    if command == .quit {
                        screen.line(Styled("You ended the call.", .dim))
                        return try finish()
                    }
                    try perform(command)
                case .reply(let text):
                    // Only replies that were sent go to the history: a refused 1 MB paste must not be kept
                    // in the history file and recalled by the arrow keys.
                    if take(text) { reader.remember(text) }
                }
            }
        }
        try finish()
    }

    /// Starts the call; a failing opening becomes a diagnostic (file and line).
    func startCall() throws {
        guard session.transcript.opening.isEmpty else { return }
        do {
            _ = try session.start()
        } catch {
            throw DiagnosticsError(diagnostics: [ScenarioRuntime.diagnostic(for: error, path: session.definition.file)])
        }
    }

    /// Writes `session`'s header and turns so far to the log.
    func writeLog(_ session: Session) {
        log.writeHeader(session.transcript)
        for turn in session.transcript.turns { log.write(turn: turn) }
    }

    /// The title, the difficulty and mode, and how to talk.
    func introduce() {
        let d = session.definition
        screen.line(Styled(d.title, .bold))
        screen.line(Styled("difficulty \(screen.glyphs.difficulty(d.difficulty)) \(screen.glyphs.bullet) \(options.mode.rawValue) mode \(screen.glyphs.bullet) \(d.channel)", .dim))
        screen.line(Styled("Type your reply and press Enter. :help lists commands; Ctrl-D or :quit ends the call.", .dim))
        screen.blank()
    }

    /// The customer's line under their name and mood meter.
    func showCustomer(_ line: String) {
        let d = session.definition
        screen.line(MoodMeter.header(name: d.persona.name, moods: SessionViews.moods(session), glyphs: screen.glyphs, unicode: screen.profile.unicode))
        screen.line(Styled(line), indent: 2)
        screen.blank()
    }
}
