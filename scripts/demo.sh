#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds Mente and runs a live demo site on this machine:
# - a lab of real servers: as root in a network namespace (tests/integration/scan/scan-lab.sh:
#   OpenSSH, nginx HTTP and HTTPS, telnetd, TigerVNC, xrdp), else listeners on 127.0.0.2;
# - a box that sweeps only that lab's subnet, scans the lab server and monitors it;
# - a web service on the lab server that stops and comes back on a timer (fault, recovery, mails);
# - an SMTP sink (aiosmtpd) that keeps every mail the box sends, one file each;
# - the console, logged in already as the demo operator (password in the keychain).
# Ctrl+C, or closing the console, stops everything the demo started. Nothing it starts talks to
# anything but loopback and its own namespace.
#
# Environment: MENTE_DEMO_DIR (default demo/, wiped at each start), MENTE_DEMO_FLAP_AFTER_S (45),
# MENTE_DEMO_FLAP_DOWN_S (30), MENTE_DEMO_FLAP_EVERY_S (120), MENTE_DEMO_NO_CONSOLE=1 (box only).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build="${MENTE_BUILD_DIR:-$top/build}"
demo="${MENTE_DEMO_DIR:-$top/demo}"
flap_after=${MENTE_DEMO_FLAP_AFTER_S:-45}
flap_down=${MENTE_DEMO_FLAP_DOWN_S:-30}
flap_every=${MENTE_DEMO_FLAP_EVERY_S:-120}
[ -n "${MENTE_DEMO_NO_BUILD:-}" ] || "$top/scripts/build.sh"

