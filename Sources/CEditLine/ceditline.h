#ifndef RAPPORT_CEDITLINE_H
#define RAPPORT_CEDITLINE_H
/*
 * libedit's native API (histedit.h). el_set, el_get and history are variadic, which Swift cannot call, so each
 * use Rapport makes of them has a fixed-argument wrapper here. Nothing else: no state, no logic, no longjmp.
 */
#include <stdio.h>
#include <histedit.h>

typedef char *(*rapport_el_prompt_fn)(EditLine *);
typedef unsigned char (*rapport_el_command_fn)(EditLine *, int);

/* An editor on the process's standard streams (Swift 6 cannot name C's global stdin/stdout/stderr safely). */
static inline EditLine *rapport_el_init_std(const char *prog) { return el_init(prog, stdin, stdout, stderr); }

/* Flushes what libedit buffered on stdout before the caller writes to the descriptor directly. */
static inline void rapport_flush_stdout(void) { fflush(stdout); }

/* Emacs key bindings; no libedit signal handlers (the caller handles SIGINT itself). */
static inline int rapport_el_configure(EditLine *el) {
    if (el_set(el, EL_EDITOR, "emacs") != 0) return -1;
    return el_set(el, EL_SIGNAL, 0);
}

/* The prompt function; `ignore` (0 for none) brackets invisible characters in the prompt string. */
static inline int rapport_el_set_prompt(EditLine *el, rapport_el_prompt_fn fn, char ignore) {
    return el_set(el, EL_PROMPT_ESC, fn, ignore);
}

static inline int rapport_el_set_clientdata(EditLine *el, void *data) { return el_set(el, EL_CLIENTDATA, data); }

static inline void *rapport_el_clientdata(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}

static inline int rapport_el_set_history(EditLine *el, History *h) { return el_set(el, EL_HIST, history, h); }

typedef int (*rapport_el_getc_fn)(EditLine *, wchar_t *);

/* The function libedit calls to read one character (returns 1, 0 at end of input, -1 on error). */
static inline int rapport_el_set_getc(EditLine *el, rapport_el_getc_fn fn) { return el_set(el, EL_GETCFN, fn); }

/* Adds a named editor command implemented by `fn`. */
static inline int rapport_el_add_function(EditLine *el, const char *name, const char *help, rapport_el_command_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}

/* Binds a key sequence (e.g. "^I") to a named editor command. */
static inline int rapport_el_bind(EditLine *el, const char *key, const char *command) {
    return el_set(el, EL_BIND, key, command, NULL);
}

/* Fixes one tty mode in the edit-mode set, e.g. "-isig" so that Ctrl-C reaches the editor as a key. */
static inline int rapport_el_setty_edit(EditLine *el, const char *mode) {
    return el_set(el, EL_SETTY, "-d", mode, NULL);
}

static inline int rapport_history_setsize(History *h, int size) {
    HistEvent ev;
    return history(h, &ev, H_SETSIZE, size);
}

static inline int rapport_history_setunique(History *h, int unique) {
    HistEvent ev;
    return history(h, &ev, H_SETUNIQUE, unique);
}

static inline int rapport_history_enter(History *h, const char *line) {
    HistEvent ev;
    return history(h, &ev, H_ENTER, line);
}

static inline int rapport_history_load(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_LOAD, path);
}

static inline int rapport_history_save(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_SAVE, path);
}

#endif
