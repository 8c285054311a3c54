import LuaBridge
import RapportCore

/// The result of re-reading a scenario and replaying a conversation into it.
public struct SessionReplay {
    /// The fresh session, started and with the replies replayed.
    public let session: Session
    /// How many of the earlier replies were replayed.
    public let replayed: Int
    /// Replies that were not replayed because the new call ended before them.
    public let dropped: [String]
    /// Turns of the replay on which the script failed (1-based).
    public let faultyTurns: [Int]
}

extension Session {
    /// Loads the scenario file again (same path and seed), starts a fresh session with the same analyzer, and
    /// replays the first `count` replies of this conversation into it (all of them when `count` is nil; 0 starts
    /// the call over). This session is left untouched either way.
    ///
    /// Fails with the load diagnostics (file and line) when the file no longer loads or its opening fails. A
    /// replayed turn whose script fails is kept, as in a live call; replies after the new call ended are dropped.
    public func reloaded(replaying count: Int? = nil, path: String? = nil, limits: LuaLimits = .standard) -> Result<SessionReplay, ScenarioLoadFailure> {
        let file = path ?? definition.file
        let runtime: ScenarioRuntime
        switch ScenarioRuntime.load(path: file, seed: seed, limits: limits) {
        case .success(let loaded): runtime = loaded
        case .failure(let failure): return .failure(failure)
        }
        let fresh = Session(runtime: runtime, analyzer: analyzer, seed: seed)
        do {
            _ = try fresh.start()
        } catch {
            return .failure(ScenarioLoadFailure(diagnostics: [ScenarioRuntime.diagnostic(for: error, path: file)]))
        }
        let replies = transcript.turns.prefix(count ?? transcript.turns.count).map(\.reply)
        var replayed = 0
        var faulty: [Int] = []
        for reply in replies {
            guard !fresh.isOver, let result = try? fresh.reply(reply) else { break }
            replayed += 1
            if result.scriptError != nil { faulty.append(result.record.number) }
        }
        return .success(SessionReplay(session: fresh, replayed: replayed, dropped: Array(replies.dropFirst(replayed)), faultyTurns: faulty))
    }
}
