#ifndef RAPPORT_TEXT_MEMO_H
#define RAPPORT_TEXT_MEMO_H
#include <stddef.h>

/* Remembered answers about long texts, per state, keyed by the bytes of the text and of a key (see text_memo.c).
   Not thread-safe: a state runs on one thread at a time, and so does its memo. A state keeps one memo per kind of
   question (phrase tests, pattern searches), so keys of different kinds never meet. */
typedef struct rlua_TextMemo rlua_TextMemo;
typedef struct rlua_MemoText rlua_MemoText;

/* The entry for the text `s` (made, and the memo with it, on first use), or NULL when the text is not kept
   (too short to be worth it, too long, or memory is short). Valid until the next call of any rlua_memo_ function
   on the same memo. */
rlua_MemoText *rlua_memo_text(rlua_TextMemo **memo, const char *s, size_t len);
/* The value kept for `key` in text `t` (its length in *value_len), or NULL when none is (or `t` is NULL). Valid
   until the next call of any rlua_memo_ function on the same memo. */
const unsigned char *rlua_memo_get(const rlua_MemoText *t, const char *key, size_t len, size_t *value_len);
/* Keeps `value` for `key` in text `t` (nothing when `t` is NULL, `key` is already kept, or the bounds are reached). */
void rlua_memo_put(rlua_MemoText *t, const char *key, size_t len, const void *value, size_t value_len);
void rlua_memo_free(rlua_TextMemo *memo);
#endif
