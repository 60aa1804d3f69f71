#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The Windows build in miniature, on Linux: configure with -DMENTE_BUILD_BOX=OFF (Windows has no
# box), check that the box's targets are gone and the console's tests are there, then build the
# console. (pkg-config cannot be hidden here: Debian's own Qt needs it for XKB; portability.sh
# checks that our CMake code outside box-service/ never uses it.) The build
# tree sits next to the main one, at the same depth, so ccache (CCACHE_BASEDIR) finds the main
# build's objects: a rerun compiles nothing new.
# Usage: console-only.sh SOURCE_DIR BUILD_DIR VERSION
set -euo pipefail
src=$1
dir=$2
version=$3
fail() {
    echo "FAIL: $*" >&2
    exit 1
}
export CCACHE_BASEDIR="$src" CCACHE_NOHASHDIR=1
mkdir -p "$dir"
start=$SECONDS
cmake -S "$src" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMENTE_WERROR=ON \
    -DMENTE_BUILD_BOX=OFF -DMENTE_BUILD_TESTS=ON \
    >"$dir/console-only-configure.log" 2>&1 || { cat "$dir/console-only-configure.log"; fail "configure without the box failed"; }
echo "configured in $((SECONDS - start)) s"
targets=$(cmake --build "$dir" --target help)
grep -qE '^(mente-box|mente_box_core):' <<<"$targets" && fail "the box is configured though MENTE_BUILD_BOX=OFF"
grep -q '^unit_console:' <<<"$targets" || fail "the console's unit tests are not configured without the box"
cmake --build "$dir" --target mente-console >"$dir/console-only-build.log" 2>&1 ||
    { tail -50 "$dir/console-only-build.log"; fail "the console does not build without the box"; }
echo "built in $((SECONDS - start)) s"
[ "$("$dir/console/mente-console" --version)" = "mente-console $version" ] || fail "mente-console --version"
echo "PASS: console built with -DMENTE_BUILD_BOX=OFF; --version $version"
