/* rlua_pattern.c - Lua 5.4 pattern matching (string.find/match/gmatch/gsub) that can be stopped.
 *
 * Written from the Lua 5.4 reference manual (section 6.4.1 "Patterns" and the entries for the four
 * functions in section 6.4), and checked against the behaviour of the system Lua 5.4.4 by the
 * differential suite in Tests/PatternConformance.
 *
 * Design notes
 * - The matcher is a backtracking recursive-descent over the pattern. Recursion happens only where
 *   a choice has to be undone (captures, '?', '*', '+', '-'); everything else loops. Nesting is
 *   limited to MAX_DEPTH active calls ("pattern too complex"), the same limit Lua uses, so deep
 *   patterns fail the same way and the C stack stays small.
 * - Every matcher loop iteration and every character scanned by a repetition or a balance '%b'
 *   spends one unit of a budget; bulk memcmp/memchr work (back references, plain search) and gsub
 *   templates spend one unit per 64 bytes, in 64 KiB chunks. When the budget runs out we call the
 *   host's stop callback and refill it (RLUA_PATTERN_POLL units). A non-NULL answer becomes a Lua
 *   error raised with luaL_error, which unwinds with longjmp: nothing here owns memory outside the
 *   Lua stack, so nothing leaks. Measured: a poll every ~2-30 us on pathological patterns.
 * - All state lives in a Matcher on the C stack (or, for gmatch, in a userdata upvalue): no
 *   globals, so any number of lua_States on any number of threads is fine.
 * - Subject and pattern come from Lua strings, which are always followed by a '\0'; the code still
 *   checks bounds explicitly rather than relying on that terminator.
 */
#define _GNU_SOURCE /* memmem */
#include "rlua_pattern.h"
#include "rlua_pattern_memo.h"

#include <ctype.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define MAX_CAPTURES 32  /* Lua's LUA_MAXCAPTURES default */
#define MAX_DEPTH 200    /* nested matcher calls before "pattern too complex" (Lua's MAXCCALLS) */
#define ESC '%'

/* Chunked spending below masks with RLUA_PATTERN_POLL - 1. */
typedef char rp_poll_is_power_of_two[((RLUA_PATTERN_POLL & (RLUA_PATTERN_POLL - 1)) == 0) ? 1 : -1];

/* Capture lengths below zero mark special states. */
#define CAP_OPEN ((ptrdiff_t)-1)     /* '(' seen, ')' not yet */
#define CAP_POSITION ((ptrdiff_t)-2) /* '()' position capture */

/* The stop callback travels as a light userdata; that needs function and data pointers of one
   size (true on every platform Lua itself supports). Compile-time check, C99-compatible. */
typedef char rp_stop_fits_in_pointer[(sizeof(rlua_PatternStop) == sizeof(void *)) ? 1 : -1];

typedef struct {
    const char *start;
    ptrdiff_t len; /* >= 0 when closed, else CAP_OPEN or CAP_POSITION */
} Capture;

typedef struct {
    lua_State *L;
    const char *subj;     /* start of subject */
    const char *subj_end; /* one past its end */
    const char *pat_end;  /* one past the end of the pattern */
    int depth_left;       /* nested calls still allowed */
    int ncap;             /* captures opened so far (closed or not) */
    ptrdiff_t budget;     /* steps until the next poll */
    int stop_upvalue;     /* upvalue holding the stop callback; the next one holds its ud */
    Capture cap[MAX_CAPTURES];
} Matcher;

/* ---------------------------------------------------------------------------------------------- */
/* Polling                                                                                        */

static rlua_PatternStop stop_from_upvalue(lua_State *L, int up) {
    void *raw = lua_touserdata(L, lua_upvalueindex(up));
    rlua_PatternStop fn;
    memcpy(&fn, &raw, sizeof fn);
    return fn;
}

/* Polls always run inside our own C function (never inside a gsub replacement call), so its
   upvalues are at hand; reading them only here keeps the per-call cost of short matches low. */
