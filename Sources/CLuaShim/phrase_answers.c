#include "phrase_answers.h"
#include <stdlib.h>
#include <string.h>

/*
 * Phrase-test answers laid out by phrase: one entry per distinct phrase (keyed by its bytes), holding a bit per text
 * slot of the state's text memo for "answer known" and "phrase found". A scenario asks about the same few hundred
 * phrases in every text, so the table stays small and hot in cache, where one table per text spread the lookups
 * over a megabyte. A slot's bits are forgotten when the memo gives the slot to another text (its id changes).
 *
 * Bounds: PHRASES_MAX phrases and POOL_MAX bytes of them; past that, answers are computed and not kept.
 */

#define PHRASES_MAX 8192
#define POOL_MAX ((size_t)256 << 10)

typedef char slots_fit_in_a_mask[RLUA_MEMO_TEXTS <= 64 ? 1 : -1];

/* Where a phrase was last found, by the address of its bytes: a scenario's phrases are the same few strings asked
   about again and again (its constants), so most lookups go straight to the entry instead of hashing the phrase.
   An address is only a hint (another string may be there now): the entry's bytes are compared before it is used. */
#define RECENT 1024
typedef struct {
    const char *p;
    uint32_t index;            /* in `entries` */
    uint16_t len;
} Recent;

typedef struct {
    uint64_t hash;
    uint64_t known, hit;       /* bit k: slot k's text */
    uint32_t offset;           /* of the phrase's bytes in the pool */
    uint16_t len;
    uint8_t used;
} Entry;

struct rlua_PhraseAnswers {
    Entry *entries;            /* open addressing, `capacity` a power of two, at most half full */
    size_t capacity, count;
    char *pool;
    size_t pool_len, pool_capacity;
    uint64_t slot_id[RLUA_MEMO_TEXTS]; /* the id of the text each slot's bits are about */
    Recent recent[RECENT];     /* emptied when `entries` is rehashed */
};

void rlua_phrase_answers_free(rlua_PhraseAnswers *answers) {
    if (answers == NULL) return;
    free(answers->entries);
    free(answers->pool);
    free(answers);
}

rlua_PhraseText rlua_phrase_text(rlua_PhraseAnswers **slot, const rlua_TextMemo *memo, const rlua_MemoText *t) {
    rlua_PhraseText none = { NULL, 0 };
    if (t == NULL) return none;
    rlua_PhraseAnswers *answers = *slot;
    if (answers == NULL) {
        answers = calloc(1, sizeof *answers);
        if (answers == NULL) return none;
        *slot = answers;
    }
    uint64_t id;
    int k = rlua_memo_slot(memo, t, &id);
    if (answers->slot_id[k] != id) { /* another text now: forget what was known about the old one */
        uint64_t keep = ~((uint64_t)1 << k);
        for (size_t i = 0; i < answers->capacity; i++) {
            answers->entries[i].known &= keep;
            answers->entries[i].hit &= keep;
        }
        answers->slot_id[k] = id;
    }
    rlua_PhraseText text = { answers, k };
    return text;
}

static Entry *find(const rlua_PhraseAnswers *a, uint64_t hash, const char *p, size_t len) {
    size_t mask = a->capacity - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        Entry *e = &a->entries[i];
        if (!e->used) return e;
        if (e->hash == hash && e->len == len && memcmp(a->pool + e->offset, p, len) == 0) return e;
    }
}

/* memcmp(a, b, n) == 0, without a call for the short lengths phrases have (overlapping loads stay inside both). */
static inline int same_bytes(const char *a, const char *b, size_t n) {
    if (n >= 8 && n <= 16) {
        uint64_t x, y, z, w;
        __builtin_memcpy(&x, a, 8), __builtin_memcpy(&y, b, 8);
        __builtin_memcpy(&z, a + n - 8, 8), __builtin_memcpy(&w, b + n - 8, 8);
        return x == y && z == w;
    }
    if (n >= 4 && n < 8) {
        uint32_t x, y, z, w;
        __builtin_memcpy(&x, a, 4), __builtin_memcpy(&y, b, 4);
        __builtin_memcpy(&z, a + n - 4, 4), __builtin_memcpy(&w, b + n - 4, 4);
        return x == y && z == w;
    }
    return memcmp(a, b, n) == 0;
}

