/* rlua_pattern_gsub.c - string.gsub over the interruptible matcher, and the functions that install all four (see
 * rlua_pattern_internal.h). */
#include "rlua_pattern_internal.h"

/* ---------------------------------------------------------------------------------------------- */
/* string.gsub                                                                                    */

/* Replacement string (argument 3) with %0-%9 and %%. */
static void add_template(Matcher *m, luaL_Buffer *b, const char *s, const char *e) {
    lua_State *L = m->L;
    size_t tl;
    const char *t = lua_tolstring(L, 3, &tl);
    const char *tend = t + tl;
    const char *pct;
    SPEND(m, 1 + (ptrdiff_t)(tl >> 6)); /* a long template per match adds up over many matches */
    while ((pct = (const char *)memchr(t, ESC, (size_t)(tend - t))) != NULL) {
        int c;
        luaL_addlstring(b, t, (size_t)(pct - t));
        pct++;
        c = (pct < tend) ? (unsigned char)*pct : 0;
        if (c == ESC) {
            luaL_addchar(b, ESC);
        } else if (c == '0') {
            SPEND(m, (e - s) >> 6);
            luaL_addlstring(b, s, (size_t)(e - s));
        } else if (c >= '1' && c <= '9') {
            const char *txt;
            size_t len;
            if (rp_capture_get(m, c - '1', s, e, &txt, &len)) {
                SPEND(m, (ptrdiff_t)(len >> 6));
                luaL_addlstring(b, txt, len);
            } else {
                luaL_addvalue(b); /* position capture, pushed as an integer */
            }
        } else {
            luaL_error(L, "invalid use of '%c' in replacement string", ESC);
        }
        t = pct + 1;
    }
    luaL_addlstring(b, t, (size_t)(tend - t));
}

/* Adds the replacement for match [s, e) to b. Returns 0 when the original text was kept. */
static int add_replacement(Matcher *m, luaL_Buffer *b, const char *s, const char *e, int kind) {
    lua_State *L = m->L;
    if (kind == LUA_TFUNCTION) {
        int n;
        lua_pushvalue(L, 3);
        n = rp_push_captures(m, s, e);
        lua_call(L, n, 1);
    } else if (kind == LUA_TTABLE) {
        rp_push_capture(m, 0, s, e);
        lua_gettable(L, 3);
    } else {
        add_template(m, b, s, e);
        return 1;
    }
    if (!lua_toboolean(L, -1)) { /* false or nil: keep the match as it was */
        lua_pop(L, 1);
        luaL_addlstring(b, s, (size_t)(e - s));
        return 0;
    }
    if (!lua_isstring(L, -1))
        return luaL_error(L, "invalid replacement value (a %s)", luaL_typename(L, -1));
    luaL_addvalue(b);
    return 1;
}

static int rp_gsub(lua_State *L) {
    size_t ls, lp;
    const char *src = luaL_checklstring(L, 1, &ls);
    const char *p = luaL_checklstring(L, 2, &lp);
    int kind = lua_type(L, 3);
    lua_Integer limit = luaL_optinteger(L, 4, (lua_Integer)ls + 1);
    lua_Integer count = 0;
    int anchored, changed = 0;
    const char *at = src, *last_end = NULL;
    luaL_Buffer b;
    Matcher m;
    luaL_argexpected(L, kind == LUA_TNUMBER || kind == LUA_TSTRING || kind == LUA_TFUNCTION || kind == LUA_TTABLE,
                     3, "string/function/table");
    anchored = (lp > 0 && p[0] == '^');
    if (anchored) {
        p++;
        lp--;
    }
    luaL_buffinit(L, &b);
    rp_matcher_setup(&m, L, src, ls, p, lp, 1);
    while (count < limit) {
        const char *e;
        rp_matcher_restart(&m);
        e = rp_match_here(&m, at, p);
        if (e != NULL && e != last_end) {
            count++;
            changed |= add_replacement(&m, &b, at, e, kind);
            at = last_end = e;
        } else if (at < m.subj_end) {
            luaL_addchar(&b, *at++);
        } else {
            break;
        }
        if (anchored)
            break;
    }
    if (!changed) {
        lua_pushvalue(L, 1); /* nothing replaced: the original value, unconverted */
    } else {
        luaL_addlstring(&b, at, (size_t)(m.subj_end - at));
        luaL_pushresult(&b);
    }
    lua_pushinteger(L, count);
    return 2;
}

/* ---------------------------------------------------------------------------------------------- */

void rlua_pattern_install(lua_State *L, int tableIndex, rlua_PatternStop stop, void *ud) {
    rlua_pattern_install_memo(L, tableIndex, stop, ud, NULL);
}

void rlua_pattern_install_memo(lua_State *L, int tableIndex, rlua_PatternStop stop, void *ud, const rlua_PatternMemo *memo) {
    static const struct {
        const char *name;
        lua_CFunction fn;
    } entries[] = {
        {"find", rp_find},
        {"match", rp_match},
        {"gmatch", rp_gmatch},
        {"gsub", rp_gsub},
    };
    size_t i;
    int t = lua_absindex(L, tableIndex);
    void *raw;
    memcpy(&raw, &stop, sizeof raw);
    for (i = 0; i < sizeof entries / sizeof entries[0]; i++) {
        int memoized = memo != NULL && (entries[i].fn == rp_find || entries[i].fn == rp_match);
        if (memo != NULL && memo->stop == stop && entries[i].fn == rp_gmatch) {
            /* upvalue 1: the memo, which holds the stop callback too */
            lua_pushlightuserdata(L, (void *)memo);
            lua_pushlightuserdata(L, ud);
            lua_pushcclosure(L, rp_gmatch_memo, 2);
            lua_setfield(L, t, entries[i].name);
            continue;
        }
        lua_pushlightuserdata(L, raw);
        lua_pushlightuserdata(L, ud);
        if (memoized) /* upvalue 3: the memo (a const table of functions, never written through) */
            lua_pushlightuserdata(L, (void *)memo);
        lua_pushcclosure(L, entries[i].fn, memoized ? 3 : 2);
        lua_setfield(L, t, entries[i].name);
    }
}
