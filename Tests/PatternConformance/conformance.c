/* Conformance suite for rlua_pattern.
 *
 *   conformance <dir>      (dir holds conformance.lua and bench.lua)
 *
 * 1. Differential: Lua 5.4's own string.find/match/gmatch/gsub against ours, installed in a copy of
 *    the string table, on the hand-written cases of conformance.lua plus seeded random
 *    patterns/subjects generated here; then all of it twice more with a memo installed, the last
 *    pass answered from it (find/match answers and gmatch steps).
 * 2. Stopping: pathological patterns with a stop callback that fires after N polls must raise the
 *    callback's message right away; with stop == NULL ordinary inputs still work; several threads
 *    with their own states do not disturb each other.
 * 3. Speed: ratio of our CPU time to Lua's on ordinary patterns (informational, goal < 1.5).
 *
 * Prints "N passed, M failed" last and exits non-zero on any failure. */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>

#include "rlua_pattern.h"

static long g_passed, g_failed;

static void expect(int ok, const char *what) {
    if (ok) {
        g_passed++;
    } else {
        g_failed++;
        printf("FAIL %s\n", what);
    }
}

static double now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

/* Stop callback driven by a per-test control block (ud). */
typedef struct {
    int polls;
    int fire_after; /* fire on this poll (1-based); <= 0 never */
    double fired_at;
    const char *msg;
    double first_poll_at;
} StopCtl;

static const char *stop_cb(lua_State *L, void *ud) {
    StopCtl *c = (StopCtl *)ud;
    (void)L;
    if (c->polls++ == 0)
        c->first_poll_at = now_ms();
    if (c->fire_after > 0 && c->polls >= c->fire_after) {
        if (c->fired_at == 0)
            c->fired_at = now_ms();
        return c->msg;
    }
    return NULL;
}

/* Pushes a copy of the global string table. */
static void push_string_copy(lua_State *L) {
    lua_newtable(L);
    lua_getglobal(L, "string");
    lua_pushnil(L);
    while (lua_next(L, -2)) {
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_settable(L, -5);
    }
    lua_pop(L, 1);
}

/* ---------------------------------------------------------------------------------------------- */
/* 1. Differential                                                                                */

static unsigned long long g_rng = 0x9E3779B97F4A7C15ULL;
static unsigned rnd(unsigned n) {
    g_rng = g_rng * 6364136223846793005ULL + 1442695040888963407ULL;
    return (unsigned)(g_rng >> 33) % n;
}

static const char *const ATOMS[] = {
    "a", "a", "b", "b", "c", ".", "%a", "%A", "%l", "%s", " ", "[ab]", "[^a]", "[a-c]", "[%a ]", "%%", "%.",
    "()", "(", ")", "(", ")", "%1", "%2", "%b()", "%bab", "%f[a]", "%f[%s]", "%f[^a]", "$", "^", "[", "]",
    "-", "%", "x", "(a)", "(.-)", "(a*)", "[]]", "[^]]", "%w", "%S",
};
static const char *const QUANTS[] = {"*", "+", "-", "?"};
static const char SUBJ_ALPHABET[] = "aaabbbc (x)";
static const char *const REPLS[] = {"%0", "%1", "%2", "x", "%%", "%", "-", "<%1|%0>", "", "%3"};

static void gen_pattern(char *buf, size_t cap) {
    size_t len = 0;
    unsigned i, n = 1 + rnd(6);
    buf[0] = '\0';
    if (rnd(5) == 0)
        len += (size_t)snprintf(buf + len, cap - len, "^");
    for (i = 0; i < n && len + 16 < cap; i++) {
        len += (size_t)snprintf(buf + len, cap - len, "%s", ATOMS[rnd(sizeof ATOMS / sizeof ATOMS[0])]);
        if (rnd(3) == 0)
            len += (size_t)snprintf(buf + len, cap - len, "%s", QUANTS[rnd(4)]);
    }
    if (rnd(6) == 0 && len + 2 < cap)
        len += (size_t)snprintf(buf + len, cap - len, "$");
}

