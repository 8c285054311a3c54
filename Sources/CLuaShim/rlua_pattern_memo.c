/* The optional memo of string.find / string.match answers and gmatch steps (rlua_PatternMemo): how an answer is
 * written down from the stack and pushed back. Kept apart from the other rlua_pattern*.c files, which only ask and
 * tell it. */
#include "rlua_pattern_memo.h"
#include <stdint.h>
#include <string.h>

/* An answer: kind, value count, for a gmatch step the 8-byte end of its match, then per value 'i' + 8 bytes or
   's' + 4-byte length + bytes. */

/* Pushes the `n` values written from `at` on, checking the stack for the rest before value `check_at` as the
   matcher does (find: after the two positions; match and gmatch: first). */
static void push_values(lua_State *L, const unsigned char *a, size_t at, int n, int check_at) {
    int i;
    for (i = 0; i < n; i++) {
        if (i == check_at)
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
}

/* Pushes it as find_or_match pushes a fresh one: for find the two positions, then the captures after the same
   stack check. */
int rlua_pattern_memo_replay(lua_State *L, const unsigned char *a, size_t la) {
    int kind = a[0], n = a[1];
    (void)la;
    if (kind == MEMO_FAIL) {
        luaL_pushfail(L);
        return 1;
    }
    push_values(L, a, 2, n, kind == MEMO_FIND ? 2 : 0);
    return n;
}

int rlua_pattern_memo_replay_step(lua_State *L, const unsigned char *a, size_t la, uint64_t *end) {
    int n = a[1];
    (void)la;
    memcpy(end, a + 2, sizeof *end);
    push_values(L, a, 2 + sizeof *end, n, 0);
    return n;
}

/* Writes the `n` values on top of the stack into `a` from `at` on (at most `cap` bytes); returns the bytes used
   in all, or 0 when a value cannot be written (not an integer or a string, a nil of a failure aside) or does not
   fit. */
static size_t write_values(lua_State *L, unsigned char *a, size_t at, size_t cap, int kind, int n) {
    int i;
    for (i = -n; i < 0; i++) {
        if (lua_type(L, i) == LUA_TNUMBER && lua_isinteger(L, i)) {
            lua_Integer v = lua_tointeger(L, i);
            if (at + 1 + sizeof v > cap)
                return 0;
            a[at] = 'i';
            memcpy(a + at + 1, &v, sizeof v);
            at += 1 + sizeof v;
        } else if (lua_type(L, i) == LUA_TSTRING) {
            size_t len;
            const char *str = lua_tolstring(L, i, &len);
            uint32_t len32 = (uint32_t)len;
            if (len > cap || at + 1 + sizeof len32 + len > cap)
                return 0;
            a[at] = 's';
            memcpy(a + at + 1, &len32, sizeof len32);
            memcpy(a + at + 1 + sizeof len32, str, len);
            at += 1 + sizeof len32 + len;
        } else if (!(kind == MEMO_FAIL && lua_isnil(L, i))) {
            return 0;
        }
    }
    return at;
}

/* Keeps an answer: the header already in `a` (kind, count and `extra` bytes), then the `n` values of `kind` on top
   of the stack. Returns `n`. */
static int keep(lua_State *L, const MemoCall *call, unsigned char *a, size_t extra, int kind, int n) {
    size_t at = write_values(L, a, 2 + extra, MEMO_ANSWER_MAX, kind, n);
    if (at > 0)
        call->memo->put(call->ud, call->s, call->ls, call->key, call->lk, a, at);
    return n;
}

/* Keeps the answer now on top of the stack (`n` values of `kind`) and returns `n`. */
int rlua_pattern_memo_keep(lua_State *L, const MemoCall *call, int kind, int n) {
    unsigned char a[MEMO_ANSWER_MAX];
    if (call->memo == NULL || n > 255)
        return n;
    a[0] = (unsigned char)kind;
    a[1] = (unsigned char)n;
    return keep(L, call, a, 0, kind, n);
}

int rlua_pattern_memo_keep_step(lua_State *L, const MemoCall *call, int n, uint64_t end) {
    unsigned char a[MEMO_ANSWER_MAX];
    if (call->memo == NULL || n > 255)
        return n;
    a[0] = MEMO_STEP;
    a[1] = (unsigned char)n;
    memcpy(a + 2, &end, sizeof end);
    return keep(L, call, a, sizeof end, MEMO_STEP, n);
}
