#ifndef RAPPORT_TEXT_MEMO_H
#define RAPPORT_TEXT_MEMO_H
#include <stddef.h>
#include <stdint.h>

/* Remembered answers about long texts, per state, keyed by the bytes of the text and of a key (see text_memo.c).
   Not thread-safe: a state runs on one thread at a time, and so does its memo. A state keeps one memo per kind of
   question (phrase tests, pattern searches), so keys of different kinds never meet; the phrase tests' memo holds
   only texts (their answers live in phrase_answers.c). */
typedef struct rlua_TextMemo rlua_TextMemo;
typedef struct rlua_MemoText rlua_MemoText;

/* The entry for the text `s` (made, and the memo with it, on first use), or NULL when the text is not kept
   (too short to be worth it, too long, or memory is short). `frees` is the state's count of freed blocks (see
   rlua_Limits): when `s` is the address last asked about and nothing was freed since, the string there is the same
   live string, and its bytes are not compared again. Valid until the next call of any rlua_memo_ function
   on the same memo. */
rlua_MemoText *rlua_memo_text(rlua_TextMemo **memo, const char *s, size_t len, uint64_t frees);
/* rlua_memo_text for a memo of RLUA_MEMO_WIDE_TEXTS texts, looked for only among the RLUA_MEMO_WAYS of them in the
   text's set (by hash); `memo` must always be used through this function. For questions about many texts
   (pattern searches and gmatch steps on replies, their sentences and their parts), where 64 would be dropped and
   made again over and over. */
rlua_MemoText *rlua_memo_text_wide(rlua_TextMemo **memo, const char *s, size_t len, uint64_t frees);
/* The value kept for `key` in text `t` (its length in *value_len), or NULL when none is (or `t` is NULL). Valid
   until the next call of any rlua_memo_ function on the same memo. */
const unsigned char *rlua_memo_get(const rlua_MemoText *t, const char *key, size_t len, size_t *value_len);
/* Keeps `value` for `key` in text `t` (nothing when `t` is NULL, `key` is already kept, or the bounds are reached). */
void rlua_memo_put(rlua_MemoText *t, const char *key, size_t len, const void *value, size_t value_len);
void rlua_memo_free(rlua_TextMemo *memo);
/* The slot of text `t` in `memo` (0 ..< RLUA_MEMO_TEXTS) and, in *id, the text's id: a slot reused for another text
   gives a new id, so a caller keeping answers per slot knows when to forget them. */
int rlua_memo_slot(const rlua_TextMemo *memo, const rlua_MemoText *t, uint64_t *id);
#define RLUA_MEMO_TEXTS 64
#define RLUA_MEMO_WAYS 4
#define RLUA_MEMO_WIDE_TEXTS (64 * RLUA_MEMO_WAYS)
/* The hash the memo keys with (any bytes; not for security): 8 bytes at a time, then MurmurHash3's finalizer, so
   every input bit reaches the low bits the tables index with. Inline: it runs for every phrase looked up. */
static inline uint64_t rlua_memo_hash(const char *s, size_t n) {
    uint64_t h = 0x9E3779B97F4A7C15u ^ (uint64_t)n;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        __builtin_memcpy(&w, s + i, 8);
        h = (h ^ w) * 0xFF51AFD7ED558CCDu;
        h ^= h >> 32;
    }
    for (size_t k = 0; i + k < n; k++) h ^= (uint64_t)(unsigned char)s[i + k] << (8 * k);
    h ^= h >> 33;
    h *= 0xFF51AFD7ED558CCDu;
    h ^= h >> 33;
    h *= 0xC4CEB9FE1A85EC53u;
    return h ^ (h >> 33);
}
#endif
