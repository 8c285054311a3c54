#include "limits_internal.h"
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

/*
 * The arena: an optional home for a state's whole Lua heap, so the heap can be copied out and back in place
 * (rlua_snapshot / rlua_restore). Everything Lua allocates for the state (the lua_State itself, the registry,
 * strings, tables, closures, the random generator's state) lives in one reserved region at a fixed address, and
 * the allocator's own bookkeeping (bump offset, free lists) lives at the start of that region. Copying the used
 * prefix of the region therefore captures the Lua state exactly, pointers included, and copying it back restores
 * it exactly: the same pointers, the same string hashes, the same table layouts, the same garbage-collector phase.
 *
 * Blocks carry no header: Lua always tells the allocator a block's size when it frees or resizes it, which gives
 * its size class. Classes are multiples of 16 bytes up to 1 KiB, then powers of two.
 */

#define SMALL_STEP 16
#define SMALL_MAX 1024
#define SMALL_CLASSES (SMALL_MAX / SMALL_STEP)  /* 64: 16 ... 1024 */
#define LARGE_CLASSES 44                        /* 2 KiB ... 2^54 */
#define CLASSES (SMALL_CLASSES + LARGE_CLASSES)

struct rlua_Arena {
    size_t top;               /* bytes of the region in use (header included); the rest is untouched */
    size_t reserved;          /* bytes reserved */
    void *free_list[CLASSES]; /* freed blocks by class, linked through their first word */
};

/* Large free blocks are left out of a snapshot, past their first bytes (which link the free list): nothing reads a
   free block's other bytes before writing them (Lua initialises what it allocates), so they need not be copied out
   or back. After loading, a heap has a few such blocks (the compiler's buffers), about a seventh of its bytes. */
#define SKIP_MIN 512              /* smaller free blocks are copied with their neighbours */
#define SKIP_MAX 32               /* at most this many ranges (the largest blocks) per snapshot */
#define SKIP_KEEP 16              /* bytes kept at the start of a skipped block: the free-list link */

struct rlua_Snapshot {
    rlua_Arena *arena;        /* the arena it was taken from */
    size_t used;              /* the limits' byte count then */
    size_t bytes;             /* bytes of the region it covers (the bump offset then) */
    size_t capacity;          /* bytes `data` can hold */
    rlua_Snapshot *next;      /* in the pool of released buffers */
    int skips;                /* ranges of the region not copied, by offset, ascending and disjoint */
    size_t skip_from[SKIP_MAX], skip_to[SKIP_MAX];
    unsigned char data[];
};

/* Released snapshot buffers, kept for the next snapshots of any state (validating one scenario after another, a
   worker would otherwise map and fault in a fresh ~150 KB buffer for every state it saves). */
#define POOL_MAX ((size_t)96 << 20)
static pthread_mutex_t pool_lock = PTHREAD_MUTEX_INITIALIZER;
static rlua_Snapshot *pool;
static size_t pool_bytes;

/* A pooled buffer that holds `bytes`, or NULL. */
static rlua_Snapshot *pool_take(size_t bytes) {
    pthread_mutex_lock(&pool_lock);
    rlua_Snapshot **link = &pool;
    while (*link != NULL && (*link)->capacity < bytes) link = &(*link)->next;
    rlua_Snapshot *found = *link;
    if (found != NULL) {
        *link = found->next;
        pool_bytes -= found->capacity;
    }
    pthread_mutex_unlock(&pool_lock);
    return found;
}

static size_t header_size(void) { return (sizeof(rlua_Arena) + 15) & ~(size_t)15; }

static int class_of(size_t size) {
    if (size <= SMALL_MAX) return size == 0 ? 0 : (int)((size - 1) / SMALL_STEP);
    int log = 11;
    while (((size_t)1 << log) < size) log++;
    return SMALL_CLASSES + (log - 11);
}

static size_t class_size(int c) {
    return c < SMALL_CLASSES ? (size_t)(c + 1) * SMALL_STEP : (size_t)1 << (c - SMALL_CLASSES + 11);
}

