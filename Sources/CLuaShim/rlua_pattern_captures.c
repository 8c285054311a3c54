/* rlua_pattern_captures.c - the captures of a match as Lua values (see rlua_pattern_internal.h). */
#include "rlua_pattern_internal.h"


/* ---------------------------------------------------------------------------------------------- */
/* Captures to Lua values                                                                         */

/* Capture i of a match [s, e). Returns 1 with its text in *txt and *len, or 0 after pushing a position
   capture's integer. With no captures at all, capture 0 is the whole match. */
int rp_capture_get(Matcher *m, int i, const char *s, const char *e, const char **txt, size_t *len) {
    ptrdiff_t l;
    if (i >= m->ncap) {
        if (i != 0)
            luaL_error(m->L, "invalid capture index %%%d", i + 1);
        *txt = s;
        *len = (size_t)(e - s);
        return 1;
    }
    l = m->cap[i].len;
    if (l == CAP_OPEN)
        luaL_error(m->L, "unfinished capture");
    if (l == CAP_POSITION) {
        lua_pushinteger(m->L, (lua_Integer)(m->cap[i].start - m->subj) + 1);
        return 0;
    }
    *txt = m->cap[i].start;
    *len = (size_t)l;
    return 1;
}

void rp_push_capture(Matcher *m, int i, const char *s, const char *e) {
    const char *txt;
    size_t len;
    if (rp_capture_get(m, i, s, e, &txt, &len))
        lua_pushlstring(m->L, txt, len);
}

/* Pushes all captures; with none, the whole match unless s is NULL (find). Returns the count. */
int rp_push_captures(Matcher *m, const char *s, const char *e) {
    int i, n = (m->ncap == 0 && s != NULL) ? 1 : m->ncap;
    luaL_checkstack(m->L, n, "too many captures");
    for (i = 0; i < n; i++)
        rp_push_capture(m, i, s, e);
    return n;
}

/* ---------------------------------------------------------------------------------------------- */
/* Library functions                                                                              */

