#define _GNU_SOURCE /* memmem */
#include "limits_internal.h"
#include <ctype.h>
#include <string.h>

/*
 * The prelude's phrase test (turn:mentions, rapport.mentions) in C: string.find(lowered, string.lower(phrase), 1, true)
 * for each phrase, without making a lowered copy of each phrase as a Lua string. Only the plain case is handled
 * here; anything else (a list that is not a plain table of strings, a long phrase) answers nil, and the prelude then
 * runs its Lua loop, which gives the same answer and raises the same errors.
 *
 * Answers for long texts are remembered outside the Lua heap (text_memo.c, keyed by the bytes of text and
 * phrase): validation asks about the same few probe texts and phrase lists many thousands of times.
 */

#define PHRASE_MAX 256

/* 1 when `s` contains `p` lowered as string.lower does (byte by byte), 0 when not, -1 when `p` is too long.
   `text` is the cache entry for `s` (or NULL): a remembered answer is used, a new one remembered. */
static int contains_lowered(rlua_MemoText *text, const char *s, size_t ls, const char *p, size_t lp) {
    char low[PHRASE_MAX];
    if (lp > PHRASE_MAX) return -1;
    if (lp == 0) return 1; /* string.find(s, "", 1, true) finds it */
    if (lp > ls) return 0;
    size_t known_len;
    const unsigned char *known = rlua_memo_get(text, p, lp, &known_len);
    if (known != NULL) return known[0];
    for (size_t i = 0; i < lp; i++) low[i] = (char)tolower((unsigned char)p[i]);
    int hit = memmem(s, ls, low, lp) != NULL;
    unsigned char answer = (unsigned char)hit;
    rlua_memo_put(text, p, lp, &answer, 1);
    return hit;
}

int rlua_contains_one(lua_State *L) {
    size_t ls, lp;
    if (lua_type(L, 1) != LUA_TSTRING || lua_type(L, 2) != LUA_TSTRING) {
        lua_pushnil(L);
        return 1;
    }
    const char *s = lua_tolstring(L, 1, &ls);
    const char *p = lua_tolstring(L, 2, &lp);
    int hit = contains_lowered(rlua_memo_text(&rlua_limits(L)->phrases, s, ls), s, ls, p, lp);
    if (hit < 0) lua_pushnil(L); else lua_pushboolean(L, hit);
    return 1;
}

int rlua_contains_any(lua_State *L) {
    size_t ls;
    if (lua_type(L, 1) != LUA_TSTRING || lua_type(L, 2) != LUA_TTABLE) {
        lua_pushnil(L);
        return 1;
    }
    if (lua_getmetatable(L, 2)) { /* ipairs would go through __index: leave it to the Lua loop */
        lua_pushnil(L);
        return 1;
    }
    const char *s = lua_tolstring(L, 1, &ls);
    rlua_Limits *lim = rlua_limits(L);
    rlua_MemoText *text = rlua_memo_text(&lim->phrases, s, ls);
    for (lua_Integer i = 1;; i++) {
        int type = lua_rawgeti(L, 2, i);
        if (type == LUA_TNIL) break;
        if (type != LUA_TSTRING) {
            lua_pushnil(L);
            return 1;
        }
        size_t lp;
        const char *p = lua_tolstring(L, -1, &lp);
        int hit = contains_lowered(text, s, ls, p, lp);
        lua_pop(L, 1);
        if (hit != 0) {
            if (hit < 0) lua_pushnil(L); else lua_pushboolean(L, 1);
            return 1;
        }
        /* A huge list must not outlast the deadline: the limit hook only runs between Lua instructions. */
        if ((i & 63) == 0 && atomic_load(&lim->trip) != RLUA_TRIP_NONE) return rlua_raise_trip(L, lim);
    }
    lua_pushboolean(L, 0);
    return 1;
}
