internal import CLuaShim

extension LuaState {
    /// A copy of the whole Lua heap, or nil when the state was not made with `snapshots` on, a call is in
    /// progress, or memory is short. Stack effect: none (it copies bytes; no Lua code runs).
    public func snapshot() -> LuaSnapshot? {
        guard snapshots, let pointer = rlua_snapshot(L) else { return nil }
        return LuaSnapshot(pointer: pointer, refs: liveRefs, owner: identity)
    }

    /// Puts the heap back as `snapshot` recorded it. Returns false, changing nothing, when the snapshot is from
    /// another state, a call is in progress, or a ``LuaFunction`` made since the snapshot is still alive (the
    /// restored registry would not know its reference). Stack effect: none visible (the stack is part of the heap
    /// and is empty between calls, as it was when the snapshot was taken).
    @discardableResult
    public func restore(_ snapshot: LuaSnapshot) -> Bool {
        // (Equal sets are the usual case, and the same storage when no reference came or went: checked at once.)
        guard snapshot.owner === identity, liveRefs == snapshot.refs || liveRefs.isSubset(of: snapshot.refs) else { return false }
        guard rlua_restore(L, snapshot.pointer) != 0 else { return false }
        // References released since the snapshot are allocated again in the restored registry; Swift owns
        // none of them, so they stay (a few bytes) until the state closes.
        return true
    }
}
