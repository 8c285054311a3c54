/* One watchdog thread per process. Calls register a deadline; when it passes, the watchdog marks the call as
   tripped and signals its thread, whose handler arms a count-1 hook (see limits.c). Nothing runs in the hot path
   of a script: a call that finishes in time costs two mutex operations, and wakes the watchdog only when its deadline is earlier
   than the one the watchdog already sleeps until. */
#include "limits_internal.h"
#include <errno.h>
#include <signal.h>

void rlua_on_watchdog_signal(void);

static pthread_mutex_t mutex = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t wake;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static rlua_Limits *registered = NULL;
static int watchdog_signal = 0;
/* When the watchdog will next wake by itself (guarded by mutex); `sleeping_forever` when it waits for a signal.
   A call whose deadline is not earlier needs no wake-up: the watchdog rescans at that time anyway. */
static struct timespec wakes_at;
static int sleeping_forever = 1;
static _Thread_local int signal_unblocked = 0;

static int before(const struct timespec *a, const struct timespec *b) {
    return a->tv_sec < b->tv_sec || (a->tv_sec == b->tv_sec && a->tv_nsec < b->tv_nsec);
}

static void handler(int sig) {
    (void)sig;
    int saved = errno;
    rlua_on_watchdog_signal();
    errno = saved;
}

static void *watchdog_main(void *arg) {
    (void)arg;
    sigset_t all;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, NULL);
    pthread_mutex_lock(&mutex);
    for (;;) {
        struct timespec now;
        clock_gettime(CLOCK_MONOTONIC, &now);
        rlua_Limits *earliest = NULL;
        for (rlua_Limits *lim = registered; lim != NULL; lim = lim->next) {
            if (atomic_load(&lim->trip) != RLUA_TRIP_NONE) continue;
            if (!before(&now, &lim->deadline)) {
                int none = RLUA_TRIP_NONE;
                if (atomic_compare_exchange_strong(&lim->trip, &none, RLUA_TRIP_TIMEOUT)) {
                    pthread_kill(lim->thread, watchdog_signal);
                }
            } else if (earliest == NULL || before(&lim->deadline, &earliest->deadline)) {
                earliest = lim;
            }
        }
        if (earliest == NULL) {
            sleeping_forever = 1;
            pthread_cond_wait(&wake, &mutex);
        } else {
            struct timespec until = earliest->deadline;
            sleeping_forever = 0;
            wakes_at = until;
            pthread_cond_timedwait(&wake, &mutex, &until);
        }
    }
    return NULL;
}

static void start_watchdog(void) {
    watchdog_signal = SIGRTMIN + 3;
    struct sigaction action;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    action.sa_handler = handler;
    sigaction(watchdog_signal, &action, NULL);

    pthread_condattr_t attributes;
    pthread_condattr_init(&attributes);
    pthread_condattr_setclock(&attributes, CLOCK_MONOTONIC);
    pthread_cond_init(&wake, &attributes);
    pthread_condattr_destroy(&attributes);

    pthread_t thread;
    pthread_attr_t thread_attributes;
    pthread_attr_init(&thread_attributes);
    pthread_attr_setdetachstate(&thread_attributes, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&thread_attributes, 64 * 1024);
    pthread_create(&thread, &thread_attributes, watchdog_main, NULL);
    pthread_attr_destroy(&thread_attributes);
}

void rlua_watchdog_register(rlua_Limits *lim, double seconds) {
    pthread_once(&once, start_watchdog);
    if (!signal_unblocked) {
        /* Dispatch's and the test runner's threads start with signals blocked. */
        sigset_t set;
        sigemptyset(&set);
        sigaddset(&set, watchdog_signal);
        pthread_sigmask(SIG_UNBLOCK, &set, NULL);
        signal_unblocked = 1;
    }
    struct timespec deadline;
    clock_gettime(CLOCK_MONOTONIC, &deadline);
    long long nanos = (long long)(seconds * 1e9);
    deadline.tv_sec += nanos / 1000000000LL;
    deadline.tv_nsec += nanos % 1000000000LL;
    if (deadline.tv_nsec >= 1000000000L) {
        deadline.tv_sec += 1;
        deadline.tv_nsec -= 1000000000L;
    }
    pthread_mutex_lock(&mutex);
    lim->thread = pthread_self();
    lim->deadline = deadline;
    if (!lim->registered) {
        lim->next = registered;
        registered = lim;
        lim->registered = 1;
    }
    if (sleeping_forever || before(&deadline, &wakes_at)) {
        sleeping_forever = 0;
        wakes_at = deadline;
        pthread_cond_signal(&wake);
    }
    pthread_mutex_unlock(&mutex);
}

void rlua_watchdog_unregister(rlua_Limits *lim) {
    if (!lim->registered) return;
    pthread_mutex_lock(&mutex);
    for (rlua_Limits **link = &registered; *link != NULL; link = &(*link)->next) {
        if (*link == lim) {
            *link = lim->next;
            break;
        }
    }
    lim->registered = 0;
    lim->next = NULL;
    pthread_mutex_unlock(&mutex);
}
