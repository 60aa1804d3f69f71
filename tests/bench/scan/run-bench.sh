#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The port-scan benchmark (docs/PERFORMANCE.md, "Port scan"): builds the lab of real servers in a
# network namespace (tests/integration/scan/scan-lab.sh), then times the box's scan engine
# (scan_bench) and nmap on the same targets, in the same run, and prints the ratios.
#   tests/bench/scan/run-bench.sh [BUILD_DIR] [ROUNDS]      (root; nmap installed)
set -u
top=$(cd "$(dirname "$0")/../../.." && pwd)
build=${1:-$top/build}
rounds=${2:-3}
bench="$build/tests/bench/scan/scan_bench"
lab="$top/tests/integration/scan/scan-lab.sh"
[ -x "$bench" ] || { echo "build scan_bench first: ninja -C $build scan_bench" >&2; exit 2; }
command -v nmap >/dev/null || { echo "nmap is needed" >&2; exit 2; }

dir=$(mktemp -d)
id=$$
trap '"$lab" down $id "$dir" >/dev/null 2>&1; rm -rf "$dir"' EXIT
"$lab" up $id "$dir" || exit 1
. "$dir/lab.env"
services="$LAB_SSH,$LAB_HTTP,$LAB_HTTPS,$LAB_TELNET,$LAB_VNC,$LAB_RDP"
expected="$LAB_SSH:SSH $LAB_HTTP:HTTP $LAB_HTTPS:HTTPS $LAB_TELNET:TELNET $LAB_VNC:VNC $LAB_RDP:RDP"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_cmd() { local t0; t0=$(now_ms); "$@" >"$dir/last.out" 2>"$dir/last.err"; echo $(( $(now_ms) - t0 )); }
identified() { # scan_bench JSON → "port:PROTOCOL ..." sorted
    python3 -c 'import json,sys; d=json.load(sys.stdin); print(" ".join(str(p["port"]) + ":" + p["protocol"] for p in sorted(d["open"], key=lambda p: p["port"])))' <"$dir/last.out"
}
sorted_expected=$(tr ' ' '\n' <<<"$expected" | sort -n | tr '\n' ' ' | sed 's/ $//')

run_case() { # name rounds command... → median ms; checks identification when asked
    local name=$1; shift
    for _ in $(seq 1 "$rounds"); do time_cmd "$@"; done | median
}

echo "lab: $LAB_SERVER_IP (sshd, nginx http/https, telnetd, Xvnc, xrdp), dropping host $LAB_DROP_IP; $rounds rounds, medians"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

fail=0
check_ids() {
    local got; got=$(identified)
    if [ "$got" != "$sorted_expected" ]; then echo "  WRONG identification: $got (want $sorted_expected)"; fail=1; fi
}

# 1. All ports, with identification, vs nmap -sT -p-
nmap_all=$(run_case nmap-all nmap -sT -p- -n -Pn -T4 "$LAB_SERVER_IP")
box_all=$(run_case box-all "$bench" "$LAB_SERVER_IP" 1-65535); check_ids
box_all_connect=$(run_case box-all-connect "$bench" "$LAB_SERVER_IP" 1-65535 --connect); check_ids
# 2. 1,000 ports of the dropping host
# nmap needs minutes here (and for -sV below): one round of it is enough for a reference.
nmap_drop=$(rounds=1 run_case nmap-drop nmap -sT -p1-1000 -n -Pn -T4 "$LAB_DROP_IP")
box_drop=$(run_case box-drop "$bench" "$LAB_DROP_IP" 1-1000)
# 3. Identification of the real servers vs nmap -sT -sV
nmap_sv=$(rounds=1 run_case nmap-sv nmap -sT -sV -p "$services" -n -Pn -T4 "$LAB_SERVER_IP")
nmap_sv_out=$(grep -E '^[0-9]+/tcp' "$dir/last.out" | awk '{print $1":"$3}' | tr '\n' ' ')
box_id=$(run_case box-id "$bench" "$LAB_SERVER_IP" "$services"); check_ids

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
verdict() { awk -v v="$1" -v t="$2" 'BEGIN { print (v <= t) ? "ok" : "MISSED" }'; }
r_all=$(ratio "$box_all" "$nmap_all"); r_id=$(ratio "$box_id" "$nmap_sv")
printf '%-58s %8s %8s %6s %s\n' "case" "box ms" "nmap ms" "ratio" "target"
printf '%-58s %8d %8d %6s %s\n' "all 65,535 ports + identification vs nmap -sT -p-" "$box_all" "$nmap_all" "$r_all" "<= 0.50 $(verdict "$r_all" 0.5)"
printf '%-58s %8d %8d %6s %s\n' "  same with [scan] method=connect (no raw socket)" "$box_all_connect" "$nmap_all" "$(ratio "$box_all_connect" "$nmap_all")" "(for reference)"
printf '%-58s %8d %8d %6s %s\n' "1,000 ports of the dropping host (nmap -sT for reference)" "$box_drop" "$nmap_drop" "$(ratio "$box_drop" "$nmap_drop")" "<= 3000 ms $(verdict "$box_drop" 3000)"
printf '%-58s %8d %8d %6s %s\n' "identify the 6 real servers vs nmap -sT -sV" "$box_id" "$nmap_sv" "$r_id" "<= 0.50 $(verdict "$r_id" 0.5)"
echo "box identified: $(identified)"
echo "nmap -sV said:  $nmap_sv_out"
exit $fail
