#include "CLuaShim.h"

/*
 * `type` for the engine's prelude, which asks it many times a turn (is the goal's `when` a function, is the
 * stage a table...). The base library's `type` pushes the type's name with lua_pushstring, which looks the C
 * string up in Lua's string cache (a strcmp) on every call; this one keeps the nine names as upvalues and pushes
 * one of them. Same results, same error for a missing argument. Scripts keep the standard `type`.
 */

static int cached_type(lua_State *L) {
    int t = lua_type(L, 1);
    luaL_argcheck(L, t != LUA_TNONE, 1, "value expected");
    lua_pushvalue(L, lua_upvalueindex(t + 1));
    return 1;
}

void rlua_push_type_function(lua_State *L) {
    luaL_checkstack(L, LUA_NUMTYPES + 1, NULL);
    for (int t = 0; t < LUA_NUMTYPES; t++) lua_pushstring(L, lua_typename(L, t));
    lua_pushcclosure(L, cached_type, LUA_NUMTYPES);
}
