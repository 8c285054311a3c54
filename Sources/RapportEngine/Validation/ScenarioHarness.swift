import LuaBridge
import RapportCore

/// Plays conversations with one scenario for the validator: a restarted or fresh runtime per conversation (see
/// ``checkReuse(probes:)``; runtimes are not thread-safe, so a harness stays on one thread), the caching analyzer,
/// and bookkeeping of what was seen.
///
/// The first limit hit (timeout, memory, instruction budget) in any call makes ``fatal`` non-nil; callers stop
/// playing this scenario then, so one runaway script costs at most one time limit.
final class ScenarioHarness {
    let source: String
    let path: String
    let definition: ScenarioDefinition
    let analyzer: CachingAnalyzer
    let limits: LuaLimits
    /// The customer lines the scenario declares, for coverage.
    let declaredLines: [String]
    /// The probes' analyses, per customer line.
    let probeAnalyses: ProbeAnalyses
    /// For each customer line seen, a number (in order of first sight) and the declared lines it contains.
    private var lines: [String: (id: Int, matches: [Int])] = [:]
    /// The line asked about last, with its entry: most turns ask about the line just asked about.
    private var lastLine: (line: String, id: Int, matches: [Int])?
    /// Turns simulated so far.
    private(set) var turns = 0
    /// The runtime sessions share once reuse is proved safe, its `math.randomseed`, and its heap as loaded.
    private var reusable: (runtime: ScenarioRuntime, reseed: LuaFunction, loaded: LuaSnapshot?)?
    /// True when sessions restart the shared runtime instead of loading the file again.
    var reusesRuntime: Bool { reusable != nil }
    /// False while checking restarts: script errors found then are found again, with a better context, later.
    var recording = true
    /// Set at the first limit hit: the RP0010 diagnostic to report.
    private(set) var fatal: Diagnostic?
    /// Script errors seen, keyed by where and what, so each is reported once.
    private(set) var scriptErrors: [String: Diagnostic] = [:]

    /// When the dynamic checks must stop (nil: no budget), and the budget in seconds.
    var deadline: ContinuousClock.Instant?
    var budgetSeconds = 0.0

    /// Gives the dynamic checks `seconds` from now.
    func setBudget(seconds: Double) {
        budgetSeconds = seconds
        deadline = seconds > 0 ? ContinuousClock.now + .milliseconds(Int64(seconds * 1000)) : nil
    }

    init(source: String, path: String, definition: ScenarioDefinition, analyzer: CachingAnalyzer, limits: LuaLimits, declaredLines: [String]) {
        self.source = source
        self.path = path
        self.definition = definition
        self.analyzer = analyzer
        self.limits = limits
        self.declaredLines = declaredLines
        self.probeAnalyses = ProbeAnalyses(analyzer: analyzer, customerName: definition.persona.name)
    }

    /// A started session, or nil when the scenario could not be loaded or started (recorded as a problem).
    /// Uses the shared runtime when ``checkReuse(probes:)`` proved that safe, else a freshly loaded one.
    func startSession(seed: UInt64, context: @autoclosure () -> String) -> Session? {
        guard fatal == nil else { return nil }
        let runtime: ScenarioRuntime
        if let shared = reusable {
            runtime = shared.runtime
            // Back to the heap as loaded, so nothing an earlier conversation left behind reaches this one (when the
            // restore is refused, the restart alone is what the reuse check proved enough).
            if let loaded = shared.loaded { runtime.lua.restore(loaded) }
            do {
                try runtime.lua.call(shared.reseed, [.integer(Int64(bitPattern: seed))])
            } catch {
                record(error, context: "reseeding for \(context())")
                return nil
            }
            _ = runtime.lua.takePrinted()
        } else {
            guard let loaded = load(seed: seed) else { return nil }
            runtime = loaded
        }
        let session = Session(runtime: runtime, analyzer: analyzer, seed: seed)
        do {
            _ = try session.start()
        } catch {
            record(error, context: "starting the call (\(context()))")
            return nil
        }
        return session
    }

    /// Makes sessions restart `runtime` (see ``checkReuse(probes:)``).
    func adoptShared(_ runtime: ScenarioRuntime, reseed: LuaFunction) { reusable = (runtime, reseed, runtime.lua.snapshot()) }

    /// Goes back to a fresh runtime per session.
    func dropShared() { reusable = nil }

