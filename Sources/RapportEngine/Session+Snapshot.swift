import LuaBridge
import RapportCore

extension Session {
    /// Saves the session as it is now (between turns), or nil when its runtime was not loaded with `snapshots`
    /// on or memory is short.
    public func snapshot() -> SessionSnapshot? {
        guard let lua = runtime.lua.snapshot() else { return nil }
        return SessionSnapshot(lua: lua, transcript: transcript, state: state, lastCustomerLine: lastCustomerLine, turnCount: turnCount)
    }

    /// Puts the session (and its runtime) back exactly as `snapshot` saved it, so the next reply plays as it would
    /// have then. Returns false, changing nothing, when the snapshot is not from this session's runtime or the
    /// runtime cannot restore it now.
    @discardableResult
    public func restore(_ snapshot: SessionSnapshot) -> Bool {
        guard runtime.lua.restore(snapshot.lua) else { return false }
        transcript = snapshot.transcript
        state = snapshot.state
        lastCustomerLine = snapshot.lastCustomerLine
        turnCount = snapshot.turnCount
        return true
    }
}
