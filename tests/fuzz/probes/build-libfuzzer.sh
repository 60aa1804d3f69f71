#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds fuzz_probes with clang and libFuzzer in build-fuzz/ (next to a g++ build) and fuzzes for
# the given number of seconds (default 60), starting from the seed corpus.
set -e
top=$(cd "$(dirname "$0")/../../.." && pwd)
seconds=${1:-60}
cmake -S "$top" -B "$top/build-fuzz" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DMENTE_BUILD_CONSOLE=OFF >/dev/null
ninja -C "$top/build-fuzz" -j2 fuzz_probes
mkdir -p "$top/build-fuzz/probes-corpus"
"$top/build-fuzz/tests/fuzz/probes/fuzz_probes" -max_total_time="$seconds" -max_len=4096 \
    "$top/build-fuzz/probes-corpus" "$top/tests/fuzz/probes/corpus"
