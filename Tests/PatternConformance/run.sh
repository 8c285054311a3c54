#!/bin/sh
# Builds and runs the rlua_pattern conformance suite (differential against Lua 5.4, stop tests, speed).
# Usage: Tests/PatternConformance/run.sh [number-of-generated-cases]
#   SANITIZE=1  build with AddressSanitizer + UndefinedBehaviorSanitizer (skips the speed part)
# Exits non-zero on any failure; the last line is "N passed, M failed".
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/pattern-conformance.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
CC=${CC:-cc}
opt="-O2"
if [ "${SANITIZE:-0}" = 1 ]; then
    opt="-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined"
    export PATTERN_SKIP_BENCH=1 ASAN_OPTIONS=detect_leaks=0
fi
# shellcheck disable=SC2046,SC2086
"$CC" -std=c11 $opt -Wall -Wextra -Werror -pthread \
    -I "$root/Sources/CLuaShim/include" \
    "$here/conformance.c" "$root"/Sources/CLuaShim/rlua_pattern*.c \
    -o "$tmp/conformance" $(pkg-config --cflags --libs lua5.4)
"$tmp/conformance" "$here" "${1:-4000}"
