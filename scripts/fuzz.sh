#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets with clang in build-fuzz/ (everything compiled with
# -fsanitize=fuzzer-no-link,address,undefined, the targets linked with -fsanitize=fuzzer,address,undefined;
# see cmake/MenteOptions.cmake) and runs each, one after the other, for SECONDS (default 60) on a
# working copy of its seed corpus (build-fuzz/corpus/<target>, kept between runs).
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]      fuzz (all targets when none is named)
#   scripts/fuzz.sh --merge [TARGET...]        add what the working corpus found that the seeds do not
#                                              cover to tests/fuzz/<dir>/corpus (libFuzzer -merge=1)
#
# A UBSan report stops the run like an ASan one (halt_on_error). FUZZ_LEAKS=0 turns LeakSanitizer off
# (libFuzzer runs it after every input whose mallocs and frees differ, and Qt's lazily filled caches
# make that most inputs: box.conf and /proc/net run 20 times slower with it); ASan and UBSan stay on. Crashes land in
# build-fuzz/crashes/<target>/; each run's log (with -print_final_stats=1) in build-fuzz/logs/, and one
# line per target (executions, seconds, corpus files before and after, crashes) goes to
# build-fuzz/logs/summary.tsv. The fuzzers run under nice (FUZZ_NICE, default 10).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build="$top/build-fuzz"
mode=fuzz
if [ "${1:-}" = "--merge" ]; then
    mode=merge
    shift
    seconds=0
else
    seconds="${1:-60}"
    shift || true
fi
nice_level="${FUZZ_NICE:-10}"
leaks="${FUZZ_LEAKS:-1}"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:abort_on_error=1:print_stacktrace=1}"

if [ ! -f "$build/build.ninja" ]; then
    CC=clang CXX=clang++ cmake -S "$top" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DMENTE_FUZZ=ON -DMENTE_BUILD_CONSOLE=OFF
fi
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    mapfile -t targets < <(cd "$build" && ninja -t targets all | sed -n 's/^\(fuzz_[a-z_]*\): .*/\1/p' \
        | grep -v '_autogen' | sort -u)
fi
nice -n "$nice_level" cmake --build "$build" --target "${targets[@]}"

mkdir -p "$build/logs"
summary="$build/logs/summary.tsv"
[ -f "$summary" ] || printf 'target\tseconds\texecutions\texec_per_s\tcorpus_before\tcorpus_after\tcrashes\tload\n' >"$summary"
status=0
for t in "${targets[@]}"; do
    bin=$(find "$build/tests/fuzz" -type f -name "$t" -perm -u+x | head -n1)
    # The seeds are in the target's own folder: tests/fuzz/<folder>/corpus.
    folder=$(basename "$(dirname "$bin")")
    src_corpus="$top/tests/fuzz/$folder/corpus"
    work="$build/corpus/$t"
    mkdir -p "$work" "$build/crashes/$t"
    if [ "$mode" = merge ]; then
        echo "== $t: merging $work into $src_corpus"
        nice -n "$nice_level" "$bin" -merge=1 -max_len=65536 -timeout=10 "$src_corpus" "$work"
        continue
    fi
    [ -d "$src_corpus" ] && cp -n "$src_corpus"/* "$work"/ 2>/dev/null || true
    before=$(find "$work" -type f | wc -l)
    log="$build/logs/$t.log"
    echo "== $t for ${seconds}s (log: $log)"
    start=$(date +%s)
    rc=0
    nice -n "$nice_level" "$bin" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -detect_leaks="$leaks" -print_final_stats=1 -artifact_prefix="$build/crashes/$t/" "$work" >"$log" 2>&1 || rc=$?
    took=$(($(date +%s) - start))
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n1)
    after=$(find "$work" -type f | wc -l)
    crashes=$(find "$build/crashes/$t" -type f | wc -l)
    rate=$([ "$took" -gt 0 ] && echo $((${runs:-0} / took)) || echo 0)
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$t" "$took" "${runs:-0}" "$rate" "$before" "$after" "$crashes" \
        "$(cut -d' ' -f1-3 /proc/loadavg)" >>"$summary"
    echo "   $t: ${runs:-0} executions in ${took}s, corpus $before -> $after, crashes $crashes (exit $rc)"
    [ "$rc" -eq 0 ] || { status=1; tail -n 40 "$log"; }
done
exit "$status"
