#ifndef RAPPORT_PHRASE_CACHE_H
#define RAPPORT_PHRASE_CACHE_H
#include <stddef.h>

/* Remembered answers of the phrase test, per state, keyed by the bytes of the text and of the phrase (see
   phrase_cache.c). Not thread-safe: a state runs on one thread at a time, and so does its cache. */
typedef struct rlua_PhraseCache rlua_PhraseCache;
typedef struct rlua_PhraseText rlua_PhraseText;

/* The entry for the text `s` (made, and the cache with it, on first use), or NULL when the text is not cached
   (too short to be worth it, too long, or memory is short). Valid until the next call. */
rlua_PhraseText *rlua_phrase_text(rlua_PhraseCache **cache, const char *s, size_t len);
/* 1 or 0: the answer remembered for phrase `p` in text `t`; -1 when none is (or `t` is NULL). */
int rlua_phrase_answer(const rlua_PhraseText *t, const char *p, size_t len);
/* Remembers `hit` for phrase `p` in text `t` (nothing when `t` is NULL or its bounds are reached). */
void rlua_phrase_remember(rlua_PhraseText *t, const char *p, size_t len, int hit);
void rlua_phrase_cache_free(rlua_PhraseCache *cache);
#endif
