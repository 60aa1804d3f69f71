#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Mente and runs a demo on this machine: a box on loopback with its data in demo/box,
# and (when it is built and a display exists) the console connected to it.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build="${MENTE_BUILD_DIR:-$top/build}"
"$top/scripts/build.sh"
data="$top/demo/box"
mkdir -p "$data"
conf="$top/demo/box.conf"
[ -f "$conf" ] || cat > "$conf" <<'CONF'
[session]
ttl_min=720
[monitor]
interval_s=10
; the demo does not ping this machine's gateway (on a real box leave it "auto")
gateway=none
[discovery]
; the demo box does not sweep this machine's LAN on its own; POST /api/v1/discovery starts one
at_start=false
interval_h=0
[network]
; the demo neither renames this machine, nor announces itself on its LAN, nor adds the first-boot
; address to its network interface (on a real box leave the defaults)
hostname_cmd=
announce=off
fallback_address=off
CONF
out="$top/demo/box.out"
"$build/box-service/mente-box" --data-dir "$data" --config "$conf" \
    --api-listen 127.0.0.1:8443 --setup-listen 127.0.0.1:8080 >"$out" 2>"$top/demo/box.log" &
box=$!
trap 'kill $box 2>/dev/null; wait $box 2>/dev/null' EXIT INT TERM
for _ in $(seq 1 100); do
    grep -q '^tls-fingerprint ' "$out" 2>/dev/null && break
    kill -0 $box 2>/dev/null || { cat "$top/demo/box.log"; exit 1; }
    sleep 0.1
done
api=$(sed -n 's/^api-listen //p' "$out")
setup=$(sed -n 's/^setup-listen //p' "$out")
fp=$(sed -n 's/^tls-fingerprint //p' "$out")
cat <<INFO

Mente demo box is running (data in demo/box, log in demo/box.log).
  API:         $api/api/v1/health
  Setup page:  $setup/
  Certificate: $fp
  First login: admin / admin (you must choose a new password at once)
  Try:         curl -sk $api/api/v1/health

INFO
console="$build/console/mente-console"
if [ -x "$console" ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
    echo "Starting the console: add the box (its address is filled in), compare the fingerprint with the"
    echo "one above, log in as admin / admin and choose a new password. Closing the console stops the demo."
    marker="$top/demo/console-added"
    if [ -f "$marker" ]; then
        "$console" --settings "$top/demo/console.ini" || true
    else
        touch "$marker"
        "$console" --settings "$top/demo/console.ini" --add-box "$api" || true
    fi
else
    echo "Press Ctrl+C to stop the box."
    wait $box
fi
