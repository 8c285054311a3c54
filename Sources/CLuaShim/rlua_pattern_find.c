/* rlua_pattern_find.c - string.find, string.match and string.gmatch over the interruptible matcher (see
 * rlua_pattern_internal.h). */
#define _GNU_SOURCE /* memmem */
#include "rlua_pattern_internal.h"

static size_t start_position(lua_Integer pos, size_t len) {
    if (pos > 0)
        return (size_t)pos;
    if (pos == 0 || pos < -(lua_Integer)len)
        return 1;
    return (size_t)((lua_Integer)len + pos + 1);
}

/* True when the pattern has none of the magic characters, so a plain search gives the same answer. */
static int is_plain(const char *p, size_t lp) {
    size_t i;
    for (i = 0; i < lp; i++) {
        switch (p[i]) {
        case '^': case '$': case '*': case '+': case '?':
        case '.': case '(': case '[': case '%': case '-':
            return 0;
        default: break;
        }
    }
    return 1;
}

/* Bulk byte comparison; contract in rlua_pattern_internal.h. */
int rp_bulk_equal(Matcher *m, const char *a, const char *b, size_t n) {
    while (n > BULK_CHUNK) {
        if (memcmp(a, b, BULK_CHUNK) != 0)
            return 0;
        SPEND(m, (ptrdiff_t)(BULK_CHUNK >> 6));
        a += BULK_CHUNK;
        b += BULK_CHUNK;
        n -= BULK_CHUNK;
    }
    SPEND(m, 1 + (ptrdiff_t)(n >> 6));
    return memcmp(a, b, n) == 0;
}

/* Needles up to this long are searched with memmem, a window of BULK_CHUNK start positions at a time. */
#define MEMMEM_NEEDLE_MAX ((size_t)4096)

/* First occurrence of needle in hay, or NULL. Spends budget so huge searches stay stoppable. */
static const char *plain_search(Matcher *m, const char *hay, size_t hl, const char *needle, size_t nl) {
    const char *cur, *last;
    if (nl == 0)
        return hay;
    if (nl > hl)
        return NULL;
    cur = hay;
    last = hay + (hl - nl); /* last possible start */
    if (nl <= MEMMEM_NEEDLE_MAX) {
        /* memmem skips ahead on the needle's structure: with a common first letter, a memchr per candidate and
           a memcmp per hit cost several times more on ordinary text. */
        while (cur <= last) {
            size_t starts = (size_t)(last - cur) + 1;
            size_t window = starts < BULK_CHUNK ? starts : BULK_CHUNK;
            const char *hit = (const char *)memmem(cur, window + nl - 1, needle, nl);
            SPEND(m, 1 + (ptrdiff_t)((window + nl) >> 6));
            if (hit != NULL)
                return hit;
            cur += window;
        }
        return NULL;
    }
    while (cur <= last) {
        size_t span = (size_t)(last - cur) + 1;
        const char *hit = (const char *)memchr(cur, (unsigned char)needle[0], span < BULK_CHUNK ? span : BULK_CHUNK);
        if (hit == NULL) { /* nothing in this chunk */
            if (span <= BULK_CHUNK)
                return NULL;
            SPEND(m, (ptrdiff_t)(BULK_CHUNK >> 6));
            cur += BULK_CHUNK;
            continue;
        }
        SPEND(m, 1 + ((hit - cur) >> 6));
        if (nl - 1 <= BULK_CHUNK ? memcmp(hit + 1, needle + 1, nl - 1) == 0
                                 : rp_bulk_equal(m, hit + 1, needle + 1, nl - 1))
            return hit;
        cur = hit + 1;
    }
    return NULL;
}

