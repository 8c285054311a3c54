internal import CLua
internal import CLuaShim

extension LuaState {
    /// A table of C functions for the engine's prelude (never handed to scripts directly):
    /// `contains_one(lowered, phrase)` and `contains_any(lowered, list)`, which answer
    /// `string.find(lowered, string.lower(p), 1, true)` for one phrase or the first of a list that matches, without
    /// making lowered copies, and `mentions_all(lowered, ...)`, which answers for every argument in one call (a
    /// phrase, a list of phrases, or nil, skipped); each returns nil when it cannot decide (not plain strings, a
    /// phrase over 256 bytes) so the caller can fall back to the Lua loop. And `make_turn_mentions(method, loop)`,
    /// which makes a C `Turn:mentions` that falls back to those two Lua functions (see `rlua_make_turn_mentions`).
    /// Stack effect: none.
    public func phraseFunctions() -> LuaValue {
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        rlua_pushcfunction(L, rlua_contains_one)
        let one = popFunction()
        rlua_pushcfunction(L, rlua_contains_any)
        let any = popFunction()
        rlua_pushcfunction(L, rlua_mentions_all)
        let all = popFunction()
        rlua_pushcfunction(L, rlua_make_turn_mentions)
        let turnMentions = popFunction()
        return .table(LuaTable(["contains_one": .function(one), "contains_any": .function(any), "mentions_all": .function(all),
                                "make_turn_mentions": .function(turnMentions)]))
    }

    /// A C function that answers as the base library's `type` does (the same names, the same error without an
    /// argument), a little faster: for the engine's prelude, which asks it many times a turn. Stack effect: none.
    public func typeFunction() -> LuaFunction {
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        rlua_push_type_function(L)
        return popFunction()
    }
}
