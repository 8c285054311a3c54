#ifndef RLUA_PATTERN_MEMO_H
#define RLUA_PATTERN_MEMO_H
#include "rlua_pattern.h"
#include <stdint.h>

/* Internal to the rlua_pattern*.c files: remembered find/match answers and gmatch steps (see
   rlua_PatternMemo). */

#define MEMO_PATTERN_MAX 256
#define MEMO_KEY_MAX (18 + MEMO_PATTERN_MAX) /* a gmatch step's key is the longest: 18 bytes, then the pattern */
#define MEMO_ANSWER_MAX 512
enum { MEMO_FAIL, MEMO_FIND, MEMO_MATCH, MEMO_STEP };

/* A find/match call or gmatch step being answered: where to keep its answer, once known. */
typedef struct {
    const rlua_PatternMemo *memo; /* NULL: no memo for this call */
    void *ud;
    const char *s;
    size_t ls, lk;
    char key[MEMO_KEY_MAX];
} MemoCall;

/* Pushes the remembered answer `a` (`la` bytes) exactly as find_or_match pushes a fresh one; returns the number
   of values pushed. Stack effect: [-0, +n]. */
int rlua_pattern_memo_replay(lua_State *L, const unsigned char *a, size_t la);
/* Writes down the answer now on top of the stack (`n` values of `kind`) for `call`, and returns `n`. Stack effect:
   none. */
int rlua_pattern_memo_keep(lua_State *L, const MemoCall *call, int kind, int n);
/* Pushes a remembered gmatch step `a` (`la` bytes) exactly as the iterator pushes a fresh one, puts in *end where
   its match ended, and returns the number of values pushed (0: no more matches). Stack effect: [-0, +n]. */
int rlua_pattern_memo_replay_step(lua_State *L, const unsigned char *a, size_t la, uint64_t *end);
/* Writes down a gmatch step for `call`: `n` captures now on top of the stack and the match's `end`, or the end of
   the iteration when `n` is 0. Returns `n`. Stack effect: none. */
int rlua_pattern_memo_keep_step(lua_State *L, const MemoCall *call, int n, uint64_t end);
#endif
