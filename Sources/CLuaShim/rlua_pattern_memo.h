#ifndef RLUA_PATTERN_MEMO_H
#define RLUA_PATTERN_MEMO_H
#include "rlua_pattern.h"

/* Internal to rlua_pattern.c and rlua_pattern_memo.c: remembered find/match answers (see rlua_PatternMemo). */

#define MEMO_PATTERN_MAX 256
#define MEMO_KEY_MAX (10 + MEMO_PATTERN_MAX)
#define MEMO_ANSWER_MAX 512
enum { MEMO_FAIL, MEMO_FIND, MEMO_MATCH };

/* A find/match call being answered: where to keep its answer, once known. */
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
#endif
