#include "CLuaShim.h"
#include <stdlib.h>
#include <string.h>

typedef struct {
    unsigned char *data;
    size_t len, cap;
} Buffer;

static int buffer_writer(lua_State *L, const void *p, size_t size, void *ud) {
    (void)L;
    Buffer *b = (Buffer *)ud;
    if (b->len + size > b->cap) {
        size_t cap = b->cap ? b->cap : 4096;
        while (cap < b->len + size) cap *= 2;
        unsigned char *grown = realloc(b->data, cap);
        if (grown == NULL) return 1;
        b->data = grown;
        b->cap = cap;
    }
    memcpy(b->data + b->len, p, size);
    b->len += size;
    return 0;
}

int rlua_dump(lua_State *L, int strip, unsigned char **out, size_t *len) {
    Buffer b = {NULL, 0, 0};
    int status = lua_dump(L, buffer_writer, &b, strip);
    if (status != 0) {
        free(b.data);
        return status;
    }
    *out = b.data;
    *len = b.len;
    return 0;
}

int rlua_load_binary(lua_State *L, const unsigned char *data, size_t len, const char *chunkname) {
    return luaL_loadbufferx(L, (const char *)data, len, chunkname, "b");
}
