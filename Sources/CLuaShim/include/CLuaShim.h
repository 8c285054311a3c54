#ifndef RAPPORT_CLUASHIM_H
#define RAPPORT_CLUASHIM_H
/*
 * C shims for Rapport's Lua bridge.
 *
 * 1. Static-inline wrappers for the Lua API macros Swift cannot import.
 * 2. The error trampoline: Swift host functions never call lua_error; they return RLUA_RAISE with the error value
 *    on top of the stack, and rlua_trampoline raises it after the Swift frame has returned.
 * 3. Limits: a memory-capped allocator, a wall-clock deadline enforced by a watchdog thread that signals the
 *    running thread (whose handler arms a count-1 hook, as lua.c does for Ctrl-C), and an optional instruction
 *    budget. A tripped limit re-raises on every instruction, so a script cannot swallow it with pcall.
 * 4. The sandbox: an allow-list of libraries opened into a fresh state (rlua_open_sandbox, called under pcall).
 */
#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>
#include <stddef.h>
#include <stdint.h>
#include "rlua_pattern.h"

/* ---- Macro wrappers -------------------------------------------------------------------------------------- */

static inline int rlua_pcall(lua_State *L, int nargs, int nresults, int msgh) {
    return lua_pcallk(L, nargs, nresults, msgh, 0, NULL);
}
static inline void rlua_call(lua_State *L, int nargs, int nresults) { lua_callk(L, nargs, nresults, 0, NULL); }
static inline void rlua_pop(lua_State *L, int n) { lua_settop(L, -(n) - 1); }
static inline void rlua_newtable(lua_State *L) { lua_createtable(L, 0, 0); }
static inline const char *rlua_tostring(lua_State *L, int i) { return lua_tolstring(L, i, NULL); }
static inline lua_Number rlua_tonumber(lua_State *L, int i) { return lua_tonumberx(L, i, NULL); }
static inline lua_Integer rlua_tointeger(lua_State *L, int i) { return lua_tointegerx(L, i, NULL); }
static inline void rlua_pushcfunction(lua_State *L, lua_CFunction f) { lua_pushcclosure(L, f, 0); }
static inline int rlua_isnil(lua_State *L, int i) { return lua_type(L, i) == LUA_TNIL; }
static inline int rlua_isnone(lua_State *L, int i) { return lua_type(L, i) == LUA_TNONE; }
static inline int rlua_istable(lua_State *L, int i) { return lua_type(L, i) == LUA_TTABLE; }
static inline int rlua_isfunction(lua_State *L, int i) { return lua_type(L, i) == LUA_TFUNCTION; }
static inline int rlua_isboolean(lua_State *L, int i) { return lua_type(L, i) == LUA_TBOOLEAN; }
static inline int rlua_upvalueindex(int i) { return LUA_REGISTRYINDEX - i; }
static inline int rlua_registryindex(void) { return LUA_REGISTRYINDEX; }
static inline int rlua_multret(void) { return LUA_MULTRET; }
static inline void rlua_insert(lua_State *L, int idx) { lua_rotate(L, idx, 1); }
static inline void rlua_remove(lua_State *L, int idx) { lua_rotate(L, idx, -1); lua_settop(L, -2); }
static inline void rlua_replace(lua_State *L, int idx) { lua_copy(L, -1, idx); lua_settop(L, -2); }
static inline int rlua_rawgetglobals(lua_State *L) { return lua_rawgeti(L, LUA_REGISTRYINDEX, LUA_RIDX_GLOBALS); }
static inline int rlua_ref(lua_State *L) { return luaL_ref(L, LUA_REGISTRYINDEX); }
static inline void rlua_unref(lua_State *L, int ref) { luaL_unref(L, LUA_REGISTRYINDEX, ref); }
static inline int rlua_getref(lua_State *L, int ref) { return lua_rawgeti(L, LUA_REGISTRYINDEX, ref); }
static inline int rlua_noref(void) { return LUA_NOREF; }
static inline void rlua_gc_collect(lua_State *L) { lua_gc(L, LUA_GCCOLLECT); }

/* ---- Trampoline ------------------------------------------------------------------------------------------ */

/* What a host function returns to have the value on top of the stack raised as a Lua error. */
#define RLUA_RAISE (-1)

