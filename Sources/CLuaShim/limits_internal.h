#ifndef RAPPORT_LIMITS_INTERNAL_H
#define RAPPORT_LIMITS_INTERNAL_H
#include "CLuaShim.h"
#include "phrase_answers.h"
#include <pthread.h>
#include <stdatomic.h>
#include <time.h>

typedef struct rlua_Limits rlua_Limits;
struct rlua_Limits {
    size_t used;               /* bytes allocated now */
    uint64_t frees;            /* blocks freed or moved so far, and restores: unchanged means no string went away */
    size_t cap;                /* refuse growth past this while enforcing */
    size_t last_refused;       /* size of the last refused request: a second refusal of it means GC did not help */
    int call_depth;            /* host->Lua calls in progress */
    int host_depth;            /* Lua->host calls in progress (the cap is not enforced in host code) */
    lua_Integer budget;        /* instructions per outermost call, 0 = none */
    atomic_int trip;           /* RLUA_TRIP_* of the current call */
    lua_State *main;           /* the main thread */
    lua_State *_Atomic current;/* the thread running now (coroutines included) */
    void *host;                /* the host's pointer */
    rlua_Arena *arena;         /* where the heap lives when the state can be snapshotted, else NULL (malloc) */
    rlua_TextMemo *phrases;    /* texts of phrase tests, outside the heap (made on first use) */
    rlua_PhraseAnswers *phrase_answers; /* their answers, per phrase */
    rlua_TextMemo *finds;      /* string.find/match answers, likewise */
    lua_Integer virtual_now;   /* os.time() */
    double virtual_clock;      /* os.clock() */
    double seconds;            /* deadline of the current call, 0 = none */
    char memory_where[200];    /* "chunk:line:" of the Lua code running when the memory cap was hit, or "" */
    /* watchdog registration (guarded by the watchdog mutex) */
    int registered;
    pthread_t thread;
    struct timespec deadline;
    rlua_Limits *next;
    /* per-thread stack of active calls, for the signal handler */
    rlua_Limits *prev_active;
};

rlua_Limits *rlua_limits(lua_State *L);
/* The hook that raises a tripped limit; armed with count 1 it fires on every instruction. */
void rlua_limit_hook(lua_State *L, lua_Debug *ar);
/* Arms the limit hook on `co` (count 1): the next instruction there raises the trip. */
void rlua_arm(lua_State *co);
/* Raises the current trip as a Lua error from a C function. */
int rlua_raise_trip(lua_State *L, rlua_Limits *lim);
const char *rlua_trip_message(rlua_Limits *lim, char *buffer, size_t size);

rlua_Arena *rlua_arena_create(size_t reserve);
void rlua_arena_destroy(rlua_Arena *arena);
/* realloc with Lua's allocator contract (`old` is 0 for a new block; `nsize` 0 frees). */
void *rlua_arena_realloc(rlua_Arena *arena, void *ptr, size_t old, size_t nsize);

/* sandbox_stoppable.c: replaces resume and wrap in the coroutine table at `table` with versions the limits reach.
   Stack effect: [-0, +0]. */
void rlua_sandbox_coroutines(lua_State *L, int table);
/* sandbox_stoppable.c: installs the interruptible, memoized find/match/gmatch/gsub in the string table at `table`,
   stopping on a tripped limit. Stack effect: [-0, +0]. */
void rlua_sandbox_patterns(lua_State *L, int table);

void rlua_watchdog_register(rlua_Limits *lim, double seconds);
void rlua_watchdog_unregister(rlua_Limits *lim);
#endif