static int find_or_match(lua_State *L, int is_find) {
    size_t ls, lp, init;
    const char *s = luaL_checklstring(L, 1, &ls);
    const char *p = luaL_checklstring(L, 2, &lp);
    Matcher m;
    MemoCall call;
    int plain;
    init = start_position(luaL_optinteger(L, 3, 1), ls) - 1;
    if (init > ls) { /* starts after the end: nothing can match */
        luaL_pushfail(L);
        return 1;
    }
    plain = is_find && (lua_toboolean(L, 4) || is_plain(p, lp));
    call.memo = (const rlua_PatternMemo *)lua_touserdata(L, lua_upvalueindex(3));
    if (call.memo != NULL && lp <= MEMO_PATTERN_MAX) {
        unsigned char answer[MEMO_ANSWER_MAX];
        size_t la;
        uint64_t at = (uint64_t)init;
        call.ud = lua_touserdata(L, lua_upvalueindex(2));
        call.s = s;
        call.ls = ls;
        call.key[0] = (char)is_find;
        call.key[1] = (char)plain;
        memcpy(call.key + 2, &at, sizeof at);
        memcpy(call.key + 10, p, lp);
        call.lk = 10 + lp;
        la = call.memo->get(call.ud, s, ls, call.key, call.lk, answer, sizeof answer);
        if (la > 0)
            return rlua_pattern_memo_replay(L, answer, la);
    } else {
        call.memo = NULL;
    }
    if (plain) {
        const char *hit;
        rp_matcher_setup(&m, L, s, ls, p, lp, 1);
        hit = plain_search(&m, s + init, ls - init, p, lp);
        if (hit != NULL) {
            lua_pushinteger(L, (lua_Integer)(hit - s) + 1);
            lua_pushinteger(L, (lua_Integer)(hit - s) + (lua_Integer)lp);
            return rlua_pattern_memo_keep(L, &call, MEMO_FIND, 2);
        }
    } else {
        const char *at = s + init;
        int anchored = (lp > 0 && p[0] == '^');
        if (anchored) {
            p++;
            lp--;
        }
        rp_matcher_setup(&m, L, s, ls, p, lp, 1);
        for (;;) {
            const char *e;
            rp_matcher_restart(&m);
            e = rp_match_here(&m, at, p);
            if (e != NULL) {
                if (is_find) {
                    lua_pushinteger(L, (lua_Integer)(at - s) + 1);
                    lua_pushinteger(L, (lua_Integer)(e - s));
                    return rlua_pattern_memo_keep(L, &call, MEMO_FIND, rp_push_captures(&m, NULL, NULL) + 2);
                }
                return rlua_pattern_memo_keep(L, &call, MEMO_MATCH, rp_push_captures(&m, at, e));
            }
            if (anchored || at >= m.subj_end)
                break;
            at++;
        }
    }
    luaL_pushfail(L);
    return rlua_pattern_memo_keep(L, &call, MEMO_FAIL, 1);
}

int rp_find(lua_State *L) { return find_or_match(L, 1); }

int rp_match(lua_State *L) { return find_or_match(L, 0); }

/* gmatch iterator state; positions are offsets into the subject upvalue. The memo takes the place a pattern
   pointer had (the pattern is read from upvalue 2), so the userdata has the size it always had. */
typedef struct {
    const char *subj; /* the subject; kept alive by the iterator's upvalue 1 (the pattern is upvalue 2) */
    const rlua_PatternMemo *memo; /* NULL: no memo for this iterator */
    size_t subj_len, pat_len;
    size_t next;     /* where the next search starts */
    size_t last_end; /* end of the previous match, if any */
    int has_last;
} GmatchState;

/* The memo key of one gmatch step: the iterator's position and the pattern (the subject is the memo's text). */
static void gmatch_key(MemoCall *call, const GmatchState *g, const char *p) {
    uint64_t next = (uint64_t)g->next, last_end = g->has_last ? (uint64_t)g->last_end : 0;
    call->key[0] = 'g'; /* find and match keys start with 0 or 1 */
    call->key[1] = (char)g->has_last;
    memcpy(call->key + 2, &next, sizeof next);
    memcpy(call->key + 10, &last_end, sizeof last_end);
    memcpy(call->key + 18, p, g->pat_len);
    call->lk = 18 + g->pat_len;
}

