#include "text_memo.h"
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/*
 * Answers about texts, remembered per state outside the Lua heap so a restore of the heap does not empty them:
 * string.find/string.match (what does this pattern find in the text?) keep theirs here; the phrase test uses a memo
 * only to identify its texts, and keeps its answers by phrase (phrase_answers.c, by slot and id). Texts and keys (a phrase; a pattern with its options) are identified by their bytes,
 * never by the address of a Lua string (the same address holds another string once the first is collected, or
 * after a restore): a text is found by its hash and length, then compared byte for byte with the copy kept here;
 * a key likewise. Callers keep only answers that depend on nothing but those bytes, so none goes stale; the memo
 * only has to stay bounded.
 *
 * Bounds: RLUA_MEMO_TEXTS texts of TEXT_MIN..TEXT_MAX bytes (the oldest one is dropped for a new one), or for a
 * wide memo RLUA_MEMO_WIDE_TEXTS in sets of RLUA_MEMO_WAYS by hash (the oldest of the set is dropped), and per text
 * at most ANSWERS_MAX answers and POOL_MAX bytes of keys and values; past that, answers are computed and not kept.
 */

#define SETS (RLUA_MEMO_WIDE_TEXTS / RLUA_MEMO_WAYS)
#define TEXT_MIN 16            /* shorter texts are searched directly: that costs no more than a lookup */
#define TEXT_MAX ((size_t)64 << 10)
#define ANSWERS_MAX 4096
#define POOL_MAX ((size_t)64 << 10)

typedef struct {
    uint64_t hash;
    uint32_t offset;           /* of the key's bytes in the text's pool; the value's bytes follow them */
    uint32_t value_len;
    uint16_t len;              /* of the key */
    uint8_t used;
} Answer;

struct rlua_MemoText {
    uint64_t hash;
    size_t len;
    char *bytes;               /* a copy of the text; NULL for a free slot */
    Answer *answers;           /* open addressing, `capacity` a power of two, at most half full */
    size_t capacity, count;
    char *pool;
    size_t pool_len, pool_capacity;
    uint64_t id;               /* unique within the memo: a new text in a reused slot gets a new one */
};

/* Where a text was last found: its address, length and slot (and the slot's text id then). Checked by bytes before
   reuse, unless nothing was freed since (`frees`): the string at that address is then the same live string. A few
   of them, by address, since callers alternate between texts (a reply and its sentences, a sentence and its words). */
#define RECENT 8
typedef struct {
    const char *s;
    size_t len;
    uint64_t id, frees;
    int slot;
} Recent;

static Recent *recent_for(rlua_TextMemo *cache, const char *s);

struct rlua_TextMemo {
    int slots;                 /* RLUA_MEMO_TEXTS, or RLUA_MEMO_WIDE_TEXTS for a wide memo */
    int ways;                  /* slots a text may take: all of them, or RLUA_MEMO_WAYS (its set's) */
    rlua_MemoText *texts;      /* `slots` of them */
    unsigned char next_evicted[SETS]; /* per set, the round-robin victim when every slot of it is taken */
    uint64_t next_id;
    Recent recent[RECENT];     /* where texts were last found, by address */
};


static void clear_text(rlua_MemoText *t) {
    free(t->bytes);
    free(t->answers);
    free(t->pool);
    memset(t, 0, sizeof *t);
}

void rlua_memo_free(rlua_TextMemo *cache) {
    if (cache == NULL) return;
    for (int i = 0; i < cache->slots; i++) clear_text(&cache->texts[i]);
    free(cache->texts);
    free(cache);
}

static Recent *recent_for(rlua_TextMemo *cache, const char *s) {
    uintptr_t a = (uintptr_t)s;
    return &cache->recent[(a >> 4 ^ a >> 9) & (RECENT - 1)];
}

