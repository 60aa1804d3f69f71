#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs inside fresh network, mount and UTS namespaces (unshare: only loopback and the lab's veth,
# so listening on 0.0.0.0 stays private): starts the installed mente-box as USER with exactly the
# unit's capabilities (and its Environment=), in a root that imitates the unit's file-system
# fences (ProtectSystem=strict with its ReadWritePaths, PrivateTmp, ProtectHome), checks the
# process's credentials, then uses the box over HTTPS and
# HTTP: /health (version), login and password change, a SYN scan of a 10.x address on loopback,
# raw ICMP, the setup page on port 80 (CAP_NET_BIND_SERVICE), and seed §5 on a LAN without DHCP
# (first-boot-lab.sh): the first-boot address through systemd-networkd, the page on it, a static
# address through the page rolled back, then confirmed.
# Usage: box-under-unit.sh USER AMBIENT BOUNDING CONFIG VERSION RUNDIR CONFIRM_S
set -euo pipefail
# shellcheck disable=SC2034 # confirm_s: read by first-boot-lab.sh
user=$1 ambient=$2 bounding=$3 config=$4 version=$5 run=$6 confirm_s=$7
unit_env=$(sed -n 's/^Environment=//p' /lib/systemd/system/mente-box.service | paste -sd' ')
fail() {
    echo "FAIL: $*" >&2
    [ -f "$run/box.log" ] && sed 's/^/  box: /' "$run/box.log" >&2
    exit 1
}
ok() { echo "  ok: $*"; }
# shellcheck source=first-boot-lab.sh
. "$(dirname "${BASH_SOURCE[0]}")/first-boot-lab.sh"
# json EXPR < DOCUMENT: prints the Python expression EXPR (written in this script) over d.
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1]))" "$1"; }

# Loopback, plus a 10.x address on it: the SYN scanner refuses 127.0.0.0/8 targets.
lan=10.77.0.1
ip link set lo up
ip addr add "$lan/32" dev lo
trap lab_stop EXIT
lan_lab_up "$run"
# The unit's file system, as far as mounts can show it without systemd: everything read-only but
# the state directory and /etc/mente-box, a private /tmp, no /home or /root. (Mounts below / that
# the machine has of its own, e.g. a container's /etc/hosts, stay as they are.)
root="$run/root"
mkdir -p "$root"
mount --rbind / "$root"
mount -o remount,bind,ro "$root"
for rw in /var/lib/mente-box /etc/mente-box; do
    mount --bind "$rw" "$root$rw"
done
for empty in /tmp /var/tmp /home /root; do
    [ -d "$root$empty" ] && mount -t tmpfs -o mode=1777,size=16m tmpfs "$root$empty"
done
touch "$root/usr/mente-write-probe" 2>/dev/null && fail "the box's root is writable outside its ReadWritePaths"
ok "the box's root: read-only but /var/lib/mente-box and /etc/mente-box; private /tmp; no /home"

box_pid=""
# On any exit the box, then the lab, stop (by PID; a failing kill or wait must not skip the rest).
box_stop() {
    if [ -n "$box_pid" ]; then
        kill "$box_pid" 2>/dev/null || true
        wait "$box_pid" 2>/dev/null || true
    fi
}
trap 'box_stop; lab_stop' EXIT
# shellcheck disable=SC2086 # $unit_env: one word per VAR=value
chroot "$root" setpriv --reuid="$user" --regid="$user" --init-groups \
    --inh-caps="$ambient" --ambient-caps="$ambient" --bounding-set="-all,$bounding" --no-new-privs \
    env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 $unit_env \
    /usr/bin/mente-box --data-dir /var/lib/mente-box --config "$config" \
    --api-listen 0.0.0.0:8443 --setup-listen 0.0.0.0:80 >"$run/box.log" 2>&1 &
box_pid=$!
for _ in $(seq 1 100); do
    grep -qs '^tls-fingerprint' "$run/box.log" && break
    kill -0 "$box_pid" 2>/dev/null || fail "the box exited"
    sleep 0.2
done
grep -q '^setup-listen http://0.0.0.0:80' "$run/box.log" || fail "the box did not come up on ports 8443 and 80"
ok "listening: $(grep -E '^(api|setup)-listen' "$run/box.log" | paste -sd' ')"

