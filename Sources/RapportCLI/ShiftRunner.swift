import Foundation
import RapportCore
import RapportEngine
import RapportProgress

/// `rapport shift` at the terminal: a run of calls through the same ``Repl`` as `rapport play`, with a check-in on
/// the warning signs of compassion fatigue between calls, a recovery tool when the check-in or the scores call for
/// one, and an end-of-shift summary of the trainee's own empathy trend. Everything is stored as it happens, so a
/// shift cut short (`q`, Ctrl-D, the end of a pipe) keeps what was done and is still summarised.
final class ShiftRunner {
    /// Choices that stay fixed for the whole shift.
    struct Options {
        /// The seed that chose the calls; call `n` plays its customer with seed `seed + n - 1`.
        var seed: UInt64
        var mode: PlayMode = .coach
        /// Folder for the calls' session files.
        var saveFolder: String
        /// The breathing exercise offered as a recovery tool.
        var breathing = BreathingTimer(inPlace: false)
    }

    /// A call that was taken: its numbers for the trend and its debrief (for the reframing prompt).
    struct TakenCall {
        var number: Int
        var stats: CallStats
        var debrief: Debrief
    }

    /// A recovery tool offered after a call, and what came of it.
    struct UsedTool: Equatable {
        var afterCall: Int
        var tool: RecoveryTool
        var completed: Bool
        var text: String
    }

    /// The scenario files of the shift, in call order.
    let lineup: [String]
    let reader: any LineReader
    let screen: Screen
    let recorder: ProgressRecorder
    let pacer: any Pacer
    let options: Options
    /// Makes the session for a loaded scenario (the command adds plugins; tests use the built-in analyzer).
    let makeSession: (ScenarioRuntime, UInt64) throws -> Session

    var taken: [TakenCall] = []
    var checkIns: [CheckIn] = []
    var tools: [UsedTool] = []
    var plan = ResiliencePlan()
    var shift: ShiftEntry?
    var endedEarly = false
    /// The fading-flag kinds a tool has already answered this shift (each calls for a tool once).
    var answeredFlags: Set<FadingFlag.Kind> = []
    /// True once input has ended: nothing more is asked.
    var inputEnded = false

    /// Prepares a shift of the scenarios at `lineup`; nothing is shown until ``run()``.
    init(lineup: [String], reader: any LineReader, screen: Screen, recorder: ProgressRecorder, pacer: any Pacer, options: Options,
         makeSession: @escaping (ScenarioRuntime, UInt64) throws -> Session) {
        self.lineup = lineup
        self.reader = reader
        self.screen = screen
        self.recorder = recorder
        self.pacer = pacer
        self.options = options
        self.makeSession = makeSession
    }

    /// The scenario files for `calls` calls from `catalog` (scenarios that load), mixed by ``CallMixChooser``.
    static func lineup(catalog: ScenarioCatalog, calls: Int, seed: UInt64) -> [String] {
        let usable = catalog.entries.compactMap { entry in entry.definition.map { (entry.path, $0) } }
        let candidates = usable.map { CallMixChooser.Candidate(id: $0.1.id, difficulty: $0.1.difficulty) }
        let paths = Dictionary(usable.map { ($0.1.id, $0.0) }, uniquingKeysWith: { first, _ in first })
        return CallMixChooser(seed: seed).choose(from: candidates, count: calls).compactMap { paths[$0] }
    }

    /// Runs the shift to its end (or until the trainee stops it), then shows the summary and offers plan updates.
    func run() throws {
        plan = recorder.attempt { store throws(ProgressError) in try store.plan() } ?? ResiliencePlan()
        introduce()
        shift = recorder.attempt { store throws(ProgressError) in
            try store.begin(ShiftEntry(startedAt: Date(), seed: Int64(bitPattern: options.seed), plannedCalls: lineup.count, mode: options.mode.rawValue))
        }
        var reachedEnd = false
        for (index, path) in lineup.enumerated() {
            let number = index + 1
            try takeCall(path, number: number)
            if number == lineup.count { reachedEnd = true }
            if inputEnded || reachedEnd { break }
            guard let checkIn = checkIn(afterCall: number) else { break }
            let flags = FadingDetector().flags(ShiftTrend(calls: taken.map(\.stats)))
            if let tool = RecoveryToolChooser().choose(checkIn: checkIn, flags: flags, answered: answeredFlags, preferred: plan.tools) {
                answeredFlags.formUnion(flags.map(\.kind))
                offer(tool, afterCall: number)
                if inputEnded { break }
            }
        }
        endedEarly = !reachedEnd
        finish()
    }

    /// The shift's shape and the trainee's plan.
    func introduce() {
        let glyphs = screen.glyphs
        screen.line(Styled("Shift: \(lineup.count) call\(lineup.count == 1 ? "" : "s")", .bold))
        screen.line(Styled("Seed \(options.seed) (the same seed gives the same calls) \(glyphs.bullet) \(options.mode.rawValue) mode", .dim))
        screen.line(Styled("Between calls: a short check-in on how you are doing, and sometimes a recovery tool. Type q at a check-in, or press Ctrl-D, to end the shift early; what you did is kept.", .dim))
        screen.blank()
        if plan.isEmpty {
            screen.line(Styled("No resilience plan yet. At the end of the shift you can add the tools that helped ('rapport plan' shows it).", .dim))
        } else {
            screen.line(Styled("Your resilience plan", .bold))
            screen.lines(PlanRenderer(glyphs: glyphs).render(plan), indent: 2)
        }
        screen.blank()
    }

    /// Plays call `number`; a scenario that fails to load or to open is reported and skipped.
    func takeCall(_ path: String, number: Int) throws {
        let seed = options.seed &+ UInt64(number - 1)
        screen.line(Styled("Call \(number) of \(lineup.count)", .bold))
        let runtime: ScenarioRuntime
        switch ScenarioRuntime.load(path: path, seed: seed) {
        case .success(let loaded): runtime = loaded
        case .failure(let failure):
            screen.line(Styled("This scenario does not load, so the shift moves on:", .bad))
            for diagnostic in failure.diagnostics { screen.line(Styled(diagnostic.formatted), indent: 2) }
            screen.blank()
            return
        }
        let shiftID = shift?.id, recorder = recorder
        let repl = try Repl(session: makeSession(runtime, seed), reader: reader, screen: screen,
                            options: Repl.Options(mode: options.mode, saveFolder: options.saveFolder,
                                                  onArchived: { recorder.record($0, shiftID: shiftID, callNumber: number) }))
        do {
            try repl.run()
        } catch let error as DiagnosticsError {
            screen.line(Styled("The scenario script failed, so the shift moves on:", .bad))
            for diagnostic in error.diagnostics { screen.line(Styled(diagnostic.formatted), indent: 2) }
        }
        if let call = repl.lastCompleted {
            let stats = CallStats(transcript: call.session.transcript, definition: call.session.definition, score: call.debrief.score)
            taken.append(TakenCall(number: number, stats: stats, debrief: call.debrief))
        }
        if repl.endedByEndOfInput { inputEnded = true }
        screen.blank()
    }

    /// Reads one line for a question, echoing it when input is piped (as the REPL does).
    func ask(_ prompt: String) -> LineEvent {
        let event = reader.read(prompt: prompt)
        if case .line(let text) = event, !reader.isInteractive { screen.line(Styled(prompt, .accent) + Styled(text)) }
        if event == .end { inputEnded = true }
        return event
    }
}
