#ifndef RAPPORT_CLUASHIM_H
#define RAPPORT_CLUASHIM_H
#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>
#endif