/* Raw bytes from the pattern-special alphabet (embedded '\0' included): mostly malformed or odd
   patterns, to compare error paths and corner cases. Returns the length. */
static size_t gen_raw(char *buf, size_t cap, const char *alphabet, size_t alen, unsigned maxlen) {
    size_t i, n = rnd(maxlen + 1);
    for (i = 0; i < n && i < cap; i++)
        buf[i] = alphabet[rnd((unsigned)alen)];
    return i;
}

static void gen_subject(char *buf, size_t cap) {
    unsigned i, n = rnd(13);
    for (i = 0; i < n && i + 1 < cap; i++)
        buf[i] = SUBJ_ALPHABET[rnd(sizeof SUBJ_ALPHABET - 1)];
    buf[i] = '\0';
}

static int run_differential_pass(const char *dir, int random_cases, const rlua_PatternMemo *memo);

/* A memo for the differential run with remembered answers: every answer kept, found by the bytes of subject and
   key (chained buckets), and counts of the answers given back, by kind (find/match, gmatch steps). */
typedef struct TestAnswer {
    struct TestAnswer *next;
    size_t ls, lk, lv;
    unsigned char bytes[]; /* subject, key, value */
} TestAnswer;
#define TEST_BUCKETS 65536
static TestAnswer *g_answers[TEST_BUCKETS];
static long g_replayed_finds, g_replayed_steps;

