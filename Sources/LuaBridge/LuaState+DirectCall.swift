internal import CLua
internal import CLuaShim

extension LuaState {
    /// Calls `function` with the arguments `pushing` puts on the stack, under the limits, and returns what `reading`
    /// makes of the results while they are still on the stack (results past the last are nil). Converts only what
    /// the two closures touch: the per-turn path of a session. Stack effect: none.
    public func call<Result>(_ function: LuaFunction, pushing: (LuaArgumentWriter) -> Void,
                             reading: (_ results: [LuaStackValue]) -> Result) throws(ScriptError) -> Result {
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        guard lua_checkstack(L, 16) != 0 else {
            throw .runtime(location: nil, message: "too many arguments", traceback: "")
        }
        _ = rlua_getref(L, function.ref)
        pushing(LuaArgumentWriter(L: L))
        let arguments = lua_gettop(L) - top - 1
        try protectedCall(arguments: arguments, results: rlua_multret())
        let newTop = lua_gettop(L)
        return reading(newTop > top ? ((top + 1)...newTop).map { LuaStackValue(state: self, index: $0) } : [])
    }
}