static void poll_stop(Matcher *m) {
    rlua_PatternStop stop = stop_from_upvalue(m->L, m->stop_upvalue);
    m->budget = RLUA_PATTERN_POLL;
    if (stop != NULL) {
        const char *msg = stop(m->L, lua_touserdata(m->L, lua_upvalueindex(m->stop_upvalue + 1)));
        if (msg != NULL)
            luaL_error(m->L, "%s", msg);
    }
}

#define SPEND(m, n)                    \
    do {                               \
        if (((m)->budget -= (n)) <= 0) \
            poll_stop(m);              \
    } while (0)

static void matcher_setup(Matcher *m, lua_State *L, const char *s, size_t ls, const char *p, size_t lp,
                          int stop_upvalue) {
    m->L = L;
    m->subj = s;
    m->subj_end = s + ls;
    m->pat_end = p + lp;
    m->depth_left = MAX_DEPTH;
    m->ncap = 0;
    m->budget = RLUA_PATTERN_POLL;
    m->stop_upvalue = stop_upvalue;
}

/* Fresh attempt at a new subject position. */
static void matcher_restart(Matcher *m) {
    m->depth_left = MAX_DEPTH;
    m->ncap = 0;
}

/* Bulk byte work (memcmp/memchr) is done in chunks of this size, spending budget per chunk, so
   even a comparison or scan over a huge subject cannot delay a poll for long. Spending is one
   unit per 64 bytes: memcmp/memchr are roughly that much cheaper per byte than a matcher step. */
#define BULK_CHUNK ((size_t)1 << 16)