static size_t test_bucket(const char *s, size_t ls, const char *key, size_t lk) {
    size_t h = 1469598103934665603ULL, i;
    for (i = 0; i < ls; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
    for (i = 0; i < lk; i++) h = (h ^ (unsigned char)key[i]) * 1099511628211ULL;
    return h % TEST_BUCKETS;
}

static TestAnswer *test_find(const char *s, size_t ls, const char *key, size_t lk) {
    TestAnswer *a;
    for (a = g_answers[test_bucket(s, ls, key, lk)]; a != NULL; a = a->next)
        if (a->ls == ls && a->lk == lk && memcmp(a->bytes, s, ls) == 0 && memcmp(a->bytes + ls, key, lk) == 0)
            return a;
    return NULL;
}

static size_t test_get(void *ud, const char *s, size_t ls, const char *key, size_t lk, unsigned char *out, size_t cap) {
    TestAnswer *a = test_find(s, ls, key, lk);
    (void)ud;
    if (a == NULL || a->lv > cap)
        return 0;
    memcpy(out, a->bytes + ls + lk, a->lv);
    if (key[0] == 'g') g_replayed_steps++; else g_replayed_finds++;
    return a->lv;
}

static void test_put(void *ud, const char *s, size_t ls, const char *key, size_t lk, const unsigned char *v, size_t lv) {
    size_t b = test_bucket(s, ls, key, lk);
    TestAnswer *a;
    (void)ud;
    if (test_find(s, ls, key, lk) != NULL || (a = malloc(sizeof *a + ls + lk + lv)) == NULL)
        return;
    a->ls = ls, a->lk = lk, a->lv = lv;
    memcpy(a->bytes, s, ls);
    memcpy(a->bytes + ls, key, lk);
    memcpy(a->bytes + ls + lk, v, lv);
    a->next = g_answers[b];
    g_answers[b] = a;
}

static void test_memo_clear(void) {
    size_t b;
    for (b = 0; b < TEST_BUCKETS; b++) {
        while (g_answers[b] != NULL) {
            TestAnswer *next = g_answers[b]->next;
            free(g_answers[b]);
            g_answers[b] = next;
        }
    }
}

static const rlua_PatternMemo TEST_MEMO = {test_get, test_put, stop_cb};

/* With `memo`, every case is run `passes` times over (the same generated cases each time), so later passes are
   answered from the memo: they must agree with Lua all the same. */
static int run_differential(const char *dir, int random_cases, const rlua_PatternMemo *memo, int passes) {
    int pass;
    for (pass = 0; pass < passes; pass++) {
        g_rng = 0x9E3779B97F4A7C15ULL;
        if (!run_differential_pass(dir, random_cases, memo))
            return 0;
    }
    return 1;
}

static int run_differential_pass(const char *dir, int random_cases, const rlua_PatternMemo *memo) {
    char path[4096];
    StopCtl never = {0, 0, 0, "never", 0};
    lua_State *L = luaL_newstate();
    int i, base;
    luaL_openlibs(L);
    snprintf(path, sizeof path, "%s/conformance.lua", dir);
    if (luaL_loadfile(L, path) != LUA_OK) {
        printf("cannot load %s: %s\n", path, lua_tostring(L, -1));
        return 0;
    }
    lua_getglobal(L, "string");
    push_string_copy(L);
    base = lua_gettop(L);
    rlua_pattern_install_memo(L, -1, stop_cb, &never, memo); /* polls, never stops: exercises the poll path */
    expect(lua_gettop(L) == base, "rlua_pattern_install leaves the stack as it was");
    if (lua_pcall(L, 2, 0, 0) != LUA_OK) {
        printf("conformance.lua failed: %s\n", lua_tostring(L, -1));
        return 0;
    }
    for (i = 0; i < random_cases; i++) {
        char s[32], p[256];
        gen_subject(s, sizeof s);
        gen_pattern(p, sizeof p);
        lua_getglobal(L, "CHECK_PAIR");
        lua_pushstring(L, s);
        lua_pushstring(L, p);
        lua_pushstring(L, REPLS[rnd(sizeof REPLS / sizeof REPLS[0])]);
        if (lua_pcall(L, 3, 0, 0) != LUA_OK) {
            printf("CHECK_PAIR failed: %s\n", lua_tostring(L, -1));
            return 0;
        }
    }
    for (i = 0; i < random_cases / 8; i++) { /* longer subjects, for deeper backtracking */
        char s[48], p[256];
        unsigned j, n = 13 + rnd(30);
        for (j = 0; j < n; j++)
            s[j] = "aab"[rnd(3)];
        s[n] = '\0';
        gen_pattern(p, sizeof p);
        lua_getglobal(L, "CHECK_PAIR");
        lua_pushstring(L, s);
        lua_pushstring(L, p);
        lua_pushstring(L, REPLS[rnd(sizeof REPLS / sizeof REPLS[0])]);
        if (lua_pcall(L, 3, 0, 0) != LUA_OK) {
            printf("CHECK_PAIR failed: %s\n", lua_tostring(L, -1));
            return 0;
        }
    }
    for (i = 0; i < random_cases / 2; i++) {
        static const char PAT_BYTES[] = "ab().%[]^$*+-?1f\0";
        static const char SUBJ_BYTES[] = "ab()[]%^$\0";
        static const char REPL_BYTES[] = "a%01\0";
        char s[16], p[16], r[8];
        size_t ls = gen_raw(s, sizeof s, SUBJ_BYTES, sizeof SUBJ_BYTES - 1, 10);
        size_t lp = gen_raw(p, sizeof p, PAT_BYTES, sizeof PAT_BYTES - 1, 8);
        size_t lr = gen_raw(r, sizeof r, REPL_BYTES, sizeof REPL_BYTES - 1, 4);
        lua_getglobal(L, "CHECK_PAIR");
        lua_pushlstring(L, s, ls);
        lua_pushlstring(L, p, lp);
        lua_pushlstring(L, r, lr);
        if (lua_pcall(L, 3, 0, 0) != LUA_OK) {
            printf("CHECK_PAIR failed: %s\n", lua_tostring(L, -1));
            return 0;
        }
    }
    lua_getglobal(L, "RESULTS");
    lua_call(L, 0, 2);
    printf("differential%s: %lld cases agree, %lld differ (%d + %d + %d generated pattern/subject pairs; %d stop polls)\n",
           memo ? " with a memo" : "", (long long)lua_tointeger(L, -2), (long long)lua_tointeger(L, -1), random_cases,
           random_cases / 8, random_cases / 2, never.polls);
    g_passed += (long)lua_tointeger(L, -2);
    g_failed += (long)lua_tointeger(L, -1);
    lua_close(L);
    return 1;
}

/* ---------------------------------------------------------------------------------------------- */
/* 2. Stopping                                                                                    */

static const char *const PATHOLOGICAL[][2] = {
    {"find", "local s = string.rep('a', 30000); return s:find(string.rep('a*', 20) .. 'b')"},
    {"match", "local s = string.rep('a', 30000); return s:match(string.rep('a*', 20) .. 'b')"},
    {"gmatch", "local s = string.rep('a', 30000); for x in s:gmatch(string.rep('a*', 20) .. 'b') do end"},
    {"gsub", "local s = string.rep('a', 30000); return s:gsub(string.rep('a*', 20) .. 'b', 'x')"},
    {"lazy", "local s = string.rep('a', 30000); return s:find(string.rep('a-', 20) .. 'b')"},
    {"captures", "local s = string.rep('a', 30000); return s:find(string.rep('(a*)', 20) .. 'b')"},
    {"plain find", "return string.rep('a', 4000000):find(string.rep('a', 200000) .. 'b', 1, true)"},
    {"balance", "return string.rep('(', 300000):find('%b()')"},
    {"backref", "local s = string.rep('a', 30000); return s:find('(a*)%1%1%1%1b')"},
};

static void test_stop_fires(void) {
    size_t i;
    for (i = 0; i < sizeof PATHOLOGICAL / sizeof PATHOLOGICAL[0]; i++) {
        char what[256];
        StopCtl ctl = {0, 5, 0, "deadline exceeded", 0};
        lua_State *L = luaL_newstate();
        double t0, t1;
        int rc;
        const char *msg;
        luaL_openlibs(L);
        lua_getglobal(L, "string"); /* the real table, so method calls s:find(...) use ours */
        rlua_pattern_install(L, -1, stop_cb, &ctl);
        lua_pop(L, 1);
        t0 = now_ms();
        rc = luaL_loadstring(L, PATHOLOGICAL[i][1]);
        if (rc == LUA_OK)
            rc = lua_pcall(L, 0, LUA_MULTRET, 0);
        t1 = now_ms();
        msg = (rc != LUA_OK) ? lua_tostring(L, -1) : "(no error)";
        snprintf(what, sizeof what, "stop %-10s: error raised with the stop message (got: %s)", PATHOLOGICAL[i][0],
                 msg ? msg : "?");
        expect(rc == LUA_ERRRUN && msg && strstr(msg, "deadline exceeded") != NULL, what);
        snprintf(what, sizeof what, "stop %-10s: raised on the poll that fired (polls = %d)", PATHOLOGICAL[i][0],
                 ctl.polls);
        expect(ctl.polls == 5, what);
        snprintf(what, sizeof what, "stop %-10s: unwound within 2 ms of firing (%.3f ms)", PATHOLOGICAL[i][0],
                 ctl.fired_at > 0 ? t1 - ctl.fired_at : -1.0);
        expect(ctl.fired_at > 0 && t1 - ctl.fired_at < 2.0, what);
        printf("stop %-10s: %d polls, %.1f us between polls, error raised %.1f us after firing (%.2f ms in all)\n",
               PATHOLOGICAL[i][0], ctl.polls,
               ctl.fired_at > 0 ? (ctl.fired_at - ctl.first_poll_at) * 1000.0 / (ctl.polls - 1) : 0.0,
               ctl.fired_at > 0 ? (t1 - ctl.fired_at) * 1000.0 : -1.0, t1 - t0);
        lua_close(L);
    }
}

/* A longer run: the watchdog is polled steadily (not only at the start) and can fire late. */
static void test_stop_late(void) {
    StopCtl ctl = {0, 2000, 0, "late stop", 0};
    lua_State *L = luaL_newstate();
    int rc;
    luaL_openlibs(L);
    lua_getglobal(L, "string");
    rlua_pattern_install(L, -1, stop_cb, &ctl);
    lua_pop(L, 1);
    rc = luaL_dostring(L, "return string.rep('a', 30000):gsub(string.rep('a*', 20) .. 'b', 'x')");
    expect(rc != LUA_OK && strstr(lua_tostring(L, -1), "late stop") != NULL && ctl.polls == 2000,
           "stop after 2000 polls raises the message");
    lua_close(L);
}

/* The real use: a wall-clock deadline checked by the stop callback. */
typedef struct {
    double deadline;
    int polls;
} Deadline;

static const char *deadline_cb(lua_State *L, void *ud) {
    Deadline *d = (Deadline *)ud;
    (void)L;
    d->polls++;
    return now_ms() >= d->deadline ? "script exceeded its time limit" : NULL;
}

static void test_deadline(void) {
    static const char *const scripts[] = {
        "return string.rep('a', 30000):find(string.rep('a*', 20) .. 'b')",
        "return string.rep('a', 30000):gsub(string.rep('a-', 20) .. 'b', '')",
    };
    size_t i;
    for (i = 0; i < sizeof scripts / sizeof scripts[0]; i++) {
        char what[256];
        Deadline d = {0, 0};
        lua_State *L = luaL_newstate();
        double t0, late;
        int rc;
        luaL_openlibs(L);
        lua_getglobal(L, "string");
        rlua_pattern_install(L, -1, deadline_cb, &d);
        lua_pop(L, 1);
        t0 = now_ms();
        d.deadline = t0 + 50.0;
        rc = luaL_dostring(L, scripts[i]);
        late = now_ms() - d.deadline;
        /* The assertion is that the deadline stops the match at all (the run would otherwise take minutes); how late
           it fires is printed as a measurement, not asserted, since a shared machine can delay any thread. */
        snprintf(what, sizeof what, "50 ms deadline stops `%s` (%.3f ms late, %d polls)", scripts[i], late, d.polls);
        expect(rc != LUA_OK && strstr(lua_tostring(L, -1), "script exceeded its time limit") && late >= 0 && late < 10000.0,
               what);
        printf("deadline: %s\n", what);
        lua_close(L);
    }
}

static void test_null_stop(void) {
    static const char *const checks[] = {
        "return select('#', string.find('hello', 'l+')) == 2 and string.find('hello', 'l+') == 3",
        "return string.match('key = value', '(%w+)%s*=%s*(%w+)') == 'key'",
        "local t = {} for w in string.gmatch('one two three', '%a+') do t[#t+1] = w end return #t == 3",
        "return string.gsub('hello world', 'o', '0') == 'hell0 w0rld'",
        "return select(2, string.gsub('hello world', 'o', '0')) == 2",
        "return string.find(string.rep('a', 5000) .. 'b', 'a*b') == 1",
        "return not pcall(string.find, 'a', '%')",
        "return select(2, pcall(string.rep('a', 300).match, string.rep('a', 300), string.rep('a?', 250)))"
        ":find('pattern too complex') ~= nil",
    };
    size_t i;
    lua_State *L = luaL_newstate();
    luaL_openlibs(L);
    lua_getglobal(L, "string");
    rlua_pattern_install(L, -1, NULL, NULL);
    lua_pop(L, 1);
    for (i = 0; i < sizeof checks / sizeof checks[0]; i++) {
        char what[512];
        int rc = luaL_dostring(L, checks[i]);
        snprintf(what, sizeof what, "stop == NULL: %s%s%s", checks[i], rc != LUA_OK ? " -> " : "",
                 rc != LUA_OK ? lua_tostring(L, -1) : "");
        expect(rc == LUA_OK && lua_toboolean(L, -1), what);
        lua_settop(L, 0);
    }
    lua_close(L);
}

/* Several threads, each with its own state and stop control, firing at different poll counts. */
typedef struct {
    int fire_after;
    int ok;
    int polls;
} ThreadJob;

static void *thread_main(void *arg) {
    ThreadJob *job = (ThreadJob *)arg;
    StopCtl ctl = {0, job->fire_after, 0, "thread stop", 0};
    lua_State *L = luaL_newstate();
    int rc, i, good = 1;
    luaL_openlibs(L);
    lua_getglobal(L, "string");
    rlua_pattern_install(L, -1, stop_cb, &ctl);
    lua_pop(L, 1);
    for (i = 0; i < 200 && good; i++) {
        rc = luaL_dostring(L, "local r, n = string.gsub(string.rep('ab ', 200), '(%a)(%a)', '%2%1')"
                              " return r == string.rep('ba ', 200) and n == 200");
        good = rc == LUA_OK && lua_toboolean(L, -1);
        lua_settop(L, 0);
    }
    ctl.polls = 0;
    rc = luaL_dostring(L, "return string.rep('a', 30000):find(string.rep('a*', 20) .. 'b')");
    job->ok = good && rc != LUA_OK && strstr(lua_tostring(L, -1), "thread stop") != NULL;
    job->polls = ctl.polls;
    lua_close(L);
    return NULL;
}

static void test_threads(void) {
    enum { N = 4 };
    pthread_t th[N];
    ThreadJob jobs[N];
    int i;
    for (i = 0; i < N; i++) {
        jobs[i].fire_after = 3 + 7 * i;
        jobs[i].ok = 0;
        pthread_create(&th[i], NULL, thread_main, &jobs[i]);
    }
    for (i = 0; i < N; i++) {
        char what[128];
        pthread_join(th[i], NULL);
        snprintf(what, sizeof what, "thread %d: own state and stop (fired at poll %d, wanted %d)", i, jobs[i].polls,
                 jobs[i].fire_after);
        expect(jobs[i].ok && jobs[i].polls == jobs[i].fire_after, what);
    }
}

/* ---------------------------------------------------------------------------------------------- */
/* 3. Speed                                                                                       */

static void run_bench(const char *dir) {
    char path[4096];
    lua_State *L = luaL_newstate();
    luaL_openlibs(L);
    snprintf(path, sizeof path, "%s/bench.lua", dir);
    if (luaL_loadfile(L, path) != LUA_OK) {
        printf("cannot load %s: %s\n", path, lua_tostring(L, -1));
        expect(0, "bench.lua loads");
        return;
    }
    lua_getglobal(L, "string");
    push_string_copy(L);
    rlua_pattern_install(L, -1, NULL, NULL);
    if (lua_pcall(L, 2, 2, 0) != LUA_OK) {
        printf("bench.lua failed: %s\n", lua_tostring(L, -1));
        expect(0, "bench.lua runs");
        return;
    }
    printf("speed (CPU time, best of 5):\n%s\n", lua_tostring(L, -2));
    printf("speed ratio ours/lua: %.2f (goal < 1.5)\n", lua_tonumber(L, -1));
    lua_close(L);
}

int main(int argc, char **argv) {
    const char *dir = argc > 1 ? argv[1] : ".";
    int random_cases = argc > 2 ? atoi(argv[2]) : 4000;
    int skip_bench = getenv("PATTERN_SKIP_BENCH") != NULL;
    if (!run_differential(dir, random_cases, NULL, 1))
        g_failed++;
    if (!run_differential(dir, random_cases, &TEST_MEMO, 2))
        g_failed++;
    printf("memo: %ld find/match answers and %ld gmatch steps given back\n", g_replayed_finds, g_replayed_steps);
    expect(g_replayed_finds > 1000 && g_replayed_steps > 1000, "the second pass is answered from the memo");
    test_memo_clear();
    test_stop_fires();
    test_stop_late();
    test_deadline();
    test_null_stop();
    test_threads();
    if (!skip_bench)
        run_bench(dir);
    printf("%ld passed, %ld failed\n", g_passed, g_failed);
    return g_failed == 0 ? 0 : 1;
}
