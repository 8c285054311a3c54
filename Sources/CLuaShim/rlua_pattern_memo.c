/* The optional memo of string.find / string.match answers (rlua_PatternMemo): how an answer is written down from
 * the stack and pushed back. Kept apart from rlua_pattern.c, which only asks and tells it. */
#include "rlua_pattern_memo.h"
#include <stdint.h>
#include <string.h>

/* An answer: kind, value count, then per value 'i' + 8 bytes or 's' + 4-byte length + bytes. Pushes it as
   find_or_match pushes a fresh one: for find the two positions, then the captures after the same stack check. */
int rlua_pattern_memo_replay(lua_State *L, const unsigned char *a, size_t la) {
    int kind = a[0], n = a[1], i;
    size_t at = 2;
    if (kind == MEMO_FAIL) {
        luaL_pushfail(L);
        return 1;
    }
    for (i = 0; i < n; i++) {
        if (i == (kind == MEMO_FIND ? 2 : 0))
            luaL_checkstack(L, n - i, "too many captures");
        if (a[at] == 'i') {
            lua_Integer v;
            memcpy(&v, a + at + 1, sizeof v);
            lua_pushinteger(L, v);
            at += 1 + sizeof v;
        } else {
            uint32_t len;
            memcpy(&len, a + at + 1, sizeof len);
            lua_pushlstring(L, (const char *)a + at + 1 + sizeof len, len);
            at += 1 + sizeof len + len;
        }
    }
    (void)la;
    return n;
}

/* Keeps the answer now on top of the stack (`n` values of `kind`) and returns `n`. */
int rlua_pattern_memo_keep(lua_State *L, const MemoCall *call, int kind, int n) {
    unsigned char a[MEMO_ANSWER_MAX];
    size_t at = 2;
    int i;
    if (call->memo == NULL || n > 255)
        return n;
    a[0] = (unsigned char)kind;
    a[1] = (unsigned char)n;
    for (i = -n; i < 0; i++) {
        if (lua_type(L, i) == LUA_TNUMBER && lua_isinteger(L, i)) {
            lua_Integer v = lua_tointeger(L, i);
            if (at + 1 + sizeof v > sizeof a)
                return n;
            a[at] = 'i';
            memcpy(a + at + 1, &v, sizeof v);
            at += 1 + sizeof v;
        } else if (lua_type(L, i) == LUA_TSTRING) {
            size_t len;
            const char *str = lua_tolstring(L, i, &len);
            uint32_t len32 = (uint32_t)len;
            if (len > sizeof a || at + 1 + sizeof len32 + len > sizeof a)
                return n;
            a[at] = 's';
            memcpy(a + at + 1, &len32, sizeof len32);
            memcpy(a + at + 1 + sizeof len32, str, len);
            at += 1 + sizeof len32 + len;
        } else if (!(kind == MEMO_FAIL && lua_isnil(L, i))) {
            return n;
        }
    }
    call->memo->put(call->ud, call->s, call->ls, call->key, call->lk, a, at);
    return n;
}

