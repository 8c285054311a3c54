import LuaBridge
import RapportCore

/// One call with a scripted customer: a state machine with no I/O.
///
/// `start()` gives the opening line; each `reply(_:)` gives a ``TurnResult``. The same scenario, seed and replies
/// always give the same conversation: the time and randomness scripts see come from the session.
public final class Session {
    /// The longest reply a trainee can send, in characters.
    public static let maximumReplyLength = 4_000
    /// The first second of the virtual clock scripts see (2026-01-01T09:00:00Z); each turn adds 30 seconds.
    public static let virtualEpoch: Int64 = 1_767_258_000

    public let runtime: ScenarioRuntime
    public let seed: UInt64
    let analyzer: any ReplyAnalyzing
    /// Plugins whose `on_turn` and `on_session_end` hooks run in this session (their `analyze` hooks run through
    /// the analyzer, when it is a ``PluginAnalyzer``).
    public let plugins: PluginSet
    let reactions = DefaultReactions()
    /// The conversation so far.
    public internal(set) var transcript: Transcript
    /// How the customer feels now.
    public internal(set) var state: PersonaState
    var lastCustomerLine = ""
    /// Replies taken so far (the transcript's turns, when it keeps them).
    var turnCount = 0
    /// False for the validator's explorer, which forks the session from saved copies thousands of times and needs
    /// only each turn's result: the transcript then keeps the opening and the outcome but not the turns, so saving
    /// and restoring it copies nothing. Honoured only without plugins (they are handed the transcript).
    var keepsTurns = true
    var recordsTurns: Bool { keepsTurns || !plugins.plugins.isEmpty }
    /// The ids of the goals that must be met for the call to resolve (every goal when none is marked required; none
    /// when the scenario has no goals), worked out once from the definition.
    let neededGoals: [String]

    /// The scenario being played.
    public var definition: ScenarioDefinition { runtime.definition }
    /// True once the call has an outcome.
    public var isOver: Bool { transcript.outcome != nil }

    /// Prepares a session; nothing runs until ``start()``.
    public init(runtime: ScenarioRuntime, analyzer: any ReplyAnalyzing, seed: UInt64, plugins: PluginSet = .none) {
        self.runtime = runtime
        self.analyzer = analyzer
        self.plugins = plugins
        self.seed = seed
        self.state = PersonaState(persona: runtime.definition.persona)
        self.transcript = Transcript(scenarioID: runtime.definition.id, scenarioFile: runtime.definition.file, seed: seed, opening: "")
        let goals = runtime.definition.goals
        let required = goals.filter(\.required)
        self.neededGoals = (required.isEmpty ? goals : required).map(\.id)
    }

    /// Starts the call and returns the customer's opening line. A failing `setup` or `opening` is a script error.
    public func start() throws(ScriptError) -> String {
        runtime.lua.setClock(now: Self.virtualEpoch, clock: 0)
        let arguments = runtime.startArguments
        let opening = try runtime.lua.call(runtime.driverStart, pushing: { lua in
            lua.push(arguments.spec)
            lua.push(arguments.persona)
        }, reading: { results in results.first?.stringValue }) ?? "Hello?"
        lastCustomerLine = opening
        transcript.opening = opening
        return opening
    }

    /// Takes the trainee's reply and returns what happened. A script error during the turn is reported in the
    /// result; the reply is kept and the session goes on.
    public func reply(_ text: String) throws(SessionError) -> TurnResult {
        try reply(text, analysis: nil)
    }

    /// ``reply(_:)`` with the reply's analysis when the caller already has it: `known` must be what the session's
    /// analyzer says of `text` after ``lastCustomerLine`` (the validator remembers the probes' analyses per line).
    func reply(_ text: String, analysis known: ReplyAnalysis?) throws(SessionError) -> TurnResult {
        guard !isOver else { throw .callEnded }
        // A text has no more characters than UTF-8 bytes: count characters only when the bytes are over the limit.
        if text.utf8.count > Self.maximumReplyLength {
            let length = text.count
            guard length <= Self.maximumReplyLength else { throw .replyTooLong(length: length, limit: Self.maximumReplyLength) }
        }
        let number = turnCount + 1
        let analysis = known
            ?? analyzer.analyze(text, context: AnalysisContext(customerText: lastCustomerLine, customerName: definition.persona.name))
        let delta = reactions.reaction(to: analysis)
        let before = state
        runtime.lua.setClock(now: Self.virtualEpoch + Int64(number) * 30, clock: Double(number) * 30)
        do {
            let snapshot = try runtime.lua.call(runtime.driverTurn, pushing: { lua in
                pushTurn(lua, number: number, text: text, analysis: analysis)
                pushDelta(lua, delta)
            }, reading: { results in DriverSnapshot(results, before: before, lastLine: lastCustomerLine) })
            return finish(number: number, reply: text, analysis: analysis, before: before, snapshot: snapshot)
        } catch {
            // Keep the engine in step with whatever the script changed before it failed.
            if let partial = try? runtime.lua.call(runtime.driverState, pushing: { _ in }, reading: { results in
                results.isEmpty ? nil : DriverSnapshot(results, before: state, lastLine: lastCustomerLine)
            }) {
                state = applying(partial)
            }
            let notes = runtime.lua.takePrinted().map(TurnEvent.note)
            let record = TurnRecord(number: number, reply: text, customerLine: "", analysis: analysis, before: before, after: state,
                                    events: notes, scriptError: error.description)
            if recordsTurns { transcript.turns.append(record) }
            turnCount = number
            if number >= definition.maxTurns { transcript.outcome = .unresolved }
            return TurnResult(record: record, outcome: transcript.outcome, scriptError: error, scenarioFile: definition.file)
        }
    }

