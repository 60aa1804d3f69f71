#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs scripts/demo.sh as a newcomer would, on a virtual X display with a tray (trayer): waits
# until the console, logged in by the demo, notifies the first fault of the lab's flapping
# web service and its recovery, saves screenshots, checks the fault and recovery mails arrived,
# then stops the demo with SIGTERM (what Ctrl+C or a closed terminal sends; a background job
# cannot get SIGINT) and checks that nothing it started is left.
#   demo-test.sh TOP BUILD GRAB OUTDIR        (inside xvfb-run)
set -u
top=$1 build=$2 grab=$3 out=$4
demo=$(mktemp -d)
fail() { echo "demo-test: $*" >&2; tail -n 30 "$demo/box.log" "$demo/console.log" "$demo/demo.out" 2>/dev/null >&2; exit 1; }
mkdir -p "$out"

trayer --edge bottom --align right --widthtype pixel --width 120 --height 28 >/dev/null 2>&1 &
tray=$!
sleep 0.5

MENTE_DEMO_DIR="$demo/site" MENTE_BUILD_DIR="$build" MENTE_DEMO_NO_BUILD=1 \
MENTE_DEMO_FLAP_AFTER_S=8 MENTE_DEMO_FLAP_DOWN_S=25 MENTE_DEMO_FLAP_EVERY_S=600 \
QT_QPA_PLATFORM=xcb QT_LOGGING_RULES="mente.console.tray.info=true;mente.console.enrol.info=true" \
    "$top/scripts/demo.sh" >"$demo/demo.out" 2>&1 &
runner=$!
cleanup() {
    kill "$runner" 2>/dev/null; wait "$runner" 2>/dev/null
    kill "$tray" 2>/dev/null; wait "$tray" 2>/dev/null
    rm -rf "$demo"
}
trap cleanup EXIT
site="$demo/site"

wait_line() { # pattern file seconds
    for _ in $(seq 1 $(( $3 * 2 ))); do
        grep -q -- "$1" "$2" 2>/dev/null && return 0
        kill -0 "$runner" 2>/dev/null || return 1
        sleep 0.5
    done
    return 1
}

wait_line 'Demo operator: demo / ' "$demo/demo.out" 120 || fail "the demo did not get ready"
box_pid=$(pgrep -P "$runner" -x mente-box | head -n 1)
[ -n "$box_pid" ] || fail "no box process under the demo"
lab_ns="mscan-$runner"
ip netns list | grep -qw "$lab_ns" || fail "the lab namespace $lab_ns is missing"
grep -q '^cidrs=10\.77\.[0-9]*\.0/29$' "$site/box.conf" || fail "the box sweeps more than the lab: $(grep cidrs "$site/box.conf")"
wait_line 'box 1 added' "$site/console.log" 30 || fail "the console did not add the demo box by itself"
count_mails() { # mails whose subject has this word
    /usr/bin/python3 -c 'import email, email.header, glob, sys
n = 0
for path in glob.glob(sys.argv[1] + "/*.eml"):
    subject = str(email.header.make_header(email.header.decode_header(email.message_from_binary_file(open(path, "rb"))["Subject"] or "")))
    n += sys.argv[2] in subject
print(n)' "$site/mail" "$1"
}
wait_line 'tray: fault box 1 port' "$site/console.log" 90 || fail "the console showed no fault"
sleep 1
"$grab" "$out/demo-fault.png" || fail "no screenshot"
wait_line 'tray: recovery box 1 port' "$site/console.log" 90 || fail "the console showed no recovery"
sleep 1
"$grab" "$out/demo-recovered.png" || fail "no screenshot"
# The fault and the recovery are mailed (in Japanese) to the customer and the demo operator.
for _ in $(seq 1 60); do [ "$(count_mails 復旧時の通知)" -ge 2 ] && break; sleep 0.5; done
faults=$(count_mails 障害発生時の通知) recoveries=$(count_mails 復旧時の通知)
[ "$faults" -ge 2 ] && [ "$recoveries" -ge 2 ] || fail "$faults fault and $recoveries recovery mails arrived, 2 each expected"
echo "demo-test: fault and recovery seen in the console; $faults fault and $recoveries recovery mails in the sink"

# The demo's cleanup stops what it started, by PID.
kill -TERM "$runner"
for _ in $(seq 1 40); do kill -0 "$runner" 2>/dev/null || break; sleep 0.25; done
kill -0 "$runner" 2>/dev/null && fail "the demo did not stop on SIGTERM"
kill -0 "$box_pid" 2>/dev/null && fail "the box ($box_pid) outlived the demo"
ip netns list | grep -qw "$lab_ns" && fail "the lab namespace outlived the demo"
echo "demo-test: everything stopped"
exit 0
