#include "limits_internal.h"

/* Upvalue 1: the host function (light userdata); upvalue 2: the host's id for it. The host function runs with
   the memory cap lifted, so pushing its results cannot fail; any error it reports is raised here, after the
   host's frame has returned, so no longjmp ever crosses it. */
static int trampoline(lua_State *L) {
    rlua_Limits *lim = rlua_limits(L);
    rlua_HostFunction fn = (rlua_HostFunction)lua_touserdata(L, lua_upvalueindex(1));
    lim->host_depth++;
    int n = fn(L);
    lim->host_depth--;
    if (n == RLUA_RAISE) {
        if (lua_type(L, -1) == LUA_TSTRING) {
            luaL_where(L, 1);
            lua_insert(L, -2);
            lua_concat(L, 2);
        }
        return lua_error(L);
    }
    if (atomic_load(&lim->trip) != RLUA_TRIP_NONE) return rlua_raise_trip(L, lim);
    return n;
}

void rlua_pushhostfunction(lua_State *L, rlua_HostFunction fn, lua_Integer id) {
    lua_pushlightuserdata(L, (void *)fn);
    lua_pushinteger(L, id);
    lua_pushcclosure(L, trampoline, 2);
}

int rlua_msghandler(lua_State *L) {
    const char *msg = lua_tostring(L, 1);
    if (msg == NULL) {
        /* No script code (a __tostring) runs once a limit has tripped. */
        if (atomic_load(&rlua_limits(L)->trip) == RLUA_TRIP_NONE && luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING) return 1;
        msg = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
    }
    luaL_traceback(L, L, msg, 1);
    return 1;
}