    /// The debrief of the call so far (complete once the call is over), with the plugins' sections.
    public func debrief() -> Debrief {
        var debrief = DebriefBuilder().debrief(transcript, definition: definition)
        debrief.sections = plugins.onSessionEnd(transcript, score: debrief.score)
        return debrief
    }

    /// Warnings about plugins disabled since the last call: show each to the trainee once.
    public func takePluginWarnings() -> [String] {
        var warnings = plugins.takeWarnings()
        if let pluginAnalyzer = analyzer as? PluginAnalyzer { warnings += pluginAnalyzer.takeWarnings() }
        var seen = Set<String>()
        return warnings.filter { seen.insert($0).inserted }
    }

    /// Ends the call at the trainee's request (Ctrl-D, `:quit`): the outcome is `unresolved` unless it already had one.
    @discardableResult
    public func hangUp() -> Outcome {
        if transcript.outcome == nil { transcript.outcome = .unresolved }
        return transcript.outcome!
    }

    /// Pushes the turn table the driver hands to the script (it adds only the metatable): number, text, empathy,
    /// harmful, analysis (empathy, mechanisms, techniques as a set of names). Stack effect: [-0, +1].
    func pushTurn(_ lua: LuaArgumentWriter, number: Int, text: String, analysis: ReplyAnalysis) {
        let keys = runtime.turnKeys
        lua.pushTable(fieldCount: 5)
        lua.push(keys.number)
        lua.push(number)
        lua.setPair()
        lua.push(keys.text)
        lua.push(text)
        lua.setPair()
        lua.push(keys.empathy)
        lua.push(analysis.empathy)
        lua.setPair()
        lua.push(keys.harmful)
        lua.push(analysis.techniques.contains(where: \.isHarmful))
        lua.setPair()
        lua.push(keys.analysis)
        lua.pushTable(fieldCount: 3)
        lua.push(keys.empathy)
        lua.push(analysis.empathy)
        lua.setPair()
        lua.push(keys.mechanisms)
        lua.pushTable(fieldCount: Mechanism.allCases.count)
        // The levels in allCases order, from one pass over the dictionary (each lookup would hash the case's name),
        // in a buffer on the stack.
        withUnsafeTemporaryAllocation(of: MechanismLevel.self, capacity: keys.mechanismNames.count) { levels in
            levels.initialize(repeating: 0)
            for (mechanism, level) in analysis.mechanisms {
                if let position = keys.mechanismOrder.firstIndex(of: mechanism), position < levels.count { levels[position] = level }
            }
            for (level, key) in zip(levels, keys.mechanismNames) {
                lua.push(key)
                lua.push(level)
                lua.setPair()
            }
        }
        lua.setPair()
        lua.push(keys.techniques)
        lua.pushTable(fieldCount: analysis.techniques.count)
        for technique in analysis.techniques {
            lua.push(true)
            if let key = keys.name(of: technique) { lua.set(key) } else { lua.set(technique.rawValue) }
        }
        lua.setPair()
        lua.setPair()
    }

    /// Pushes the engine's default reaction: mood, trust, patience. Stack effect: [-0, +1].
    func pushDelta(_ lua: LuaArgumentWriter, _ delta: DefaultReactions.Delta) {
        let keys = runtime.turnKeys
        lua.pushTable(fieldCount: 3)
        lua.push(keys.mood)
        lua.push(delta.mood)
        lua.setPair()
        lua.push(keys.trust)
        lua.push(delta.trust)
        lua.setPair()
        lua.push(keys.patience)
        lua.push(delta.patience)
        lua.setPair()
    }
}

/// Why a reply was not taken.
public enum SessionError: Error, Sendable, Hashable {
    /// The call is over; start a new session.
    case callEnded
    /// The reply is longer than ``Session/maximumReplyLength``; nothing was sent.
    case replyTooLong(length: Int, limit: Int)
}

/// What one reply led to.
public struct TurnResult: Sendable {
    /// The turn as recorded in the transcript.
    public var record: TurnRecord
    /// Set when the call ended on this turn.
    public var outcome: Outcome?
    /// Set when the scenario's script failed during this turn.
    public var scriptError: ScriptError?
    /// The scenario's file, named by ``scriptProblem`` when the error carries no place of its own (Lua says
    /// nothing about where memory ran out).
    public var scenarioFile: String = ""

    /// The script failure as a diagnostic (file, line, message), for display: the error's own file and line, else
    /// the scenario's file.
    public var scriptProblem: Diagnostic? {
        scriptError.map { ScenarioRuntime.diagnostic(for: $0, path: scenarioFile) }
    }
}