/* The text `s` in the memo at *slot, made with `slots` texts in sets of `ways` on first use. */
static rlua_MemoText *memo_text(rlua_TextMemo **slot, int slots, int ways, const char *s, size_t len, uint64_t frees) {
    if (len < TEXT_MIN || len > TEXT_MAX) return NULL;
    rlua_TextMemo *cache = *slot;
    if (cache == NULL) {
        cache = calloc(1, sizeof *cache);
        if (cache == NULL) return NULL;
        cache->texts = calloc((size_t)slots, sizeof *cache->texts);
        if (cache->texts == NULL) {
            free(cache);
            return NULL;
        }
        cache->slots = slots;
        cache->ways = ways;
        *slot = cache;
    }
    Recent *r = recent_for(cache, s);
    if (r->s == s && r->len == len) {
        rlua_MemoText *t = &cache->texts[r->slot];
        /* Nothing freed since: the string at `s` then is still alive, so its bytes are the same. */
        if (t->bytes != NULL && t->id == r->id && (frees == r->frees || memcmp(t->bytes, s, len) == 0)) {
            r->frees = frees;
            return t;
        }
    }
    uint64_t hash = rlua_memo_hash(s, len);
    int set = cache->ways == cache->slots ? 0 : (int)(hash % (uint64_t)(cache->slots / cache->ways));
    int first = set * cache->ways, free_slot = -1;
    for (int i = first; i < first + cache->ways; i++) {
        rlua_MemoText *t = &cache->texts[i];
        if (t->bytes == NULL) {
            if (free_slot < 0) free_slot = i;
            continue;
        }
        if (t->hash == hash && t->len == len && memcmp(t->bytes, s, len) == 0) {
            *r = (Recent){ .s = s, .len = len, .id = t->id, .frees = frees, .slot = i };
            return t;
        }
    }
    if (free_slot < 0) {
        free_slot = first + cache->next_evicted[set];
        cache->next_evicted[set] = (unsigned char)((cache->next_evicted[set] + 1) % cache->ways);
        clear_text(&cache->texts[free_slot]);
    }
    rlua_MemoText *t = &cache->texts[free_slot];
    t->bytes = malloc(len);
    if (t->bytes == NULL) return NULL;
    memcpy(t->bytes, s, len);
    t->len = len;
    t->hash = hash;
    t->id = ++cache->next_id;
    *r = (Recent){ .s = s, .len = len, .id = t->id, .frees = frees, .slot = free_slot };
    return t;
}

rlua_MemoText *rlua_memo_text(rlua_TextMemo **slot, const char *s, size_t len, uint64_t frees) {
    return memo_text(slot, RLUA_MEMO_TEXTS, RLUA_MEMO_TEXTS, s, len, frees);
}

rlua_MemoText *rlua_memo_text_wide(rlua_TextMemo **slot, const char *s, size_t len, uint64_t frees) {
    return memo_text(slot, RLUA_MEMO_WIDE_TEXTS, RLUA_MEMO_WAYS, s, len, frees);
}

static Answer *find(const rlua_MemoText *t, uint64_t hash, const char *p, size_t len) {
    size_t mask = t->capacity - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        Answer *a = &t->answers[i];
        if (!a->used) return a;
        if (a->hash == hash && a->len == len && memcmp(t->pool + a->offset, p, len) == 0) return a;
    }
}

int rlua_memo_slot(const rlua_TextMemo *memo, const rlua_MemoText *t, uint64_t *id) {
    *id = t->id;
    return (int)(t - memo->texts);
}

const unsigned char *rlua_memo_get(const rlua_MemoText *t, const char *key, size_t len, size_t *value_len) {
    if (t == NULL || t->count == 0 || len > UINT16_MAX) return NULL;
    const Answer *a = find(t, rlua_memo_hash(key, len), key, len);
    if (!a->used) return NULL;
    *value_len = a->value_len;
    return (const unsigned char *)t->pool + a->offset + a->len;
}

static int grow(rlua_MemoText *t) {
    size_t capacity = t->capacity ? t->capacity * 2 : 64;
    Answer *old = t->answers;
    size_t old_capacity = t->capacity;
    t->answers = calloc(capacity, sizeof(Answer));
    if (t->answers == NULL) {
        t->answers = old;
        return 0;
    }
    t->capacity = capacity;
    for (size_t i = 0; i < old_capacity; i++) {
        if (!old[i].used) continue;
        size_t mask = capacity - 1, j = old[i].hash & mask;
        while (t->answers[j].used) j = (j + 1) & mask;
        t->answers[j] = old[i];
    }
    free(old);
    return 1;
}

void rlua_memo_put(rlua_MemoText *t, const char *key, size_t len, const void *value, size_t value_len) {
    size_t bytes = len + value_len;
    if (t == NULL || t->count >= ANSWERS_MAX || len > UINT16_MAX || value_len > POOL_MAX || t->pool_len + bytes > POOL_MAX) return;
    if ((t->count + 1) * 2 > t->capacity && !grow(t)) return;
    if (t->pool_len + bytes > t->pool_capacity) {
        size_t capacity = t->pool_capacity ? t->pool_capacity * 2 : 1024;
        while (capacity < t->pool_len + bytes) capacity *= 2;
        char *pool = realloc(t->pool, capacity);
        if (pool == NULL) return;
        t->pool = pool;
        t->pool_capacity = capacity;
    }
    uint64_t hash = rlua_memo_hash(key, len);
    Answer *a = find(t, hash, key, len);
    if (a->used) return;
    memcpy(t->pool + t->pool_len, key, len);
    memcpy(t->pool + t->pool_len + len, value, value_len);
    *a = (Answer){ .hash = hash, .offset = (uint32_t)t->pool_len, .value_len = (uint32_t)value_len, .len = (uint16_t)len, .used = 1 };
    t->pool_len += bytes;
    t->count++;
}