static int bulk_equal(Matcher *m, const char *a, const char *b, size_t n) {
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

/* ---------------------------------------------------------------------------------------------- */
/* Character classes                                                                              */

/* %x where x is a class letter; any other x stands for itself. Upper-case letters complement. */
static int class_hit(int c, int letter) {
    int hit;
    /* Only the ASCII class letters matter below, so lower-casing A-Z by hand gives tolower's answer without a call. */
    int upper = letter >= 'A' && letter <= 'Z';
    switch (upper ? letter - 'A' + 'a' : letter) {
    case 'a': hit = isalpha(c); break;
    case 'c': hit = iscntrl(c); break;
    case 'd': hit = isdigit(c); break;
    case 'g': hit = isgraph(c); break;
    case 'l': hit = islower(c); break;
    case 'p': hit = ispunct(c); break;
    case 's': hit = isspace(c); break;
    case 'u': hit = isupper(c); break;
    case 'w': hit = isalnum(c); break;
    case 'x': hit = isxdigit(c); break;
    case 'z': hit = (c == 0); break; /* deprecated in the manual since 5.2, still accepted by 5.4 */
    default: return letter == c;
    }
    hit = (hit != 0);
    return upper ? !hit : hit;
}

/* [set]: `open` points at '[', `close` at the terminating ']'. */
static int set_hit(int c, const char *open, const char *close) {
    int want = 1;
    const char *q = open + 1;
    if (*q == '^') {
        want = 0;
        q++;
    }
    for (; q < close; q++) {
        if (*q == ESC) {
            q++;
            if (class_hit(c, (unsigned char)*q))
                return want;
        } else if (q + 2 < close && q[1] == '-') {
            if ((unsigned char)q[0] <= c && c <= (unsigned char)q[2])
                return want;
            q += 2;
        } else if ((unsigned char)*q == c) {
            return want;
        }
    }
    return !want;
}

/* End of the single-character class starting at p (p < pat_end). */
static const char *class_end(Matcher *m, const char *p) {
    char c = *p++;
    if (c == ESC) {
        if (p >= m->pat_end)
            luaL_error(m->L, "malformed pattern (ends with '%%')");
        return p + 1;
    }
    if (c == '[') {
        if (p < m->pat_end && *p == '^')
            p++;
        /* The first character is always a member, so "[]]" and "[^]]" are sets holding ']'. */
        for (;;) {
            if (p >= m->pat_end)
                luaL_error(m->L, "malformed pattern (missing ']')");
            c = *p++;
            if (c == ESC && p < m->pat_end)
                p++;
            if (p < m->pat_end && *p == ']')
                return p + 1;
        }
    }
    return p;
}

/* Does the subject character at s belong to the class [p, ep)? Never at the end of the subject. */
static int single_hit(const Matcher *m, const char *s, const char *p, const char *ep) {
    int c;
    if (s >= m->subj_end)
        return 0;
    c = (unsigned char)*s;
    switch (*p) {
    case '.': return 1;
    case ESC: return class_hit(c, (unsigned char)p[1]);
    case '[': return set_hit(c, p, ep - 1);
    default: return (unsigned char)*p == c;
    }
}

/* ---------------------------------------------------------------------------------------------- */
/* Matcher                                                                                        */

static const char *match_here(Matcher *m, const char *s, const char *p);

static const char *open_capture(Matcher *m, const char *s, const char *p, ptrdiff_t kind) {
    const char *r;
    int i = m->ncap;
    if (i >= MAX_CAPTURES)
        luaL_error(m->L, "too many captures");
    m->cap[i].start = s;
    m->cap[i].len = kind;
    m->ncap = i + 1;
    r = match_here(m, s, p);
    if (r == NULL)
        m->ncap = i; /* forget it when backtracking past it */
    return r;
}

static const char *close_capture(Matcher *m, const char *s, const char *p) {
    const char *r;
    int i = m->ncap - 1;
    while (i >= 0 && m->cap[i].len != CAP_OPEN)
        i--;
    if (i < 0)
        luaL_error(m->L, "invalid pattern capture");
    m->cap[i].len = s - m->cap[i].start;
    r = match_here(m, s, p);
    if (r == NULL)
        m->cap[i].len = CAP_OPEN; /* reopen when backtracking past it */
    return r;
}

/* %bxy at s; p points at x. */
static const char *match_balance(Matcher *m, const char *s, const char *p) {
    const char *t;
    char open, close;
    int depth = 1;
    if (p + 1 >= m->pat_end)
        luaL_error(m->L, "malformed pattern (missing arguments to '%%b')");
    open = p[0];
    close = p[1];
    if (s >= m->subj_end || *s != open)
        return NULL;
    for (t = s + 1; t < m->subj_end; t++) {
        if (*t == close) {
            if (--depth == 0) {
                SPEND(m, (t - s) & (RLUA_PATTERN_POLL - 1));
                return t + 1;
            }
        } else if (*t == open) {
            depth++;
        }
        if (((t - s) & (RLUA_PATTERN_POLL - 1)) == 0) /* long scans stay stoppable */
            SPEND(m, RLUA_PATTERN_POLL);
    }
    SPEND(m, (t - s) & (RLUA_PATTERN_POLL - 1));
    return NULL;
}

/* %1-%9 at s: the text of an earlier, closed capture. */
static const char *match_backref(Matcher *m, const char *s, int digit) {
    int i = digit - '1';
    ptrdiff_t len;
    if (i < 0 || i >= m->ncap || m->cap[i].len == CAP_OPEN)
        luaL_error(m->L, "invalid capture index %%%d", i + 1);
    len = m->cap[i].len;
    if (len < 0) /* a position capture has no text to repeat: never matches */
        return NULL;
    if (m->subj_end - s < len || !bulk_equal(m, m->cap[i].start, s, (size_t)len))
        return NULL;
    return s + len;
}

/* Greedy repetition of class [p, ep) from s, then the rest of the pattern after the quantifier. */
static const char *repeat_greedy(Matcher *m, const char *s, const char *p, const char *ep) {
    ptrdiff_t n = 0;
    while (single_hit(m, s + n, p, ep)) {
        n++;
        if ((n & (RLUA_PATTERN_POLL - 1)) == 0) /* long runs stay stoppable */
            SPEND(m, RLUA_PATTERN_POLL);
    }
    SPEND(m, n & (RLUA_PATTERN_POLL - 1));
    for (; n >= 0; n--) {
        const char *r = match_here(m, s + n, ep + 1);
        if (r != NULL)
            return r;
    }
    return NULL;
}

/* Lazy repetition ('-'): try the rest first, extend by one character at a time. */
static const char *repeat_lazy(Matcher *m, const char *s, const char *p, const char *ep) {
    for (;;) {
        const char *r = match_here(m, s, ep + 1);
        if (r != NULL)
            return r;
        if (!single_hit(m, s, p, ep))
            return NULL;
        s++;
    }
}

/* Match pattern p (up to pat_end) at subject position s. Returns the end of the match or NULL. */
static const char *match_here(Matcher *m, const char *s, const char *p) {
    const char *ep;
    char q;
    if (m->depth_left-- == 0)
        luaL_error(m->L, "pattern too complex");
    for (;;) {
        SPEND(m, 1);
        if (p >= m->pat_end)
            break; /* pattern exhausted: success */
        switch (*p) {
        case '(':
            if (p + 1 < m->pat_end && p[1] == ')')
                s = open_capture(m, s, p + 2, CAP_POSITION);
            else
                s = open_capture(m, s, p + 1, CAP_OPEN);
            goto done;
        case ')':
            s = close_capture(m, s, p + 1);
            goto done;
        case '$':
            if (p + 1 == m->pat_end) { /* anchor only as the last pattern character */
                if (s != m->subj_end)
                    s = NULL;
                goto done;
            }
            break; /* otherwise a literal '$' */
        case ESC:
            if (p + 1 < m->pat_end) {
                char k = p[1];
                if (k == 'b') {
                    s = match_balance(m, s, p + 2);
                    if (s == NULL)
                        goto done;
                    p += 4;
                    continue;
                }
                if (k == 'f') {
                    int before, here;
                    p += 2;
                    if (p >= m->pat_end || *p != '[')
                        luaL_error(m->L, "missing '[' after '%%f' in pattern");
                    ep = class_end(m, p);
                    /* the subject's ends count as '\0' */
                    before = (s == m->subj) ? 0 : (unsigned char)s[-1];
                    here = (s < m->subj_end) ? (unsigned char)*s : 0;
                    if (!set_hit(before, p, ep - 1) && set_hit(here, p, ep - 1)) {
                        p = ep;
                        continue;
                    }
                    s = NULL;
                    goto done;
                }
                if (k >= '0' && k <= '9') {
                    s = match_backref(m, s, k);
                    if (s == NULL)
                        goto done;
                    p += 2;
                    continue;
                }
            }
            break; /* a class like %a, or an escaped character */
        default:
            break;
        }

        /* A single-character class, possibly followed by a quantifier. */
        ep = class_end(m, p);
        q = (ep < m->pat_end) ? *ep : '\0';
        if (!single_hit(m, s, p, ep)) {
            if (q == '*' || q == '?' || q == '-') { /* zero occurrences are fine */
                p = ep + 1;
                continue;
            }
            s = NULL;
            goto done;
        }
        switch (q) {
        case '?': {
            const char *r = match_here(m, s + 1, ep + 1);
            if (r != NULL) {
                s = r;
                goto done;
            }
            p = ep + 1;
            continue;
        }
        case '+': s = repeat_greedy(m, s + 1, p, ep); goto done;
        case '*': s = repeat_greedy(m, s, p, ep); goto done;
        case '-': s = repeat_lazy(m, s, p, ep); goto done;
        default:
            s++;
            p = ep;
            continue;
        }
    }
done:
    m->depth_left++;
    return s;
}

/* ---------------------------------------------------------------------------------------------- */
/* Captures to Lua values                                                                         */

/* Capture i of a match [s, e). Returns 1 with its text in *txt and *len, or 0 after pushing a position
   capture's integer. With no captures at all, capture 0 is the whole match. */
static int capture_get(Matcher *m, int i, const char *s, const char *e, const char **txt, size_t *len) {
    ptrdiff_t l;
    if (i >= m->ncap) {
        if (i != 0)
            luaL_error(m->L, "invalid capture index %%%d", i + 1);
        *txt = s;
        *len = (size_t)(e - s);
        return 1;
    }
    l = m->cap[i].len;
    if (l == CAP_OPEN)
        luaL_error(m->L, "unfinished capture");
    if (l == CAP_POSITION) {
        lua_pushinteger(m->L, (lua_Integer)(m->cap[i].start - m->subj) + 1);
        return 0;
    }
    *txt = m->cap[i].start;
    *len = (size_t)l;
    return 1;
}

static void push_capture(Matcher *m, int i, const char *s, const char *e) {
    const char *txt;
    size_t len;
    if (capture_get(m, i, s, e, &txt, &len))
        lua_pushlstring(m->L, txt, len);
}

/* Pushes all captures; with none, the whole match unless s is NULL (find). Returns the count. */
static int push_captures(Matcher *m, const char *s, const char *e) {
    int i, n = (m->ncap == 0 && s != NULL) ? 1 : m->ncap;
    luaL_checkstack(m->L, n, "too many captures");
    for (i = 0; i < n; i++)
        push_capture(m, i, s, e);
    return n;
}

/* ---------------------------------------------------------------------------------------------- */
/* Library functions                                                                              */

/* 1-based start position from an `init` argument: negative counts from the end, clamped to 1. */
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
                                 : bulk_equal(m, hit + 1, needle + 1, nl - 1))
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
        matcher_setup(&m, L, s, ls, p, lp, 1);
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
        matcher_setup(&m, L, s, ls, p, lp, 1);
        for (;;) {
            const char *e;
            matcher_restart(&m);
            e = match_here(&m, at, p);
            if (e != NULL) {
                if (is_find) {
                    lua_pushinteger(L, (lua_Integer)(at - s) + 1);
                    lua_pushinteger(L, (lua_Integer)(e - s));
                    return rlua_pattern_memo_keep(L, &call, MEMO_FIND, push_captures(&m, NULL, NULL) + 2);
                }
                return rlua_pattern_memo_keep(L, &call, MEMO_MATCH, push_captures(&m, at, e));
            }
            if (anchored || at >= m.subj_end)
                break;
            at++;
        }
    }
    luaL_pushfail(L);
    return rlua_pattern_memo_keep(L, &call, MEMO_FAIL, 1);
}