/* find(), remembering the entry under the address `p` (in slot `r`). Out of line: the fast path stays small. */
__attribute__((noinline)) static Entry *find_and_remember(rlua_PhraseAnswers *a, Recent *r, const char *p, size_t len) {
    Entry *e = find(a, rlua_memo_hash(p, len), p, len);
    if (e->used) *r = (Recent){ .p = p, .index = (uint32_t)(e - a->entries), .len = (uint16_t)len };
    return e;
}

/* find(), through the recent addresses first. */
static inline Entry *lookup(rlua_PhraseAnswers *a, const char *p, size_t len) {
    uintptr_t at = (uintptr_t)p;
    Recent *r = &a->recent[((at >> 4) ^ (at >> 14)) & (RECENT - 1)];
    if (r->p == p && r->len == len) {
        Entry *e = &a->entries[r->index];
        if (same_bytes(a->pool + e->offset, p, len)) return e;
    }
    return find_and_remember(a, r, p, len);
}

int rlua_phrase_answer(rlua_PhraseText text, const char *p, size_t len) {
    rlua_PhraseAnswers *a = text.answers;
    if (a == NULL || a->count == 0 || len > UINT16_MAX) return -1;
    const Entry *e = lookup(a, p, len);
    uint64_t bit = (uint64_t)1 << text.slot;
    if (!e->used || !(e->known & bit)) return -1;
    return (e->hit & bit) != 0;
}

static int grow(rlua_PhraseAnswers *a) {
    size_t capacity = a->capacity ? a->capacity * 2 : 256;
    Entry *old = a->entries;
    size_t old_capacity = a->capacity;
    a->entries = calloc(capacity, sizeof(Entry));
    if (a->entries == NULL) {
        a->entries = old;
        return 0;
    }
    a->capacity = capacity;
    for (size_t i = 0; i < old_capacity; i++) {
        if (!old[i].used) continue;
        size_t mask = capacity - 1, j = old[i].hash & mask;
        while (a->entries[j].used) j = (j + 1) & mask;
        a->entries[j] = old[i];
    }
    free(old);
    memset(a->recent, 0, sizeof a->recent);
    return 1;
}

void rlua_phrase_keep(rlua_PhraseText text, const char *p, size_t len, int hit) {
    rlua_PhraseAnswers *a = text.answers;
    if (a == NULL || len > UINT16_MAX) return;
    uint64_t hash = rlua_memo_hash(p, len);
    uint64_t bit = (uint64_t)1 << text.slot;
    Entry *e = a->capacity ? lookup(a, p, len) : NULL;
    if (e == NULL || !e->used) {
        if (a->count >= PHRASES_MAX || a->pool_len + len > POOL_MAX) return;
        if ((a->count + 1) * 2 > a->capacity && !grow(a)) return;
        if (a->pool_len + len > a->pool_capacity) {
            size_t capacity = a->pool_capacity ? a->pool_capacity * 2 : 4096;
            while (capacity < a->pool_len + len) capacity *= 2;
            char *pool = realloc(a->pool, capacity);
            if (pool == NULL) return;
            a->pool = pool;
            a->pool_capacity = capacity;
        }
        e = find(a, hash, p, len);
        memcpy(a->pool + a->pool_len, p, len);
        *e = (Entry){ .hash = hash, .offset = (uint32_t)a->pool_len, .len = (uint16_t)len, .used = 1 };
        a->pool_len += len;
        a->count++;
    }
    e->known |= bit;
    if (hit) e->hit |= bit; else e->hit &= ~bit;
}
