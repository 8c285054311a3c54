/* The sandbox: an allow-list of the standard libraries, with the unsafe parts removed or replaced. */
#include "limits_internal.h"
#include <string.h>

#define PRINTED_KEY "rapport.printed"
#define PRINTED_MAX 1000

/* ---- base ---- */

static int safe_load(lua_State *L) {
    /* load(chunk [, chunkname [, mode [, env]]]) with mode forced to text: no binary chunks. */
    if (lua_gettop(L) < 4) lua_settop(L, 4);
    lua_pushliteral(L, "t");
    lua_replace(L, 3);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, 4, LUA_MULTRET);
    return lua_gettop(L);
}

static int safe_setmetatable(lua_State *L) {
    if (lua_type(L, 2) == LUA_TTABLE) {
        lua_pushliteral(L, "__gc");
        if (lua_rawget(L, 2) != LUA_TNIL) {
            return luaL_error(L, "__gc metamethods are not allowed in Rapport scripts (a finalizer cannot be stopped)");
        }
        lua_pop(L, 1);
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

static int safe_collectgarbage(lua_State *L) {
    const char *opt = luaL_optstring(L, 1, "collect");
    if (strcmp(opt, "collect") && strcmp(opt, "count") && strcmp(opt, "step") && strcmp(opt, "isrunning")) {
        return luaL_error(L, "collectgarbage('%s') is not available in Rapport scripts", opt);
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

static int collected_print(lua_State *L) {
    int n = lua_gettop(L);
    luaL_Buffer b;
    luaL_buffinit(L, &b);
    for (int i = 1; i <= n; i++) {
        if (i > 1) luaL_addchar(&b, '\t');
        luaL_tolstring(L, i, NULL);
        luaL_addvalue(&b);
    }
    luaL_pushresult(&b);
    if (lua_getfield(L, LUA_REGISTRYINDEX, PRINTED_KEY) != LUA_TTABLE) return 0;
    lua_Integer len = (lua_Integer)lua_rawlen(L, -1);
    if (len < PRINTED_MAX) {
        lua_pushvalue(L, -2);
        lua_rawseti(L, -2, len + 1);
    }
    return 0;
}

/* A message handler given to xpcall runs inside Lua's error path; when the error is a tripped limit, hooks may be
   off there, so the script's handler is skipped and the error passes through unchanged. */
static int guarded_msgh(lua_State *L) {
    if (atomic_load(&rlua_limits(L)->trip) != RLUA_TRIP_NONE) return 1;
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

static int safe_xpcall(lua_State *L) {
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_pushvalue(L, 2);
    lua_pushcclosure(L, guarded_msgh, 1);
    lua_replace(L, 2);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

/* ---- math ---- */

static int seeded_randomseed(lua_State *L) {
    lua_pushvalue(L, lua_upvalueindex(1));  /* the original math.randomseed */
    if (lua_gettop(L) == 1) {
        lua_pushvalue(L, lua_upvalueindex(2));  /* no argument: the session's seed, not the clock */
        lua_call(L, 1, 0);
        return 0;
    }
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 0);
    return 0;
}

/* ---- os on the virtual clock ---- */

static int virtual_time(lua_State *L) {
    if (lua_isnoneornil(L, 1)) {
        lua_pushinteger(L, rlua_limits(L)->virtual_now);
        return 1;
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, 1);
    return 1;
}

static int virtual_clock(lua_State *L) {
    lua_pushnumber(L, rlua_limits(L)->virtual_clock);
    return 1;
}

static int virtual_date(lua_State *L) {
    /* Always UTC (a leading '!'), and the virtual time by default: the same on every machine. */
    const char *fmt = luaL_optstring(L, 1, "%c");
    lua_Integer t = lua_isnoneornil(L, 2) ? rlua_limits(L)->virtual_now : luaL_checkinteger(L, 2);
    if (fmt[0] != '!') lua_pushfstring(L, "!%s", fmt);
    else lua_pushstring(L, fmt);
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, -2);
    lua_pushinteger(L, t);
    lua_call(L, 2, 1);
    return 1;
}

/* ---- assembly ---- */

static void wrap_field(lua_State *L, int table, const char *name, lua_CFunction wrapper) {
    lua_getfield(L, table, name);
    lua_pushcclosure(L, wrapper, 1);
    lua_setfield(L, table, name);
}

int rlua_open_sandbox(lua_State *L) {
    lua_Integer seed = luaL_checkinteger(L, 1);
    lua_settop(L, 0);

    luaL_requiref(L, LUA_GNAME, luaopen_base, 1);            /* 1: _G */
    luaL_requiref(L, LUA_COLIBNAME, luaopen_coroutine, 1);   /* 2 */
    luaL_requiref(L, LUA_TABLIBNAME, luaopen_table, 1);      /* 3 */
    luaL_requiref(L, LUA_STRLIBNAME, luaopen_string, 1);     /* 4 */
    luaL_requiref(L, LUA_MATHLIBNAME, luaopen_math, 1);      /* 5 */
    luaL_requiref(L, LUA_UTF8LIBNAME, luaopen_utf8, 1);      /* 6 */
    luaL_requiref(L, LUA_OSLIBNAME, luaopen_os, 0);          /* 7: not global */

    /* base */
    lua_pushnil(L); lua_setfield(L, 1, "dofile");
    lua_pushnil(L); lua_setfield(L, 1, "loadfile");
    lua_pushnil(L); lua_setfield(L, 1, "warn");
    lua_pushnil(L); lua_setfield(L, 1, "require");
    wrap_field(L, 1, "load", safe_load);
    wrap_field(L, 1, "setmetatable", safe_setmetatable);
    wrap_field(L, 1, "collectgarbage", safe_collectgarbage);
    wrap_field(L, 1, "xpcall", safe_xpcall);
    lua_newtable(L);
    lua_setfield(L, LUA_REGISTRYINDEX, PRINTED_KEY);
    lua_pushcfunction(L, collected_print);
    lua_setfield(L, 1, "print");

    /* coroutine: resume and wrap that the limits reach (sandbox_stoppable.c) */
    rlua_sandbox_coroutines(L, 2);

    /* string: no dump; interruptible patterns; the string metatable is hidden from scripts */
    lua_pushnil(L); lua_setfield(L, 4, "dump");
    rlua_sandbox_patterns(L, 4);
    lua_pushliteral(L, "");
    if (lua_getmetatable(L, -1)) {
        lua_pushboolean(L, 0);
        lua_setfield(L, -2, "__metatable");
        lua_pop(L, 1);
    }
    lua_pop(L, 1);

    /* math: deterministic random numbers */
    lua_getfield(L, 5, "randomseed");
    lua_pushvalue(L, -1);
    lua_pushinteger(L, seed);
    lua_call(L, 1, 0);
    lua_pushinteger(L, seed);
    lua_pushcclosure(L, seeded_randomseed, 2);
    lua_setfield(L, 5, "randomseed");

    /* os: time, clock, date on the virtual clock */
    lua_createtable(L, 0, 3);
    lua_getfield(L, 7, "time");
    lua_pushcclosure(L, virtual_time, 1);
    lua_setfield(L, -2, "time");
    lua_pushcfunction(L, virtual_clock);
    lua_setfield(L, -2, "clock");
    lua_getfield(L, 7, "date");
    lua_pushcclosure(L, virtual_date, 1);
    lua_setfield(L, -2, "date");
    lua_setfield(L, 1, "os");

    lua_settop(L, 0);
    return 0;
}

static int undeclared_global(lua_State *L) {
    const char *name = lua_tostring(L, 2);
    return luaL_error(L, "assignment to undeclared global '%s' (declare it with 'local')", name ? name : "?");
}

int rlua_strict_globals(lua_State *L) {
    lua_rawgeti(L, LUA_REGISTRYINDEX, LUA_RIDX_GLOBALS);
    lua_createtable(L, 0, 2);
    lua_pushcfunction(L, undeclared_global);
    lua_setfield(L, -2, "__newindex");
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_setmetatable(L, -2);
    lua_pop(L, 1);
    return 0;
}

int rlua_take_printed(lua_State *L) {
    lua_getfield(L, LUA_REGISTRYINDEX, PRINTED_KEY);
    int count = lua_type(L, -1) == LUA_TTABLE ? (int)lua_rawlen(L, -1) : 0;
    if (count == 0) {
        lua_pop(L, 1);
        return 0;
    }
    lua_createtable(L, 0, 0);
    lua_setfield(L, LUA_REGISTRYINDEX, PRINTED_KEY);
    return count;
}