/* A host function: reads its arguments, pushes results and returns their count, or pushes an error value and
   returns RLUA_RAISE. It must not raise Lua errors itself. */
typedef int (*rlua_HostFunction)(lua_State *L);

/* Pushes a Lua function that calls `fn` through the trampoline; `id` is stored as upvalue 2 (an integer) for
   the host's own dispatch. Stack effect: [-0, +1]. Allocates (the memory cap is not enforced in host code). */
void rlua_pushhostfunction(lua_State *L, rlua_HostFunction fn, lua_Integer id);

/* ---- State and limits ------------------------------------------------------------------------------------ */

enum {
    RLUA_TRIP_NONE = 0,
    RLUA_TRIP_TIMEOUT = 1,
    RLUA_TRIP_BUDGET = 2,
    RLUA_TRIP_MEMORY = 3
};

/* Creates a state whose allocator refuses to grow past `memory_cap` bytes while a script runs. `host` is an
   opaque pointer the host can read back with rlua_host. Returns NULL when out of memory. */
lua_State *rlua_newstate(size_t memory_cap, void *host);
/* Like rlua_newstate; with `snapshots` non-zero the whole Lua heap lives in one reserved region at a fixed
   address, so rlua_snapshot and rlua_restore work on the state. Returns NULL when out of memory or address space. */
lua_State *rlua_newstate_snapshotting(size_t memory_cap, void *host, int snapshots);
/* Closes a state made by rlua_newstate and frees its limits. */
void rlua_close(lua_State *L);
/* The `host` pointer given to rlua_newstate or rlua_set_host. */
void *rlua_host(lua_State *L);
/* Replaces the `host` pointer. */
void rlua_set_host(lua_State *L, void *host);
/* Bytes the state has allocated now. */
size_t rlua_memory_used(lua_State *L);
/* The memory cap in bytes. */
size_t rlua_memory_cap(lua_State *L);
/* Where the outermost call in progress (or the last one) hit the memory cap: "chunk:line:" of the innermost Lua
   function running then, or NULL when it has not, or no Lua function had a line. */
const char *rlua_memory_where(lua_State *L);
/* Sets the instruction budget per outermost call; 0 means none (no count hook, no overhead). */
void rlua_set_budget(lua_State *L, lua_Integer instructions);
/* Virtual time scripts see through os.time/os.date (seconds since the epoch) and os.clock (seconds). */
void rlua_set_clock(lua_State *L, lua_Integer now, double clock);

/* Starts a host->Lua call: the outermost one resets the trip, enforces the memory cap, arms the deadline
   (`seconds` <= 0: none) and the budget. Nested calls (Lua->host->Lua) only count depth. */
void rlua_call_begin(lua_State *L, double seconds);
/* Ends the call begun by rlua_call_begin; the outermost one disarms everything. Returns the trip (RLUA_TRIP_*)
   that stopped the call, or RLUA_TRIP_NONE. */
int rlua_call_end(lua_State *L);
/* The trip of the current call, or RLUA_TRIP_NONE. */
int rlua_trip(lua_State *L);

/* A message handler for lua_pcall: turns the error value into a string and appends a traceback.
   Stack effect: [-1, +1]. */
int rlua_msghandler(lua_State *L);

/* Opens the sandbox into the state's globals: base (without dofile, loadfile, print to stdout; `load` text-only;
   setmetatable refusing __gc; collectgarbage restricted), string (without dump), table, math (seeded by the
   integer argument 1, randomseed() without arguments reseeds with it), utf8, coroutine (resume/wrap tracked so
   limits reach coroutines), and os reduced to time, clock and date on the virtual clock. Call with lua_pcall.
   Stack effect: [-1, +0]. */
int rlua_open_sandbox(lua_State *L);

/* Sets a metatable on the global table that raises "assignment to undeclared global 'x'" (with the script's
   file:line) on any new global. Call with lua_pcall. Stack effect: [-0, +0]. */
int rlua_strict_globals(lua_State *L);

/* When scripts printed lines since the last call, pushes their list (a table) and clears it, returning how many;
   otherwise pushes nothing and returns 0. Stack effect: [-0, +(0|1)]. */
int rlua_take_printed(lua_State *L);

/* ---- The prelude's phrase tests --------------------------------------------------------------------------- */

