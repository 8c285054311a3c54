/* rlua_pattern.h - interruptible re-implementation of Lua 5.4's string.find, string.match,
 * string.gmatch and string.gsub (Lua patterns, reference manual section 6.4.1).
 *
 * Lua's own versions are C functions, so a debug hook (the watchdog) cannot stop them while a
 * pathological pattern backtracks for minutes. These versions behave the same but call `stop`
 * every RLUA_PATTERN_POLL matching steps, so the host can end them by returning a message.
 *
 * Self-contained on purpose (rlua_pattern*.c, with the private rlua_pattern_internal.h and
 * rlua_pattern_memo.h): depends only on the Lua headers. No global mutable state; safe with any
 * number of lua_States on any number of threads. */
#ifndef RLUA_PATTERN_H
#define RLUA_PATTERN_H

#include <lua.h>
#include <lauxlib.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Called every RLUA_PATTERN_POLL matching steps. Returns NULL to go on, or a message: the function
   then raises a Lua error with that message (via luaL_error, so it unwinds cleanly). */
/* It may run while a gsub result buffer sits on the stack, so it must leave the stack as it found it;
   it must not call back into these functions. */
typedef const char *(*rlua_PatternStop)(lua_State *L, void *ud);

#define RLUA_PATTERN_POLL 4096

/* Replaces find, match, gmatch and gsub in the table at `tableIndex` (normally the `string` library
   table) with this implementation. `stop` and `ud` are stored as upvalues (light userdata); `stop`
   may be NULL (never stops). Stack effect: [-0, +0]. */
void rlua_pattern_install(lua_State *L, int tableIndex, rlua_PatternStop stop, void *ud);

/* An optional memo of string.find / string.match answers and string.gmatch steps, for subjects searched again and
   again. `key` encodes the pattern and the options (for a gmatch step, the iterator's position); `ud` is the one
   given with `stop`. `get` copies the answer kept for (subject, key) into `out` (at most `cap` bytes) and returns
   its length, or returns 0 when none is kept; `put` keeps one. An answer is a function of the bytes of subject and
   key only, so the memo must identify both by their bytes. Both may be called while the matcher's results are on
   the stack; they must not touch the Lua state. */
typedef struct {
    size_t (*get)(void *ud, const char *s, size_t ls, const char *key, size_t lk, unsigned char *out, size_t cap);
    void (*put)(void *ud, const char *s, size_t ls, const char *key, size_t lk, const unsigned char *value, size_t lv);
    /* The `stop` given to rlua_pattern_install_memo (gmatch reaches it through the memo); gmatch is memoized only
       when it is that one. */
    rlua_PatternStop stop;
} rlua_PatternMemo;

/* rlua_pattern_install, with find, match and gmatch's iterators consulting `memo` (which must outlive the state)
   first. A remembered answer is pushed exactly as a fresh one would be (same values, same stack checks), and a
   remembered gmatch step moves its iterator as a fresh one does, so the Lua heap sees the same allocations either
   way; the functions installed take as much room in the heap as without a memo, but for find and match (one
   upvalue more). Stack effect: [-0, +0]. */
void rlua_pattern_install_memo(lua_State *L, int tableIndex, rlua_PatternStop stop, void *ud, const rlua_PatternMemo *memo);

#ifdef __cplusplus
}
#endif

#endif /* RLUA_PATTERN_H */
