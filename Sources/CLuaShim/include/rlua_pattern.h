/* rlua_pattern.h - interruptible re-implementation of Lua 5.4's string.find, string.match,
 * string.gmatch and string.gsub (Lua patterns, reference manual section 6.4.1).
 *
 * Lua's own versions are C functions, so a debug hook (the watchdog) cannot stop them while a
 * pathological pattern backtracks for minutes. These versions behave the same but call `stop`
 * every RLUA_PATTERN_POLL matching steps, so the host can end them by returning a message.
 *
 * Self-contained on purpose: depends only on the Lua headers. No global mutable state; safe with
 * any number of lua_States on any number of threads. */
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

#ifdef __cplusplus
}
#endif

#endif /* RLUA_PATTERN_H */