    /// A freshly loaded runtime, or nil (with ``fatal`` set) when loading fails.
    func load(seed: UInt64) -> ScenarioRuntime? {
        switch ScenarioRuntime.load(source: source, path: path, seed: seed, limits: limits, snapshots: true) {
        case .success(let loaded):
            return loaded
        case .failure(let failure):
            fatal = failure.diagnostics.first ?? Diagnostic(code: DiagnosticCode.loadError.rawValue, severity: .error, file: path, message: "the scenario did not load")
            return nil
        }
    }

    /// Sends one reply; returns nil when the call was already over. Script errors are recorded. With `probe` (the
    /// reply's index in the scenario's probe list), the analysis comes from ``probeAnalyses``, without hashing the
    /// reply and the customer's line on every turn.
    func play(_ session: Session, _ reply: String, probe: Int? = nil, context: @autoclosure () -> String) -> TurnResult? {
        guard fatal == nil, !session.isOver else { return nil }
        let known = probe.map { probeAnalyses.analysis(of: reply, probe: $0, after: session.lastCustomerLine) }
        guard let result = try? session.reply(reply, analysis: known) else { return nil }
        turns += 1
        if let deadline, ContinuousClock.now > deadline {
            fatal = Diagnostic(code: DiagnosticCode.limitExceeded.rawValue, severity: .error, file: path,
                               message: "validation stopped after \(budgetSeconds.formattedSeconds) s and \(turns) turns: the scenario's turns are too slow "
                                   + "to explore (the checks after this point were not run)")
        }
        if let error = result.scriptError { record(error, context: context()) }
        return result
    }

    /// Records a script error once per place and message; a limit hit becomes ``fatal``.
    func record(_ error: ScriptError, context: String) {
        guard recording || error.isLimit else { return }
        var diagnostic = ScenarioRuntime.diagnostic(for: error, path: path)
        if diagnostic.file != path {  // an error the prelude raised on the script's behalf: no line in this file
            diagnostic.file = path
            diagnostic.line = nil
        }
        if error.isLimit {
            diagnostic.code = DiagnosticCode.limitExceeded.rawValue
            diagnostic.message = "\(error.message), \(context)"
            if fatal == nil { fatal = diagnostic }
            return
        }
        let key = "\(diagnostic.line ?? 0):\(error.message)"
        guard scriptErrors[key] == nil else { return }
        diagnostic.code = DiagnosticCode.turnScriptError.rawValue
        diagnostic.message = "script error \(context): \(error.message)"
        scriptErrors[key] = diagnostic
    }

    /// Adds what one turn showed to `coverage`: the declared lines in the customer's line, the goals met and the parts
    /// revealed after it (a goal met in `setup` counts too), and the ending.
    func count(_ result: TurnResult, into tally: inout CoverageTally) {
        tally.countLines(line(result.record.customerLine).matches)
        tally.countState(met: result.record.after.met, revealed: result.record.after.revealed)
        if let outcome = result.outcome {
            tally.base.endings[outcome.rawValue, default: 0] += 1
            if outcome == .unresolved, result.record.number >= definition.maxTurns { tally.base.turnLimitHits += 1 }
        }
    }

    /// Counts the opening line.
    func countOpening(_ session: Session, into tally: inout CoverageTally) {
        tally.countLines(line(session.transcript.opening).matches)
    }

    /// A tally starting from ``emptyCoverage()``.
    func emptyTally() -> CoverageTally { CoverageTally(emptyCoverage(), declaredLines: declaredLines) }

    /// The number of the customer's `line` (equal lines, equal numbers) and the indices of the declared lines it
    /// contains, worked out once per distinct line.
    func line(_ line: String) -> (id: Int, matches: [Int]) {
        if let last = lastLine, last.line == line { return (last.id, last.matches) }
        let entry: (id: Int, matches: [Int])
        if let known = lines[line] {
            entry = known
        } else {
            entry = (lines.count, declaredLines.indices.filter { !declaredLines[$0].isEmpty && line.containsText(declaredLines[$0]) })
            lines[line] = entry
        }
        lastLine = (line, entry.id, entry.matches)
        return entry
    }

    /// A coverage record with every declared line, goal and story part at zero, so missing ones show.
    func emptyCoverage() -> Coverage {
        var coverage = Coverage()
        for line in declaredLines { coverage.lines[line] = 0 }
        for goal in definition.goals { coverage.goals[goal.id] = 0 }
        for part in definition.persona.story { coverage.reveals[part.id] = 0 }
        return coverage
    }
}

extension Double {
    /// `60` rather than `60.0`; one decimal otherwise.
    var formattedSeconds: String { self == rounded() ? String(Int(self)) : String((self * 10).rounded() / 10) }
}
