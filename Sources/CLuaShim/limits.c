#include "limits_internal.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static _Thread_local rlua_Limits *active_calls = NULL;

rlua_Limits *rlua_limits(lua_State *L) {
    void *ud = NULL;
    lua_getallocf(L, &ud);
    return (rlua_Limits *)ud;
}

/* Records where the Lua code running on `L` is ("chunk:line:"), from the innermost Lua function with a line: Lua
   raises "not enough memory" without a place and without calling the message handler. Reads the call stack only
   (lua_getstack and lua_getinfo "Sl" allocate nothing), so it is safe inside the allocator. */
static void record_memory_where(rlua_Limits *lim, lua_State *L) {
    lua_Debug ar;
    lim->memory_where[0] = '\0';
    for (int level = 0; level < 32 && lua_getstack(L, level, &ar); level++) {
        if (lua_getinfo(L, "Sl", &ar) && ar.currentline > 0) {
            snprintf(lim->memory_where, sizeof lim->memory_where, "%s:%d:", ar.short_src, ar.currentline);
            return;
        }
    }
}

static void *limited_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
    rlua_Limits *lim = (rlua_Limits *)ud;
    size_t old = ptr ? osize : 0;
    if (nsize == 0) {
        if (lim->arena) rlua_arena_realloc(lim->arena, ptr, old, 0); else free(ptr);
        lim->used -= old;
        if (ptr) lim->frees++;
        return NULL;
    }
    int enforcing = lim->call_depth > lim->host_depth;
    if (enforcing && nsize > old && lim->used + (nsize - old) > lim->cap) {
        record_memory_where(lim, atomic_load(&lim->current) ? atomic_load(&lim->current) : lim->main);
        if (lim->last_refused == nsize) {
            /* Refused again after Lua's emergency collection: the script really is over the cap. */
            int none = RLUA_TRIP_NONE;
            atomic_compare_exchange_strong(&lim->trip, &none, RLUA_TRIP_MEMORY);
            lua_State *co = atomic_load(&lim->current);
            if (co) rlua_arm(co);
        }
        lim->last_refused = nsize;
        return NULL;
    }
    void *block = lim->arena ? rlua_arena_realloc(lim->arena, ptr, old, nsize) : realloc(ptr, nsize);
    if (block == NULL) return NULL;
    if (ptr && block != ptr) lim->frees++; /* moved: the old block is free */
    lim->last_refused = 0;
    lim->used = lim->used - old + nsize;
    return block;
}

lua_State *rlua_newstate(size_t memory_cap, void *host) { return rlua_newstate_snapshotting(memory_cap, host, 0); }

lua_State *rlua_newstate_snapshotting(size_t memory_cap, void *host, int snapshots) {
    rlua_Limits *lim = calloc(1, sizeof(rlua_Limits));
    if (lim == NULL) return NULL;
    lim->cap = memory_cap;
    lim->host = host;
    atomic_init(&lim->trip, RLUA_TRIP_NONE);
    if (snapshots) {
        /* Address space only (MAP_NORESERVE): pages are backed as the heap first reaches them. Generous, so that
           size-class rounding and fragmentation never make the arena run out before the memory cap does. */
        size_t reserve = memory_cap * 16 + ((size_t)256 << 20);
        lim->arena = rlua_arena_create(reserve);
        if (lim->arena == NULL) {
            free(lim);
            return NULL;
        }
    }
    lua_State *L = lua_newstate(limited_alloc, lim);
    if (L == NULL) {
        rlua_arena_destroy(lim->arena);
        free(lim);
        return NULL;
    }
    lim->main = L;
    atomic_store(&lim->current, L);
    return L;
}

void rlua_close(lua_State *L) {
    rlua_Limits *lim = rlua_limits(L);
    rlua_watchdog_unregister(lim);
    lim->call_depth = 0;
    lua_close(L);
    rlua_arena_destroy(lim->arena);
    rlua_memo_free(lim->phrases);
    rlua_phrase_answers_free(lim->phrase_answers);
    rlua_memo_free(lim->finds);
    free(lim);
}

void *rlua_host(lua_State *L) { return rlua_limits(L)->host; }
void rlua_set_host(lua_State *L, void *host) { rlua_limits(L)->host = host; }
size_t rlua_memory_used(lua_State *L) { return rlua_limits(L)->used; }
size_t rlua_memory_cap(lua_State *L) { return rlua_limits(L)->cap; }
const char *rlua_memory_where(lua_State *L) {
    const char *where = rlua_limits(L)->memory_where;
    return where[0] ? where : NULL;
}
void rlua_set_budget(lua_State *L, lua_Integer instructions) { rlua_limits(L)->budget = instructions > 0 ? instructions : 0; }