status=/proc/$box_pid/status
uid=$(id -u "$user")
grep -q "^Uid:[[:space:]]*$uid[[:space:]]" "$status" || fail "the box does not run as $user"
want=0000000000002400 # CAP_NET_BIND_SERVICE (10) and CAP_NET_RAW (13)
for field in CapEff CapPrm CapBnd CapAmb; do
    got=$(sed -n "s/^$field:[[:space:]]*//p" "$status")
    [ "$got" = "$want" ] || fail "$field is $got, want $want"
done
grep -q '^NoNewPrivs:[[:space:]]*1' "$status" || fail "NoNewPrivs is not set"
ok "uid $uid ($user), CapEff=CapBnd=CapAmb=$want, NoNewPrivs"

api=https://127.0.0.1:8443/api/v1
health=$(curl -sk --max-time 10 "$api/health") || fail "GET /health"
[ "$(json 'd["status"]' <<<"$health")" = ok ] || fail "health: $health"
[ "$(json 'd["version"]' <<<"$health")" = "$version" ] || fail "/health version is not $version: $health"
ok "GET /health: $health"

code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 http://127.0.0.1:80/) || true
case "$code" in 2?? | 3?? | 401) ok "setup page on port 80 answers $code" ;; *) fail "setup page on port 80: HTTP $code" ;; esac

post() { curl -sk --max-time 10 -H 'content-type: application/json' -H "authorization: Bearer ${token:-}" -d "$2" "$api$1"; }
token=$(post /session '{"login":"admin","password":"admin"}' | json 'd["token"]') || fail "login as admin"
new='Pkg-Test-9f3e!kR2'
code=$(curl -sk -o /dev/null -w '%{http_code}' --max-time 10 -H 'content-type: application/json' \
    -H "authorization: Bearer $token" -d "{\"current\":\"admin\",\"new\":\"$new\"}" "$api/session/password")
[ "$code" = 204 ] || fail "password change: HTTP $code"
token=$(post /session "{\"login\":\"admin\",\"password\":\"$new\"}" | json 'd["token"]') || fail "login again"
ok "login, password change, login"

device=$(post /devices "{\"ip\":\"$lan\"}")
id=$(json 'd["id"]' <<<"$device") || fail "POST /devices: $device"
scan=$(post "/devices/$id/scan" '{"ports":"75-85,8443"}')
scan_id=$(json 'd["scanId"]' <<<"$scan") || fail "POST /devices/$id/scan: $scan"
result=""
for _ in $(seq 1 150); do
    result=$(curl -sk --max-time 10 -H "authorization: Bearer $token" "$api/scans/$scan_id")
    state=$(json 'd["state"]' <<<"$result")
    [ "$state" = running ] || break
    sleep 0.2
done
[ "$(json 'd["state"]' <<<"$result")" = done ] || fail "scan: $result"
[ "$(json 'd.get("method")' <<<"$result")" = syn ] || fail "the scan was not a SYN scan: $result"
ports=$(json '",".join(str(p["port"]) for p in d["openPorts"])' <<<"$result")
[ "$ports" = "80,8443" ] || fail "the SYN scan found ports '$ports', want 80,8443: $result"
ok "SYN scan of $lan (raw socket): open $ports"

grep -q 'alive checks by.*raw' "$run/box.log" || fail "no raw ICMP socket"
ok "alive checks by raw ICMP"

# The SSH tunnel endpoint ([tunnel] listen, 0.0.0.0:2222 by default; a box that has one prints
# "ssh-listen ADDR:PORT" at start): it answers with an SSH banner under the unit's privileges too.
ssh_listen=$(sed -n 's/^ssh-listen //p' "$run/box.log")
if [ -n "$ssh_listen" ] && [ "$ssh_listen" != off ]; then
    exec 3<>"/dev/tcp/$lan/${ssh_listen##*:}" || fail "cannot connect to the SSH tunnel endpoint $ssh_listen"
    IFS= read -r -t 10 banner <&3 || true
    exec 3<&-
    [[ "$banner" == SSH-2.0-* ]] || fail "the SSH tunnel endpoint $ssh_listen sent '$banner'"
    ok "SSH tunnel endpoint on $ssh_listen: ${banner%$'\r'}"
fi

# Seed §5 under the unit's rights: the box writes its networkd file into /etc/mente-box/network
# (which /etc/systemd/network/50-mente.network points at) and asks networkd to reload, as itself.
check_first_boot /etc/mente-box/network/50-mente.network "$user"

kill "$box_pid"
wait "$box_pid" || true
box_pid=""
ok "the box stopped on SIGTERM"
