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
 * Bounds: TEXT_SLOTS texts of TEXT_MIN..TEXT_MAX bytes (the oldest one is dropped for a new one), and per text
 * at most ANSWERS_MAX answers and POOL_MAX bytes of keys and values; past that, answers are computed and not kept.
 */

#define TEXT_SLOTS RLUA_MEMO_TEXTS
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

struct rlua_TextMemo {
    rlua_MemoText texts[TEXT_SLOTS];
    int next_evicted;          /* round-robin victim when every slot is taken */
    uint64_t next_id;
    const char *last;          /* address and slot of the last text found: checked by bytes before reuse, */
    size_t last_len;           /* unless nothing was freed since (`last_frees`) */
    int last_slot;
    uint64_t last_frees;
};


static void clear_text(rlua_MemoText *t) {
    free(t->bytes);
    free(t->answers);
    free(t->pool);
    memset(t, 0, sizeof *t);
}

void rlua_memo_free(rlua_TextMemo *cache) {
    if (cache == NULL) return;
    for (int i = 0; i < TEXT_SLOTS; i++) clear_text(&cache->texts[i]);
    free(cache);
}

rlua_MemoText *rlua_memo_text(rlua_TextMemo **slot, const char *s, size_t len, uint64_t frees) {
    if (len < TEXT_MIN || len > TEXT_MAX) return NULL;
    rlua_TextMemo *cache = *slot;
    if (cache == NULL) {
        cache = calloc(1, sizeof *cache);
        if (cache == NULL) return NULL;
        cache->last_slot = -1;
        *slot = cache;
    }
    if (cache->last_slot >= 0 && s == cache->last && len == cache->last_len) {
        rlua_MemoText *t = &cache->texts[cache->last_slot];
        /* Nothing freed since the last call: the string at `s` then is still alive, so its bytes are the same. */
        if (t->bytes != NULL && t->len == len && (frees == cache->last_frees || memcmp(t->bytes, s, len) == 0)) {
            cache->last_frees = frees;
            return t;
        }
    }
    uint64_t hash = rlua_memo_hash(s, len);
    int free_slot = -1;
    for (int i = 0; i < TEXT_SLOTS; i++) {
        rlua_MemoText *t = &cache->texts[i];
        if (t->bytes == NULL) {
            if (free_slot < 0) free_slot = i;
            continue;
        }
        if (t->hash == hash && t->len == len && memcmp(t->bytes, s, len) == 0) {
            cache->last = s, cache->last_len = len, cache->last_slot = i, cache->last_frees = frees;
            return t;
        }
    }
    if (free_slot < 0) {
        free_slot = cache->next_evicted;
        cache->next_evicted = (cache->next_evicted + 1) % TEXT_SLOTS;
        clear_text(&cache->texts[free_slot]);
    }
    rlua_MemoText *t = &cache->texts[free_slot];
    t->bytes = malloc(len);
    if (t->bytes == NULL) return NULL;
    memcpy(t->bytes, s, len);
    t->len = len;
    t->hash = hash;
    t->id = ++cache->next_id;
    cache->last = s, cache->last_len = len, cache->last_slot = free_slot, cache->last_frees = frees;
    return t;
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