void rlua_set_clock(lua_State *L, lua_Integer now, double clock) {
    rlua_Limits *lim = rlua_limits(L);
    lim->virtual_now = now;
    lim->virtual_clock = clock;
}

const char *rlua_trip_message(rlua_Limits *lim, char *buffer, size_t size) {
    switch (atomic_load(&lim->trip)) {
    case RLUA_TRIP_TIMEOUT:
        snprintf(buffer, size, "script stopped: it ran longer than the time limit of %g s", lim->seconds);
        break;
    case RLUA_TRIP_BUDGET:
        snprintf(buffer, size, "script stopped: it used more than its budget of %lld instructions", (long long)lim->budget);
        break;
    case RLUA_TRIP_MEMORY:
        snprintf(buffer, size, "script stopped: it needed more than the memory limit of %zu bytes", lim->cap);
        break;
    default:
        snprintf(buffer, size, "script stopped");
    }
    return buffer;
}

int rlua_raise_trip(lua_State *L, rlua_Limits *lim) {
    char buffer[160];
    return luaL_error(L, "%s", rlua_trip_message(lim, buffer, sizeof buffer));
}

void rlua_arm(lua_State *co) {
    lua_sethook(co, rlua_limit_hook, LUA_MASKCOUNT, 1);
}

void rlua_limit_hook(lua_State *L, lua_Debug *ar) {
    (void)ar;
    rlua_Limits *lim = rlua_limits(L);
    if (lim->call_depth == 0) {
        lua_sethook(L, NULL, 0, 0);
        return;
    }
    if (atomic_load(&lim->trip) == RLUA_TRIP_NONE) {
        if (lim->budget > 0) {
            /* The budget's count hook fired: the call has used its instructions. */
            atomic_store(&lim->trip, RLUA_TRIP_BUDGET);
        } else {
            lua_sethook(L, NULL, 0, 0);  /* stale hook from an earlier call */
            return;
        }
    }
    rlua_arm(L);  /* keep raising on every instruction, so pcall cannot swallow the limit */
    char buffer[160];
    luaL_where(L, 0);  /* in a hook, level 0 is the Lua function that was running */
    lua_pushstring(L, rlua_trip_message(lim, buffer, sizeof buffer));
    lua_concat(L, 2);
    lua_error(L);
}

void rlua_call_begin(lua_State *L, double seconds) {
    rlua_Limits *lim = rlua_limits(L);
    if (lim->call_depth++ > 0) return;
    atomic_store(&lim->trip, RLUA_TRIP_NONE);
    lim->last_refused = 0;
    lim->memory_where[0] = '\0';
    lim->host_depth = 0;
    lim->seconds = seconds > 0 ? seconds : 0;
    atomic_store(&lim->current, L);
    lim->prev_active = active_calls;
    active_calls = lim;
    if (lim->budget > 0) lua_sethook(L, rlua_limit_hook, LUA_MASKCOUNT, (int)(lim->budget > 0x7fffffff ? 0x7fffffff : lim->budget));
    if (seconds > 0) rlua_watchdog_register(lim, seconds);
}

int rlua_call_end(lua_State *L) {
    rlua_Limits *lim = rlua_limits(L);
    if (lim->call_depth == 0) return RLUA_TRIP_NONE;
    if (--lim->call_depth > 0) return atomic_load(&lim->trip);
    rlua_watchdog_unregister(lim);
    /* Pop this call from the thread's active list (it is on top: calls nest). */
    if (active_calls == lim) active_calls = lim->prev_active;
    lua_sethook(L, NULL, 0, 0);
    lua_State *co = atomic_load(&lim->current);
    if (co != NULL && co != L) lua_sethook(co, NULL, 0, 0);
    atomic_store(&lim->current, L);
    return atomic_load(&lim->trip);
}

int rlua_trip(lua_State *L) { return atomic_load(&rlua_limits(L)->trip); }

/* Runs on the thread the watchdog signalled: arm the hook on whatever Lua thread is running a tripped call. */
void rlua_on_watchdog_signal(void) {
    for (rlua_Limits *lim = active_calls; lim != NULL; lim = lim->prev_active) {
        if (atomic_load(&lim->trip) != RLUA_TRIP_NONE) {
            lua_State *co = atomic_load(&lim->current);
            if (co) rlua_arm(co);
        }
    }
}
