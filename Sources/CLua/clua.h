#ifndef RAPPORT_CLUA_H
#define RAPPORT_CLUA_H
#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>
#endif
