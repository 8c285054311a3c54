internal import CLua
internal import CLuaShim

/// A value made once in a state and kept in its registry for the state's life, pushed later by reference: for
/// what the engine hands the driver again and again (field names, which would otherwise be hashed into Lua's
/// string table on every push; the scenario table, which would otherwise be built anew for every call).
///
/// Valid only for the state that made it. Make pinned values before the state's first ``LuaState/snapshot()``:
/// a heap restored from a snapshot taken earlier would not have them. A pinned table is shared by everything it is
/// pushed to: pin only tables no script can reach or change.
public struct LuaPinned: Sendable {
    let ref: Int32
}

extension LuaState {
    /// Pins `value`, converted as ``call(_:_:)`` converts arguments (see ``LuaPinned``). Stack effect: none.
    public func pin(_ value: LuaValue) -> LuaPinned {
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        push(value)
        return LuaPinned(ref: rlua_ref(L))
    }
}