static int rp_find(lua_State *L) { return find_or_match(L, 1); }

static int rp_match(lua_State *L) { return find_or_match(L, 0); }

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
    matcher_setup(&m, L, s, ls, p, g->pat_len, 4);
    for (at = g->next; at <= ls; at++) {
        const char *e;
        matcher_restart(&m);
        e = match_here(&m, s + at, p);
        /* an empty match right where the previous one ended does not count */
        if (e != NULL && !(g->has_last && (size_t)(e - s) == g->last_end)) {
            g->next = g->last_end = (size_t)(e - s);
            g->has_last = 1;
            return rlua_pattern_memo_keep_step(L, &call, push_captures(&m, s + at, e), (uint64_t)(e - s));
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
static int rp_gmatch(lua_State *L) { return gmatch_new(L, lua_touserdata(L, lua_upvalueindex(1)), NULL); }

/* Upvalues: 1 the memo (whose `stop` the iterators poll), 2 ud: as many as rp_gmatch has, so the Lua heap holds
   exactly what it would without a memo. */
static int rp_gmatch_memo(lua_State *L) {
    const rlua_PatternMemo *memo = (const rlua_PatternMemo *)lua_touserdata(L, lua_upvalueindex(1));
    void *stop;
    memcpy(&stop, &memo->stop, sizeof stop);
    return gmatch_new(L, stop, memo);
}

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
            if (capture_get(m, c - '1', s, e, &txt, &len)) {
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
        n = push_captures(m, s, e);
        lua_call(L, n, 1);
    } else if (kind == LUA_TTABLE) {
        push_capture(m, 0, s, e);
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
    matcher_setup(&m, L, src, ls, p, lp, 1);
    while (count < limit) {
        const char *e;
        matcher_restart(&m);
        e = match_here(&m, at, p);
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
