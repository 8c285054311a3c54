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
 * Answers are remembered outside the Lua heap, keyed by the bytes of text and phrase (text_memo.c finds the text,
 * phrase_answers.c keeps the answers per phrase): validation asks about the same few probe texts and phrase lists
 * many thousands of times.
 */

#define PHRASE_MAX 256
#define LIST_BATCH 16

/* 1 when `s` contains `p` lowered as string.lower does (byte by byte), 0 when not, -1 when `p` is too long.
   `text` says where answers about `s` are kept: a remembered answer is used, a new one remembered. */
static int contains_lowered(rlua_PhraseText text, const char *s, size_t ls, const char *p, size_t lp) {
    char low[PHRASE_MAX];
    if (lp > PHRASE_MAX) return -1;
    if (lp == 0) return 1; /* string.find(s, "", 1, true) finds it */
    if (lp > ls) return 0;
    int known = rlua_phrase_answer(text, p, lp);
    if (known >= 0) return known;
    for (size_t i = 0; i < lp; i++) low[i] = (char)tolower((unsigned char)p[i]);
    int hit = memmem(s, ls, low, lp) != NULL;
    rlua_phrase_keep(text, p, lp, hit);
    return hit;
}

/* Where the answers about text `s` are kept (none for a text the memo does not keep). */
static rlua_PhraseText phrase_text(rlua_Limits *lim, const char *s, size_t ls) {
    rlua_MemoText *t = rlua_memo_text(&lim->phrases, s, ls, lim->frees); /* first: it makes lim->phrases on first use */
    return rlua_phrase_text(&lim->phrase_answers, lim->phrases, t);
}

int rlua_contains_one(lua_State *L) {
    size_t ls, lp;
    if (lua_type(L, 1) != LUA_TSTRING || lua_type(L, 2) != LUA_TSTRING) {
        lua_pushnil(L);
        return 1;
    }
    const char *s = lua_tolstring(L, 1, &ls);
    const char *p = lua_tolstring(L, 2, &lp);
    int hit = contains_lowered(phrase_text(rlua_limits(L), s, ls), s, ls, p, lp);
    if (hit < 0) lua_pushnil(L); else lua_pushboolean(L, hit);
    return 1;
}

/* 1 when `lowered` contains one of the strings list[1], list[2], ... (the table at `idx`, up to the first nil), 0
   when none does, -1 when undecided (a metatable, an element that is not a string or is too long, before a hit).
   Raises the limit trip now and then: a huge list must not outlast the deadline (the limit hook only runs
   between Lua instructions). Stack effect: none. */
static int list_hit(lua_State *L, int idx, rlua_Limits *lim, rlua_PhraseText text, const char *s, size_t ls) {
    if (lua_getmetatable(L, idx)) { /* ipairs would go through __index: leave it to the Lua loop */
        lua_pop(L, 1);
        return -1;
    }
    /* Elements are read a batch at a time (raw reads have no effects, so reading ahead changes nothing) and tested
       in order; the stack is cut back once per batch. */
    int batch = lua_checkstack(L, LIST_BATCH) ? LIST_BATCH : 1;
    int base = lua_gettop(L);
    for (lua_Integer i = 1;;) {
        int got = 0, end = 0; /* end: 1 at the first nil, -1 at an element that is not a string */
        while (got < batch) {
            int type = lua_rawgeti(L, idx, i + got);
            if (type != LUA_TSTRING) {
                end = type == LUA_TNIL ? 1 : -1;
                break;
            }
            got++;
        }
        for (int k = 0; k < got; k++) {
            size_t lp;
            const char *p = lua_tolstring(L, base + 1 + k, &lp);
            int hit = contains_lowered(text, s, ls, p, lp);
            if (hit != 0) {
                lua_settop(L, base);
                return hit;
            }
        }
        lua_settop(L, base);
        if (end != 0) return end > 0 ? 0 : -1;
        i += got;
        if (atomic_load(&lim->trip) != RLUA_TRIP_NONE) rlua_raise_trip(L, lim);
    }
}

int rlua_contains_any(lua_State *L) {
    size_t ls;
    if (lua_type(L, 1) != LUA_TSTRING || lua_type(L, 2) != LUA_TTABLE) {
        lua_pushnil(L);
        return 1;
    }
    const char *s = lua_tolstring(L, 1, &ls);
    rlua_Limits *lim = rlua_limits(L);
    int hit = list_hit(L, 2, lim, phrase_text(lim, s, ls), s, ls);
    if (hit < 0) lua_pushnil(L); else lua_pushboolean(L, hit);
    return 1;
}

/* 1 when the string at index 1 contains one of the arguments 2..n (phrases, lists of phrases, nils skipped), 0 when
   none does, -1 when undecided (see rlua_mentions_all). Stack effect: none. */
static int all_hit(lua_State *L, int n) {
    size_t ls;
    const char *s = lua_tolstring(L, 1, &ls);
    rlua_Limits *lim = rlua_limits(L);
    rlua_PhraseText text = phrase_text(lim, s, ls);
    for (int i = 2; i <= n; i++) {
        int hit;
        switch (lua_type(L, i)) {
        case LUA_TNIL:
            continue;
        case LUA_TSTRING: {
            size_t lp;
            const char *p = lua_tolstring(L, i, &lp);
            hit = contains_lowered(text, s, ls, p, lp);
            break;
        }
        case LUA_TTABLE:
            hit = list_hit(L, i, lim, text, s, ls);
            break;
        default: /* a number, a boolean...: tostring in the Lua loop */
            hit = -1;
        }
        if (hit != 0) return hit;
        if ((i & 63) == 0 && atomic_load(&lim->trip) != RLUA_TRIP_NONE) rlua_raise_trip(L, lim);
    }
    return 0;
}

int rlua_mentions_all(lua_State *L) {
    if (lua_type(L, 1) != LUA_TSTRING) {
        lua_pushnil(L);
        return 1;
    }
    int hit = all_hit(L, lua_gettop(L));
    if (hit < 0) lua_pushnil(L); else lua_pushboolean(L, hit);
    return 1;
}

/* turn:mentions(...) with upvalues 1 = "_lowered", 2 = the prelude's Lua method, 3 = its Lua loop (mentions_in). */
static int turn_mentions(lua_State *L) {
    int n = lua_gettop(L);
    if (n >= 1 && lua_type(L, 1) == LUA_TTABLE) {
        lua_pushvalue(L, lua_upvalueindex(1));
        if (lua_rawget(L, 1) == LUA_TSTRING) {
            lua_replace(L, 1); /* lowered, phrases... */
            int hit = all_hit(L, n);
            if (hit >= 0) {
                lua_pushboolean(L, hit);
                return 1;
            }
            lua_pushvalue(L, lua_upvalueindex(3)); /* undecided: the Lua loop, from the first phrase */
            lua_insert(L, 1);
            lua_call(L, n, LUA_MULTRET);
            return lua_gettop(L);
        }
        lua_pop(L, 1);
    }
    lua_pushvalue(L, lua_upvalueindex(2)); /* no lowered text yet (or something unusual): the Lua method */
    lua_insert(L, 1);
    lua_call(L, n, LUA_MULTRET);
    return lua_gettop(L);
}

int rlua_make_turn_mentions(lua_State *L) {
    luaL_checktype(L, 1, LUA_TFUNCTION);
    luaL_checktype(L, 2, LUA_TFUNCTION);
    lua_settop(L, 2);
    lua_pushliteral(L, "_lowered");
    lua_insert(L, 1);
    lua_pushcclosure(L, turn_mentions, 3);
    return 1;
}