/* Upvalues: 1 subject, 2 pattern, 3 GmatchState, 4 stop, 5 ud. A remembered step pushes its captures as a fresh
   one does and moves the iterator the same way (see rlua_pattern_memo_replay_step). */
static int gmatch_step(lua_State *L) {
    GmatchState *g = (GmatchState *)lua_touserdata(L, lua_upvalueindex(3));
    const char *s = g->subj, *p = lua_tolstring(L, lua_upvalueindex(2), NULL);
    size_t ls = g->subj_len, at;
    Matcher m;
    MemoCall call;
    call.memo = NULL;
    if (g->memo != NULL && g->pat_len <= MEMO_PATTERN_MAX) {
        unsigned char answer[MEMO_ANSWER_MAX];
        size_t la;
        call.memo = g->memo;
        call.ud = lua_touserdata(L, lua_upvalueindex(5));
        call.s = s;
        call.ls = ls;
        gmatch_key(&call, g, p);
        la = call.memo->get(call.ud, s, ls, call.key, call.lk, answer, sizeof answer);
        if (la > 0) {
            uint64_t end;
            int n = rlua_pattern_memo_replay_step(L, answer, la, &end);
            if (n > 0) {
                g->next = g->last_end = (size_t)end;
                g->has_last = 1;
            }
            return n;
        }
    }
    rp_matcher_setup(&m, L, s, ls, p, g->pat_len, 4);
    for (at = g->next; at <= ls; at++) {
        const char *e;
        rp_matcher_restart(&m);
        e = rp_match_here(&m, s + at, p);
        /* an empty match right where the previous one ended does not count */
        if (e != NULL && !(g->has_last && (size_t)(e - s) == g->last_end)) {
            g->next = g->last_end = (size_t)(e - s);
            g->has_last = 1;
            return rlua_pattern_memo_keep_step(L, &call, rp_push_captures(&m, s + at, e), (uint64_t)(e - s));
        }
    }
    return rlua_pattern_memo_keep_step(L, &call, 0, 0);
}

/* A new iterator for string.gmatch's arguments, polling the stop callback `stop` (as a light userdata), with `memo`
   (NULL for none). A leading '^' is not an anchor here (it would stop the iteration). */
static int gmatch_new(lua_State *L, void *stop, const rlua_PatternMemo *memo) {
    size_t ls, lp, init;
    GmatchState *g;
    const char *s = luaL_checklstring(L, 1, &ls);
    luaL_checklstring(L, 2, &lp); /* the iterator reads the pattern from its upvalue 2 */
    init = start_position(luaL_optinteger(L, 3, 1), ls) - 1;
    if (init > ls)
        init = ls + 1; /* iterator yields nothing */
    lua_settop(L, 2);
    g = (GmatchState *)lua_newuserdatauv(L, sizeof *g, 0);
    g->subj = s; /* converted in place by luaL_checklstring, so this is the upvalue string */
    g->memo = memo;
    g->subj_len = ls;
    g->pat_len = lp;
    g->next = init;
    g->last_end = 0;
    g->has_last = 0;
    lua_pushlightuserdata(L, stop);
    lua_pushvalue(L, lua_upvalueindex(2));
    lua_pushcclosure(L, gmatch_step, 5);
    return 1;
}

/* Upvalues: 1 stop, 2 ud. */
int rp_gmatch(lua_State *L) { return gmatch_new(L, lua_touserdata(L, lua_upvalueindex(1)), NULL); }

/* Upvalues: 1 the memo (whose `stop` the iterators poll), 2 ud: as many as rp_gmatch has, so the Lua heap holds
   exactly what it would without a memo. */
int rp_gmatch_memo(lua_State *L) {
    const rlua_PatternMemo *memo = (const rlua_PatternMemo *)lua_touserdata(L, lua_upvalueindex(1));
    void *stop;
    memcpy(&stop, &memo->stop, sizeof stop);
    return gmatch_new(L, stop, memo);
}