pids=()
lab_id=$$
lab_up=""
cleanup() {
    trap - EXIT INT TERM
    for ((i = ${#pids[@]} - 1; i >= 0; i--)); do kill "${pids[i]}" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    if [ -n "$lab_up" ]; then "$top/tests/integration/scan/scan-lab.sh" down "$lab_id" "$demo/lab" >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The demo's folder is wiped at each start: refuse one that is not a demo's.
if [ -d "$demo" ] && [ -n "$(ls -A "$demo")" ] && [ ! -f "$demo/box.conf" ] && [ ! -d "$demo/box" ]; then
    echo "demo: $demo is not a demo folder; choose another MENTE_DEMO_DIR" >&2
    exit 2
fi
rm -rf "$demo"
mkdir -p "$demo/box" "$demo/mail" "$demo/www"
echo "Mente demo: a web service that stops now and then" > "$demo/www/index.html"

# The lab, and how to start the service that goes down.
if [ "$(id -u)" = 0 ] && ip netns list >/dev/null 2>&1; then
    echo "Building the lab network namespace (real sshd, nginx, telnetd, Xvnc, xrdp)…"
    "$top/tests/integration/scan/scan-lab.sh" up "$lab_id" "$demo/lab" >"$demo/lab.log" 2>&1 \
        || { cat "$demo/lab.log"; exit 1; }
    lab_up=1
    # shellcheck source=/dev/null
    . "$demo/lab/lab.env"
    cidrs=$LAB_SMALL_SUBNET
    server=$LAB_SERVER_IP
    ports="$LAB_SSH,$LAB_HTTP,$LAB_HTTPS,$LAB_TELNET,$LAB_VNC,$LAB_RDP,8082"
    lab_exec=(ip netns exec "$LAB_NS") # execs the server: $! is the server's own PID
else
    echo "Not root: the lab is a few listeners on 127.0.0.2 (run as root for a namespace with real servers)."
    server=127.0.0.2
    cidrs=$server/32
    ports="8081,8082"
    lab_exec=()
    mkdir -p "$demo/www-main"
    echo "Mente demo lab" > "$demo/www-main/index.html"
    /usr/bin/python3 -m http.server --bind "$server" --directory "$demo/www-main" 8081 >"$demo/http.log" 2>&1 &
    pids+=($!)
fi

start_flaky() {
    "${lab_exec[@]}" /usr/bin/python3 -m http.server --bind "$server" --directory "$demo/www" 8082 >>"$demo/flaky.log" 2>&1 &
    flaky=$!
}
start_flaky
pids+=("$flaky")

# The SMTP sink: every mail becomes demo/mail/NNNN.eml.
sink_out="$demo/smtp.out"
/usr/bin/python3 "$top/tests/integration/mail/smtp_sink.py" --port 0 --dir "$demo/mail" >"$sink_out" 2>"$demo/smtp.log" &
pids+=($!)
for _ in $(seq 1 100); do grep -q '^listening ' "$sink_out" 2>/dev/null && break; sleep 0.1; done
smtp_port=$(sed -n 's/^listening //p' "$sink_out")
[ -n "$smtp_port" ] || { cat "$demo/smtp.log"; echo "demo: the SMTP sink did not start" >&2; exit 1; }

conf="$demo/box.conf"
metrics_token=$(head -c 18 /dev/urandom | base64 | tr '+/' 'xy')
cat > "$conf" <<CONF
[box]
serial=DEMO00000001
[session]
ttl_min=720
[lan]
; only the demo's lab: the demo never sweeps this machine's own LAN
cidrs=$cidrs
[monitor]
interval_s=5
timeout_ms=1000
retries=2
; the demo does not ping this machine's gateway (on a real box leave it "auto")
gateway=none
[discovery]
at_start=false
interval_h=0
timeout_ms=500
[mail]
smtp_url=smtp://127.0.0.1:$smtp_port
from=mente-box@demo.example.jp
retry_min_s=5
[metrics]
token=$metrics_token
[tunnel]
; the SSH endpoint for the console's tunnels, on loopback for the demo (forwards only into the lab's LAN)
listen=127.0.0.1:0
[network]
; the demo neither renames this machine, nor announces itself on its LAN, nor adds the first-boot
; address to its network interface (on a real box leave the defaults)
hostname_cmd=
announce=off
fallback_address=off
CONF
chmod 600 "$conf"

out="$demo/box.out"
"$build/box-service/mente-box" --data-dir "$demo/box" --config "$conf" \
    --api-listen 127.0.0.1:0 --setup-listen 127.0.0.1:0 >"$out" 2>"$demo/box.log" &
box=$!
pids+=("$box")
for _ in $(seq 1 100); do
    grep -q '^tls-fingerprint ' "$out" 2>/dev/null && break
    kill -0 "$box" 2>/dev/null || { cat "$demo/box.log"; exit 1; }
    sleep 0.1
done
api=$(sed -n 's/^api-listen //p' "$out")
setup=$(sed -n 's/^setup-listen //p' "$out")
fp=$(sed -n 's/^tls-fingerprint //p' "$out")
ssh=$(sed -n 's/^ssh-listen //p' "$out")
[ -n "$fp" ] || { cat "$demo/box.log"; echo "demo: the box did not start" >&2; exit 1; }

secret() { printf 'Mente%s7' "$(head -c 9 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"; }
admin_password=$(secret)
demo_password=$(secret)
(umask 077 && printf 'admin %s\ndemo %s\nmetrics-token %s\n' "$admin_password" "$demo_password" "$metrics_token" \
    >"$demo/passwords")
echo "Preparing the box: operators, customer, LAN sweep of $cidrs, port scan of $server, monitoring…"
MENTE_DEMO_ADMIN_PASSWORD=$admin_password MENTE_DEMO_PASSWORD=$demo_password \
    /usr/bin/python3 "$top/scripts/demo-site.py" --api "$api" --fingerprint "$fp" --server "$server" --ports "$ports"

# The service that breaks: stops after flap_after s, comes back flap_down s later, every flap_every s.
(
    trap 'kill $flaky 2>/dev/null; exit 0' TERM
    sleep "$flap_after" & wait $!
    while true; do
        echo "$(date -u +%H:%M:%S) stopping the web service on $server:8082" >>"$demo/flaps.log"
        kill "$flaky" 2>/dev/null; wait "$flaky" 2>/dev/null || true
        sleep "$flap_down" & wait $!
        echo "$(date -u +%H:%M:%S) starting the web service on $server:8082 again" >>"$demo/flaps.log"
        start_flaky
        sleep "$((flap_every - flap_down))" & wait $!
    done
) &
flapper=$!
# The first copy of the service is the flapper's to stop from now on.
kept=()
for pid in "${pids[@]}"; do [ "$pid" = "$flaky" ] || kept+=("$pid"); done
pids=("${kept[@]}" "$flapper")

cat <<INFO

Mente demo site is running (everything in ${demo#"$top"/}/, box log in box.log).
  Box API:       $api/api/v1/health
  Setup page:    $setup/
  Certificate:   $fp
  SSH tunnels:   $ssh (user mente-tunnel; the console uploads its key)
  Lab LAN:       $cidrs (server $server: ports $ports)
  Demo operator: demo / $demo_password (the console is logged in with it; admin / $admin_password)
  Passwords:     ${demo#"$top"/}/passwords (readable by you only)
  Mails:         $demo/mail/ (one .eml file per mail; a fault and its recovery are mailed)
  Metrics:       curl --cacert ${demo#"$top"/}/box/cert.pem -H "Authorization: Bearer $metrics_token" ${api}/metrics
  Fault:         the web service on $server:8082 stops ${flap_after}s from now for ${flap_down}s, every ${flap_every}s

INFO
console="$build/console/mente-console"
if [ -z "${MENTE_DEMO_NO_CONSOLE:-}" ] && [ -x "$console" ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
    echo "Starting the console (closing it stops the demo)."
    # The demo's console keeps its boxes and passwords apart from a real console of this user.
    printf '[store]\npath=%s\n' "$demo/console.sqlite" >"$demo/console.ini"
    MENTE_CONSOLE_PASSWORD=$demo_password "$console" --settings "$demo/console.ini" --keychain-service mente-console-demo \
        --enrol "$api" --login demo --fingerprint "$fp" 2>"$demo/console.log" &
    console_pid=$!
    pids+=("$console_pid")
    wait "$console_pid" || true
else
    echo "Press Ctrl+C to stop the demo."
    wait "$box"
fi
