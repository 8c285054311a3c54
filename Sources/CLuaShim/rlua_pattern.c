/* rlua_pattern.c - the matching engine of the interruptible Lua 5.4 patterns: character classes and the
 * backtracking matcher. match_here and its helpers stay static here, together, so the hot loop is one unit;
 * rp_match_here is the entry for the library functions. Design notes: rlua_pattern_internal.h. */
#include "rlua_pattern_internal.h"

#include <ctype.h>

/* ---------------------------------------------------------------------------------------------- */
/* Character classes                                                                              */

/* %x where x is a class letter; any other x stands for itself. Upper-case letters complement. */
static int class_hit(int c, int letter) {
    int hit;
    /* Only the ASCII class letters matter below, so lower-casing A-Z by hand gives tolower's answer without a call. */
    int upper = letter >= 'A' && letter <= 'Z';
    switch (upper ? letter - 'A' + 'a' : letter) {
    case 'a': hit = isalpha(c); break;
    case 'c': hit = iscntrl(c); break;
    case 'd': hit = isdigit(c); break;
    case 'g': hit = isgraph(c); break;
    case 'l': hit = islower(c); break;
    case 'p': hit = ispunct(c); break;
    case 's': hit = isspace(c); break;
    case 'u': hit = isupper(c); break;
    case 'w': hit = isalnum(c); break;
    case 'x': hit = isxdigit(c); break;
    case 'z': hit = (c == 0); break; /* deprecated in the manual since 5.2, still accepted by 5.4 */
    default: return letter == c;
    }
    hit = (hit != 0);
    return upper ? !hit : hit;
}

/* [set]: `open` points at '[', `close` at the terminating ']'. */
static int set_hit(int c, const char *open, const char *close) {
    int want = 1;
    const char *q = open + 1;
    if (*q == '^') {
        want = 0;
        q++;
    }
    for (; q < close; q++) {
        if (*q == ESC) {
            q++;
            if (class_hit(c, (unsigned char)*q))
                return want;
        } else if (q + 2 < close && q[1] == '-') {
            if ((unsigned char)q[0] <= c && c <= (unsigned char)q[2])
                return want;
            q += 2;
        } else if ((unsigned char)*q == c) {
            return want;
        }
    }
    return !want;
}

/* End of the single-character class starting at p (p < pat_end). */
static const char *class_end(Matcher *m, const char *p) {
    char c = *p++;
    if (c == ESC) {
        if (p >= m->pat_end)
            luaL_error(m->L, "malformed pattern (ends with '%%')");
        return p + 1;
    }
    if (c == '[') {
        if (p < m->pat_end && *p == '^')
            p++;
        /* The first character is always a member, so "[]]" and "[^]]" are sets holding ']'. */
        for (;;) {
            if (p >= m->pat_end)
                luaL_error(m->L, "malformed pattern (missing ']')");
            c = *p++;
            if (c == ESC && p < m->pat_end)
                p++;
            if (p < m->pat_end && *p == ']')
                return p + 1;
        }
    }
    return p;
}

/* Does the subject character at s belong to the class [p, ep)? Never at the end of the subject. */
static int single_hit(const Matcher *m, const char *s, const char *p, const char *ep) {
    int c;
    if (s >= m->subj_end)
        return 0;
    c = (unsigned char)*s;
    switch (*p) {
    case '.': return 1;
    case ESC: return class_hit(c, (unsigned char)p[1]);
    case '[': return set_hit(c, p, ep - 1);
    default: return (unsigned char)*p == c;
    }
}

/* ---------------------------------------------------------------------------------------------- */
/* Matcher                                                                                        */

static const char *match_here(Matcher *m, const char *s, const char *p);

static const char *open_capture(Matcher *m, const char *s, const char *p, ptrdiff_t kind) {
    const char *r;
    int i = m->ncap;
    if (i >= MAX_CAPTURES)
        luaL_error(m->L, "too many captures");
    m->cap[i].start = s;
    m->cap[i].len = kind;
    m->ncap = i + 1;
    r = match_here(m, s, p);
    if (r == NULL)
        m->ncap = i; /* forget it when backtracking past it */
    return r;
}

static const char *close_capture(Matcher *m, const char *s, const char *p) {
    const char *r;
    int i = m->ncap - 1;
    while (i >= 0 && m->cap[i].len != CAP_OPEN)
        i--;
    if (i < 0)
        luaL_error(m->L, "invalid pattern capture");
    m->cap[i].len = s - m->cap[i].start;
    r = match_here(m, s, p);
    if (r == NULL)
        m->cap[i].len = CAP_OPEN; /* reopen when backtracking past it */
    return r;
}

/* %bxy at s; p points at x. */
static const char *match_balance(Matcher *m, const char *s, const char *p) {
    const char *t;
    char open, close;
    int depth = 1;
    if (p + 1 >= m->pat_end)
        luaL_error(m->L, "malformed pattern (missing arguments to '%%b')");
    open = p[0];
    close = p[1];
    if (s >= m->subj_end || *s != open)
        return NULL;
    for (t = s + 1; t < m->subj_end; t++) {
        if (*t == close) {
            if (--depth == 0) {
                SPEND(m, (t - s) & (RLUA_PATTERN_POLL - 1));
                return t + 1;
            }
        } else if (*t == open) {
            depth++;
        }
        if (((t - s) & (RLUA_PATTERN_POLL - 1)) == 0) /* long scans stay stoppable */
            SPEND(m, RLUA_PATTERN_POLL);
    }
    SPEND(m, (t - s) & (RLUA_PATTERN_POLL - 1));
    return NULL;
}

