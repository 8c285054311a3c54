#ifndef RAPPORT_PHRASE_ANSWERS_H
#define RAPPORT_PHRASE_ANSWERS_H
#include "text_memo.h"

/* Phrase-test answers, one entry per phrase with a bit per text slot of a text memo (see phrase_answers.c). Not
   thread-safe, like the state that owns it. */
typedef struct rlua_PhraseAnswers rlua_PhraseAnswers;

/* Where to look up answers about one text: its slot in the text memo, checked against the slot's current text. */
typedef struct {
    rlua_PhraseAnswers *answers; /* NULL: answers for this text are neither looked up nor kept */
    int slot;
} rlua_PhraseText;

/* Prepares lookups about text `t` of `memo` (NULL `t`: none), making the table on first use and forgetting the
   answers of a slot whose text changed. */
rlua_PhraseText rlua_phrase_text(rlua_PhraseAnswers **answers, const rlua_TextMemo *memo, const rlua_MemoText *t);
/* 1 or 0: the answer kept for phrase `p` in the text; -1 when none is. */
int rlua_phrase_answer(rlua_PhraseText text, const char *p, size_t len);
/* Keeps `hit` for phrase `p` in the text (nothing when the table is full). */
void rlua_phrase_keep(rlua_PhraseText text, const char *p, size_t len, int hit);
void rlua_phrase_answers_free(rlua_PhraseAnswers *answers);
#endif