/* contains_one(lowered, phrase): true when the string `lowered` contains the string `phrase` lowered byte by byte
   (string.find(lowered, string.lower(phrase), 1, true)); nil when an argument is not a string or the phrase is
   over 256 bytes (the caller then tests it in Lua). A lua_CFunction. */
int rlua_contains_one(lua_State *L);
/* contains_any(lowered, list): true when `lowered` contains one of list[1], list[2], ... (up to the first nil),
   each lowered byte by byte; false when none; nil when `list` has a metatable or an element that is not a string
   (up to 256 bytes) comes before a hit (the caller then tests the list in Lua). A lua_CFunction. */
int rlua_contains_any(lua_State *L);
/* mentions_all(lowered, ...): true when `lowered` contains one of the arguments after it, each a phrase (as in
   contains_one) or a list of phrases (as in contains_any), nil arguments skipped; false when none does; nil when
   `lowered` is not a string or an argument of another type, or one contains_one/contains_any would not decide,
   comes before a hit (the caller then tests all the arguments in Lua). A lua_CFunction. */
int rlua_mentions_all(lua_State *L);
/* make_turn_mentions(method, loop): a C version of the prelude's Turn:mentions(...). When the turn already has its
   lowered text (a string in the raw field `_lowered`) it answers as mentions_all does, and calls `loop(lowered, ...)`
   (the prelude's Lua loop) when that cannot decide; otherwise it calls `method(turn, ...)` (the prelude's Lua
   method, which lowers the text first). Either way the answer, and any error, is the Lua method's. A lua_CFunction. */
int rlua_make_turn_mentions(lua_State *L);

/* Pushes a C function that does what the base library's `type` does (the same names, the same error without an
   argument), pushing the name from an upvalue instead of looking it up by its C string. For the prelude.
   Stack effect: [-0, +1]. */
void rlua_push_type_function(lua_State *L);

/* ---- Snapshots -------------------------------------------------------------------------------------------- */

typedef struct rlua_Arena rlua_Arena;
/* A byte copy of a state's whole Lua heap. */
typedef struct rlua_Snapshot rlua_Snapshot;

/* Copies the heap of a state made with snapshots on. Returns NULL when the state has no arena, a call is in
   progress, or out of memory. The caller frees it with rlua_snapshot_free. Touches no Lua value. */
rlua_Snapshot *rlua_snapshot(lua_State *L);
/* Puts the heap back exactly as `snapshot` (taken from this state) recorded it, with the memory count and no trip.
   Returns 1, or 0 (nothing changed) when the snapshot is from another state or a call is in progress. Anything
   outside the heap that refers into it (registry references held by the host) must be as it was then. */
int rlua_restore(lua_State *L, const rlua_Snapshot *snapshot);
/* Bytes of the heap's region a snapshot covers. */
size_t rlua_snapshot_size(const rlua_Snapshot *snapshot);
/* Bytes of that region it did not copy, and restore does not copy back: the insides of large free blocks, which
   nothing reads before writing them. */
size_t rlua_snapshot_skipped(const rlua_Snapshot *snapshot);
/* 1 when the two snapshots record the same allocations: the same bytes in use and the same allocator state (bump
   offset, free lists), so every block sits at the same address. Their contents may differ. Else 0. */
int rlua_snapshot_same_allocations(const rlua_Snapshot *a, const rlua_Snapshot *b);
/* Releases a snapshot (NULL is fine). Its buffer goes to a process-wide pool (at most 96 MiB, thread-safe) that later
   snapshots of any state draw from. */
void rlua_snapshot_free(rlua_Snapshot *snapshot);

/* ---- Host-trusted bytecode (never offered to scripts) ----------------------------------------------------- */

/* Dumps the Lua function on top of the stack into a malloc'd buffer (*out, *len) the caller frees. Returns 0 on
   success. Stack effect: [-0, +0]. */
int rlua_dump(lua_State *L, int strip, unsigned char **out, size_t *len);
/* Loads a binary chunk made by rlua_dump in this process: the host's own code, compiled once. Scripts can only
   load text. Returns a lua_load status. Stack effect: [-0, +1] (the function, or an error message). */
int rlua_load_binary(lua_State *L, const unsigned char *data, size_t len, const char *chunkname);

#endif
