#!/bin/sh
# Builds and runs the rlua_pattern conformance suite (differential against Lua 5.4, stop tests, speed).
# Usage: Tests/PatternConformance/run.sh [number-of-generated-cases]
# Exits non-zero on any failure; the last line is "N passed, M failed".
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/pattern-conformance.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
CC=${CC:-cc}
# shellcheck disable=SC2046
"$CC" -std=c11 -O2 -Wall -Wextra -Werror -pthread \
    -I "$root/Sources/CLuaShim/include" \
    "$here/conformance.c" "$root/Sources/CLuaShim/rlua_pattern.c" \
    -o "$tmp/conformance" $(pkg-config --cflags --libs lua5.4)
"$tmp/conformance" "$here" "${1:-4000}"
