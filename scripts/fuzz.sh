#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang (coverage + ASan/UBSan) in build-fuzz/ and runs each for
# SECONDS (default 60) on a copy of its seed corpus. Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build="$top/build-fuzz"
seconds="${1:-60}"; shift || true
if [ ! -f "$build/build.ninja" ]; then
    CC=clang CXX=clang++ cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DMENTE_FUZZ=ON -DMENTE_BUILD_CONSOLE=OFF
fi
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    mapfile -t targets < <(cd "$build" && ninja -t targets all | sed -n 's/^\(fuzz_[a-z_]*\): .*/\1/p' | sort -u)
fi
cmake --build "$build" --target "${targets[@]}"
for t in "${targets[@]}"; do
    bin=$(find "$build/tests/fuzz" -type f -name "$t" -perm -u+x | head -n1)
    src_corpus="$top/tests/fuzz/${t#fuzz_}/corpus"
    work="$build/corpus/$t"
    mkdir -p "$work"
    [ -d "$src_corpus" ] && cp -n "$src_corpus"/* "$work"/ 2>/dev/null || true
    echo "== $t for ${seconds}s"
    "$bin" -max_total_time="$seconds" -max_len=65536 -timeout=10 "$work"
done
