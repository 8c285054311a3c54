/* rlua_pattern_internal.h - shared by the rlua_pattern*.c files only (not in include/, so Swift never sees it).
 *
 * Lua 5.4 pattern matching (string.find/match/gmatch/gsub) that can be stopped. The files:
 *   rlua_pattern.c          the matching engine: character classes and the backtracking matcher
 *   rlua_pattern_captures.c captures to Lua values
 *   rlua_pattern_find.c     string.find, string.match, string.gmatch
 *   rlua_pattern_gsub.c     string.gsub and the install functions
 *   rlua_pattern_memo.c     the optional memo of find/match answers and gmatch steps
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
#ifndef RLUA_PATTERN_INTERNAL_H
#define RLUA_PATTERN_INTERNAL_H

#include "rlua_pattern.h"
#include "rlua_pattern_memo.h"

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

/* rp_stop_from_upvalue: the stop callback kept (as a light userdata) in upvalue `up` of the running C function. */
static inline rlua_PatternStop rp_stop_from_upvalue(lua_State *L, int up) {
    void *raw = lua_touserdata(L, lua_upvalueindex(up));
    rlua_PatternStop fn;
    memcpy(&fn, &raw, sizeof fn);
    return fn;
}

/* Polls always run inside our own C function (never inside a gsub replacement call), so its
   upvalues are at hand; reading them only here keeps the per-call cost of short matches low. */
/* rp_poll_stop: refills m's budget and calls the stop callback; raises its message as a Lua error. */
static inline void rp_poll_stop(Matcher *m) {
    rlua_PatternStop stop = rp_stop_from_upvalue(m->L, m->stop_upvalue);
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
            rp_poll_stop(m);           \
    } while (0)

/* rp_matcher_setup: a Matcher for subject [s, s+ls) and pattern [p, p+lp), polling the stop at upvalue stop_upvalue. */
static inline void rp_matcher_setup(Matcher *m, lua_State *L, const char *s, size_t ls, const char *p, size_t lp,
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
static inline void rp_matcher_restart(Matcher *m) {
    m->depth_left = MAX_DEPTH;
    m->ncap = 0;
}

/* Bulk byte work (memcmp/memchr) is done in chunks of this size, spending budget per chunk, so
   even a comparison or scan over a huge subject cannot delay a poll for long. Spending is one
   unit per 64 bytes: memcmp/memchr are roughly that much cheaper per byte than a matcher step. */
#define BULK_CHUNK ((size_t)1 << 16)

/* rp_bulk_equal (rlua_pattern_find.c): memcmp(a, b, n) == 0, spending budget (and polling) per BULK_CHUNK. Out of
   line on purpose: inlined into match_here it grows the hot loop. */
int rp_bulk_equal(Matcher *m, const char *a, const char *b, size_t n);

/* ---------------------------------------------------------------------------------------------- */
/* Shared between the files                                                                       */

/* rp_match_here (rlua_pattern.c): matches pattern p (up to m->pat_end) at subject position s; returns the end of
   the match or NULL. Call rp_matcher_restart first for each fresh attempt. */
const char *rp_match_here(Matcher *m, const char *s, const char *p);

/* rp_capture_get (rlua_pattern_captures.c): capture i of match [s, e): 1 with its text in *txt, *len, or 0 after
   pushing a position capture's integer. */
int rp_capture_get(Matcher *m, int i, const char *s, const char *e, const char **txt, size_t *len);
/* rp_push_capture (rlua_pattern_captures.c): pushes capture i of match [s, e) (the whole match when there are none). */
void rp_push_capture(Matcher *m, int i, const char *s, const char *e);
/* rp_push_captures (rlua_pattern_captures.c): pushes all captures (with none, the whole match unless s is NULL);
   returns the count. */
int rp_push_captures(Matcher *m, const char *s, const char *e);

/* The library functions of rlua_pattern_find.c, for rlua_pattern_install_memo (rlua_pattern_gsub.c). */
/* rp_find, rp_match: string.find and string.match; upvalues 1 stop, 2 ud, optionally 3 memo. */
int rp_find(lua_State *L);
int rp_match(lua_State *L);
/* rp_gmatch: string.gmatch; upvalues 1 stop, 2 ud. */
int rp_gmatch(lua_State *L);
/* rp_gmatch_memo: string.gmatch with memoized steps; upvalues 1 the memo (holding the stop), 2 ud. */
int rp_gmatch_memo(lua_State *L);

#endif /* RLUA_PATTERN_INTERNAL_H */