/* %1-%9 at s: the text of an earlier, closed capture. */
static const char *match_backref(Matcher *m, const char *s, int digit) {
    int i = digit - '1';
    ptrdiff_t len;
    if (i < 0 || i >= m->ncap || m->cap[i].len == CAP_OPEN)
        luaL_error(m->L, "invalid capture index %%%d", i + 1);
    len = m->cap[i].len;
    if (len < 0) /* a position capture has no text to repeat: never matches */
        return NULL;
    if (m->subj_end - s < len || !rp_bulk_equal(m, m->cap[i].start, s, (size_t)len))
        return NULL;
    return s + len;
}

/* Greedy repetition of class [p, ep) from s, then the rest of the pattern after the quantifier. */
static const char *repeat_greedy(Matcher *m, const char *s, const char *p, const char *ep) {
    ptrdiff_t n = 0;
    while (single_hit(m, s + n, p, ep)) {
        n++;
        if ((n & (RLUA_PATTERN_POLL - 1)) == 0) /* long runs stay stoppable */
            SPEND(m, RLUA_PATTERN_POLL);
    }
    SPEND(m, n & (RLUA_PATTERN_POLL - 1));
    for (; n >= 0; n--) {
        const char *r = match_here(m, s + n, ep + 1);
        if (r != NULL)
            return r;
    }
    return NULL;
}

/* Lazy repetition ('-'): try the rest first, extend by one character at a time. */
static const char *repeat_lazy(Matcher *m, const char *s, const char *p, const char *ep) {
    for (;;) {
        const char *r = match_here(m, s, ep + 1);
        if (r != NULL)
            return r;
        if (!single_hit(m, s, p, ep))
            return NULL;
        s++;
    }
}

/* Match pattern p (up to pat_end) at subject position s. Returns the end of the match or NULL. */
static const char *match_here(Matcher *m, const char *s, const char *p) {
    const char *ep;
    char q;
    if (m->depth_left-- == 0)
        luaL_error(m->L, "pattern too complex");
    for (;;) {
        SPEND(m, 1);
        if (p >= m->pat_end)
            break; /* pattern exhausted: success */
        switch (*p) {
        case '(':
            if (p + 1 < m->pat_end && p[1] == ')')
                s = open_capture(m, s, p + 2, CAP_POSITION);
            else
                s = open_capture(m, s, p + 1, CAP_OPEN);
            goto done;
        case ')':
            s = close_capture(m, s, p + 1);
            goto done;
        case '$':
            if (p + 1 == m->pat_end) { /* anchor only as the last pattern character */
                if (s != m->subj_end)
                    s = NULL;
                goto done;
            }
            break; /* otherwise a literal '$' */
        case ESC:
            if (p + 1 < m->pat_end) {
                char k = p[1];
                if (k == 'b') {
                    s = match_balance(m, s, p + 2);
                    if (s == NULL)
                        goto done;
                    p += 4;
                    continue;
                }
                if (k == 'f') {
                    int before, here;
                    p += 2;
                    if (p >= m->pat_end || *p != '[')
                        luaL_error(m->L, "missing '[' after '%%f' in pattern");
                    ep = class_end(m, p);
                    /* the subject's ends count as '\0' */
                    before = (s == m->subj) ? 0 : (unsigned char)s[-1];
                    here = (s < m->subj_end) ? (unsigned char)*s : 0;
                    if (!set_hit(before, p, ep - 1) && set_hit(here, p, ep - 1)) {
                        p = ep;
                        continue;
                    }
                    s = NULL;
                    goto done;
                }
                if (k >= '0' && k <= '9') {
                    s = match_backref(m, s, k);
                    if (s == NULL)
                        goto done;
                    p += 2;
                    continue;
                }
            }
            break; /* a class like %a, or an escaped character */
        default:
            break;
        }

        /* A single-character class, possibly followed by a quantifier. */
        ep = class_end(m, p);
        q = (ep < m->pat_end) ? *ep : '\0';
        if (!single_hit(m, s, p, ep)) {
            if (q == '*' || q == '?' || q == '-') { /* zero occurrences are fine */
                p = ep + 1;
                continue;
            }
            s = NULL;
            goto done;
        }
        switch (q) {
        case '?': {
            const char *r = match_here(m, s + 1, ep + 1);
            if (r != NULL) {
                s = r;
                goto done;
            }
            p = ep + 1;
            continue;
        }
        case '+': s = repeat_greedy(m, s + 1, p, ep); goto done;
        case '*': s = repeat_greedy(m, s, p, ep); goto done;
        case '-': s = repeat_lazy(m, s, p, ep); goto done;
        default:
            s++;
            p = ep;
            continue;
        }
    }
done:
    m->depth_left++;
    return s;
}

const char *rp_match_here(Matcher *m, const char *s, const char *p) { return match_here(m, s, p); }
