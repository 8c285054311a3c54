/* The parts of the sandbox that the limits must reach where a debug hook cannot: coroutines (resumed with the
   hook armed and tracked as the current thread) and string patterns (our own matcher, polling the trip). */
#include "limits_internal.h"
#include <string.h>

/* ---- coroutines that limits can reach ---- */

static int aux_resume(lua_State *L, lua_State *co, int narg) {
    rlua_Limits *lim = rlua_limits(L);
    if (!lua_checkstack(co, narg)) {
        lua_pushliteral(L, "too many arguments to resume");
        return -1;
    }
    lua_xmove(L, co, narg);
    if (lim->budget > 0 && lua_gethook(co) == NULL) {
        lua_sethook(co, rlua_limit_hook, LUA_MASKCOUNT, (int)(lim->budget > 0x7fffffff ? 0x7fffffff : lim->budget));
    }
    lua_State *previous = atomic_exchange(&lim->current, co);
    int nres = 0;
    int status = lua_resume(co, L, narg, &nres);
    atomic_store(&lim->current, previous);
    if (status == LUA_OK || status == LUA_YIELD) {
        if (!lua_checkstack(L, nres + 1)) {
            lua_pop(co, nres);
            lua_pushliteral(L, "too many results to resume");
            return -1;
        }
        lua_xmove(co, L, nres);
        return nres;
    }
    lua_xmove(co, L, 1);
    return -1;
}

static int tracked_resume(lua_State *L) {
    rlua_Limits *lim = rlua_limits(L);
    lua_State *co = lua_tothread(L, 1);
    luaL_argexpected(L, co != NULL, 1, "coroutine");
    if (atomic_load(&lim->trip) != RLUA_TRIP_NONE) return rlua_raise_trip(L, lim);
    int r = aux_resume(L, co, lua_gettop(L) - 1);
    if (atomic_load(&lim->trip) != RLUA_TRIP_NONE) return rlua_raise_trip(L, lim);
    if (r < 0) {
        lua_pushboolean(L, 0);
        lua_insert(L, -2);
        return 2;
    }
    lua_pushboolean(L, 1);
    lua_insert(L, -(r + 1));
    return r + 1;
}

static int tracked_wrap_call(lua_State *L) {
    rlua_Limits *lim = rlua_limits(L);
    lua_State *co = lua_tothread(L, lua_upvalueindex(1));
    if (atomic_load(&lim->trip) != RLUA_TRIP_NONE) return rlua_raise_trip(L, lim);
    int r = aux_resume(L, co, lua_gettop(L));
    if (atomic_load(&lim->trip) != RLUA_TRIP_NONE) return rlua_raise_trip(L, lim);
    if (r < 0) {
        int status = lua_status(co);
        if (status != LUA_OK && status != LUA_YIELD) {
            lua_resetthread(co);
        }
        if (lua_type(L, -1) == LUA_TSTRING) {
            luaL_where(L, 1);
            lua_insert(L, -2);
            lua_concat(L, 2);
        }
        return lua_error(L);
    }
    return r;
}

static int tracked_wrap(lua_State *L) {
    luaL_checktype(L, 1, LUA_TFUNCTION);
    lua_State *co = lua_newthread(L);
    lua_pushvalue(L, 1);
    lua_xmove(L, co, 1);
    lua_pushcclosure(L, tracked_wrap_call, 1);
    return 1;
}

/* Polled by our own pattern matcher (rlua_pattern*.c): a pathological pattern stops at the deadline too. */
static const char *pattern_stop(lua_State *L, void *ud) {
    (void)L;
    rlua_Limits *lim = (rlua_Limits *)ud;
    switch (atomic_load(&lim->trip)) {
    case RLUA_TRIP_NONE: return NULL;
    case RLUA_TRIP_MEMORY: return "script stopped: it needed more than its memory limit";
    case RLUA_TRIP_BUDGET: return "script stopped: it used more than its instruction budget";
    default: return "script stopped: a string pattern ran longer than the time limit";
    }
}

/* The state's memo of find/match answers and gmatch steps (text_memo.c): the same probe texts are searched for
   the same patterns in every turn of validation, and a restore of the heap would empty a memo kept in it. A wide
   memo: splitting replies into sentences makes many more texts than the replies themselves. */
static size_t find_memo_get(void *ud, const char *s, size_t ls, const char *key, size_t lk, unsigned char *out, size_t cap) {
    rlua_Limits *lim = (rlua_Limits *)ud;
    size_t lv;
    const unsigned char *v = rlua_memo_get(rlua_memo_text_wide(&lim->finds, s, ls, lim->frees), key, lk, &lv);
    if (v == NULL || lv == 0 || lv > cap) return 0;
    memcpy(out, v, lv);
    return lv;
}

static void find_memo_put(void *ud, const char *s, size_t ls, const char *key, size_t lk, const unsigned char *value, size_t lv) {
    rlua_Limits *lim = (rlua_Limits *)ud;
    rlua_memo_put(rlua_memo_text_wide(&lim->finds, s, ls, lim->frees), key, lk, value, lv);
}

static const rlua_PatternMemo find_memo = { find_memo_get, find_memo_put, pattern_stop };

/* ---- installing them ---- */

void rlua_sandbox_coroutines(lua_State *L, int table) {
    table = lua_absindex(L, table);
    lua_pushcfunction(L, tracked_resume);
    lua_setfield(L, table, "resume");
    lua_pushcfunction(L, tracked_wrap);
    lua_setfield(L, table, "wrap");
}

void rlua_sandbox_patterns(lua_State *L, int table) {
    rlua_pattern_install_memo(L, table, pattern_stop, rlua_limits(L), &find_memo);
}
