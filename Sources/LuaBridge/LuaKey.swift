internal import CLua
internal import CLuaShim

/// A string made once in a state and kept in its registry for the state's life, so that
/// ``LuaArgumentWriter/set(_:)-(LuaKey)`` can store under it without hashing the key's bytes into Lua's string
/// table on every call: for the field names the engine writes on every turn.
///
/// Valid only for the state that made it. Make keys before the state's first ``LuaState/snapshot()``: a heap
/// restored from a snapshot taken earlier would not have them.
public struct LuaKey: Sendable {
    let ref: Int32
}

extension LuaState {
    /// Makes a key for `name` (see ``LuaKey``). Stack effect: none.
    public func key(_ name: String) -> LuaKey {
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        _ = lua_checkstack(L, 2)
        var name = name
        name.withUTF8 { _ = lua_pushlstring(L, $0.baseAddress, $0.count) }
        return LuaKey(ref: rlua_ref(L))
    }
}