rlua_Arena *rlua_arena_create(size_t reserve) {
    void *region = mmap(NULL, reserve, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (region == MAP_FAILED) return NULL;
    rlua_Arena *arena = (rlua_Arena *)region;
    memset(arena, 0, sizeof *arena);
    arena->top = header_size();
    arena->reserved = reserve;
    return arena;
}

void rlua_arena_destroy(rlua_Arena *arena) {
    if (arena) munmap(arena, arena->reserved);
}

static void *arena_alloc(rlua_Arena *arena, size_t size) {
    int c = class_of(size);
    if (c >= CLASSES) return NULL;
    void *block = arena->free_list[c];
    if (block) {
        arena->free_list[c] = *(void **)block;
        return block;
    }
    size_t bytes = class_size(c);
    if (bytes > arena->reserved - arena->top) return NULL;
    block = (unsigned char *)arena + arena->top;
    arena->top += bytes;
    return block;
}

static void arena_free(rlua_Arena *arena, void *block, size_t size) {
    int c = class_of(size);
    *(void **)block = arena->free_list[c];
    arena->free_list[c] = block;
}

void *rlua_arena_realloc(rlua_Arena *arena, void *ptr, size_t old, size_t nsize) {
    if (nsize == 0) {
        if (ptr) arena_free(arena, ptr, old);
        return NULL;
    }
    if (ptr && class_of(old) == class_of(nsize)) return ptr;
    void *block = arena_alloc(arena, nsize);
    if (block == NULL) {
        /* A shrink must not fail (Lua assumes it cannot): keep the larger block. It is later freed under the
           smaller size, which only files it in a smaller class. */
        return (ptr && nsize < old) ? ptr : NULL;
    }
    if (ptr) {
        memcpy(block, ptr, old < nsize ? old : nsize);
        arena_free(arena, ptr, old);
    }
    return block;
}

/* Notes the large free blocks of `arena` in `snapshot` (the largest first when there are more than SKIP_MAX). */
static void find_skips(const rlua_Arena *arena, rlua_Snapshot *snapshot) {
    snapshot->skips = 0;
    for (int c = CLASSES - 1; c >= 0 && class_size(c) >= SKIP_MIN; c--) {
        for (void *block = arena->free_list[c]; block != NULL; block = *(void **)block) {
            if (snapshot->skips == SKIP_MAX) return;
            size_t from = (size_t)((unsigned char *)block - (const unsigned char *)arena) + SKIP_KEEP;
            size_t to = from - SKIP_KEEP + class_size(c), i = (size_t)snapshot->skips++;
            for (; i > 0 && snapshot->skip_from[i - 1] > from; i--) {  /* insertion sort by offset */
                snapshot->skip_from[i] = snapshot->skip_from[i - 1];
                snapshot->skip_to[i] = snapshot->skip_to[i - 1];
            }
            snapshot->skip_from[i] = from;
            snapshot->skip_to[i] = to;
        }
    }
}

/* Copies the snapshot's part of the region from `src` to `dst` (each laid out as the region is), skipping its ranges. */
static void copy_region(unsigned char *dst, const unsigned char *src, const rlua_Snapshot *snapshot) {
    size_t at = 0;
    for (int i = 0; i < snapshot->skips; i++) {
        memcpy(dst + at, src + at, snapshot->skip_from[i] - at);
        at = snapshot->skip_to[i];
    }
    memcpy(dst + at, src + at, snapshot->bytes - at);
}

rlua_Snapshot *rlua_snapshot(lua_State *L) {
    rlua_Limits *lim = rlua_limits(L);
    if (lim->arena == NULL || lim->call_depth != 0) return NULL;
    size_t bytes = lim->arena->top;
    rlua_Snapshot *snapshot = pool_take(bytes);
    if (snapshot == NULL) {
        /* Room for the heap to grow before the buffer must, rounded up so buffers fit other scenarios' heaps when
           they come back from the pool (pages past the bytes copied are never touched, so they cost no memory). */
        size_t capacity = (bytes + bytes / 4 + ((size_t)64 << 10) - 1) & ~(((size_t)64 << 10) - 1);
        snapshot = malloc(sizeof(rlua_Snapshot) + capacity);
        if (snapshot == NULL) return NULL;
        snapshot->capacity = capacity;
    }
    snapshot->next = NULL;
    snapshot->arena = lim->arena;
    snapshot->used = lim->used;
    snapshot->bytes = bytes;
    find_skips(lim->arena, snapshot);
    copy_region(snapshot->data, (const unsigned char *)lim->arena, snapshot);
    return snapshot;
}

int rlua_restore(lua_State *L, const rlua_Snapshot *snapshot) {
    rlua_Limits *lim = rlua_limits(L);
    if (snapshot == NULL || lim->arena == NULL || snapshot->arena != lim->arena || lim->call_depth != 0) return 0;
    size_t reserved = lim->arena->reserved;
    copy_region((unsigned char *)lim->arena, snapshot->data, snapshot);
    lim->arena->reserved = reserved;
    lim->used = snapshot->used;
    lim->frees++; /* every address may hold something else now */
    lim->last_refused = 0;
    atomic_store(&lim->trip, RLUA_TRIP_NONE);
    atomic_store(&lim->current, lim->main);
    return 1;
}

size_t rlua_snapshot_size(const rlua_Snapshot *snapshot) { return snapshot ? snapshot->bytes : 0; }

size_t rlua_snapshot_skipped(const rlua_Snapshot *snapshot) {
    size_t skipped = 0;
    for (int i = 0; snapshot && i < snapshot->skips; i++) skipped += snapshot->skip_to[i] - snapshot->skip_from[i];
    return skipped;
}

int rlua_snapshot_same_allocations(const rlua_Snapshot *a, const rlua_Snapshot *b) {
    if (a == NULL || b == NULL) return a == b;
    const rlua_Arena *x = (const rlua_Arena *)a->data, *y = (const rlua_Arena *)b->data;
    return a->bytes == b->bytes && a->used == b->used && x->top == y->top &&
           memcmp(x->free_list, y->free_list, sizeof x->free_list) == 0;
}

void rlua_snapshot_free(rlua_Snapshot *snapshot) {
    if (snapshot == NULL) return;
    pthread_mutex_lock(&pool_lock);
    if (pool_bytes + snapshot->capacity <= POOL_MAX) {
        snapshot->next = pool;
        pool = snapshot;
        pool_bytes += snapshot->capacity;
        snapshot = NULL;
    }
    pthread_mutex_unlock(&pool_lock);
    free(snapshot);
}
