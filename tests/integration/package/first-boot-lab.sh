#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Seed §5 with the installed package, sourced by box-under-unit.sh (which runs in its own network,
# mount and UTS namespaces). A LAN without DHCP: the box's end of a veth pair, enbox0, has no
# address; the other end, pc0, is the installer's PC in a network namespace of its own
# (192.168.234.231/24, the seed's), where a DHCP server (dnsmasq) is started late in the test.
# What runs is real: a private system D-Bus (dbus-daemon --system on a tmpfs /run/dbus, so the
# machine's bus, if any, is not touched), polkitd reading the package's rule, and systemd-networkd
# reading /etc/systemd/network, where the package's link 50-mente.network points at the box's file. The box writes that file as mente-box and runs
# `networkctl reload`, which networkd lets through only because polkit says yes for that user.
# What is not real: systemd as PID 1 and udev (sysfs is remounted read-only so networkd takes
# links as a container would, without waiting for udev).

# From box-under-unit.sh: fail, ok, and the globals run, new (the admin password), confirm_s.
# shellcheck disable=SC2154,SC2015 # (A && B || fail: fail is meant whenever A or B is false)

lab_pids=()
pc_pid=""
first_boot_ja='初期設定用アドレス' # the top page's "first-boot address" (translations/mente_ja.ts)

# pc CMD...: runs CMD in the installer PC's network namespace.
pc() { nsenter --net="/proc/$pc_pid/ns/net" "$@"; }

# Stops the lab's processes by PID (set -e must not end this halfway: wait reports the signal).
lab_stop() {
    local pid
    for pid in "${lab_pids[@]}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    lab_pids=()
}

# lan_lab_up RUNDIR: before the box starts (and before its root is bound, so it sees the bus).
lan_lab_up() {
    local run=$1
    for tool in nsenter dbus-daemon /usr/lib/polkit-1/polkitd /lib/systemd/systemd-networkd networkctl; do
        command -v "$tool" >/dev/null || fail "$tool is missing (scripts/packages.txt: systemd, dbus, polkitd)"
    done
    # (Without a running dbus or systemd the two directories may not exist yet: made empty.)
    mkdir -p /run/dbus /run/systemd
    mount -t tmpfs -o mode=0755 tmpfs /run/dbus
    mount -t tmpfs -o mode=0755 tmpfs /run/systemd
    mount -t sysfs -o ro sysfs /sys # this namespace's interfaces; read-only: networkd does not wait for udev

    # The daemons do not inherit box-package.sh's lock (fd 9): one left behind must not hold it.
    unshare --net sleep 600 9>&- &
    pc_pid=$!
    lab_pids+=("$pc_pid")
    for _ in $(seq 1 50); do
        [ "$(readlink "/proc/$pc_pid/ns/net")" != "$(readlink /proc/self/ns/net)" ] && break
        sleep 0.05
    done
    ip link add enbox0 type veth peer name pc0 netns "$pc_pid" || fail "cannot make the veth pair"
    pc ip link set lo up
    pc ip addr add 192.168.234.231/24 dev pc0
    pc ip link set pc0 up
    ip link set enbox0 up

    dbus-daemon --system --nofork --nopidfile >"$run/dbus.log" 2>&1 9>&- &
    lab_pids+=("$!")
    for _ in $(seq 1 50); do
        [ -S /run/dbus/system_bus_socket ] && break
        sleep 0.1
    done
    [ -S /run/dbus/system_bus_socket ] || fail "the private system bus did not come up: $(cat "$run/dbus.log")"
    /usr/lib/polkit-1/polkitd --no-debug >"$run/polkitd.log" 2>&1 9>&- & # switches to the user polkitd itself
    lab_pids+=("$!")
    /lib/systemd/systemd-networkd >"$run/networkd.log" 2>&1 9>&- &
    lab_pids+=("$!")
    local links=""
    for _ in $(seq 1 50); do
        links=$(networkctl list --no-pager 2>&1 || true) # (grep -q in a pipe: SIGPIPE under pipefail)
        grep -q 'enbox0.*unmanaged' <<<"$links" && break
        sleep 0.1
    done
    grep -q 'enbox0.*unmanaged' <<<"$links" ||
        fail "systemd-networkd does not see enbox0 as unmanaged: $(networkctl list --no-pager 2>&1; cat "$run/networkd.log")"
    ok "LAN without DHCP: enbox0 (no address, unmanaged by networkd) <-> PC 192.168.234.231/24; private D-Bus, polkitd, systemd-networkd"
}

# has_address CIDR: enbox0 has the IPv4 address CIDR now. (No grep -q at the end of a pipe: with
# pipefail the writer's SIGPIPE would turn a match into a miss.)
has_address() { grep -q "inet $1 " <<<"$(ip -4 -o addr show dev enbox0)"; }

# wait_for_address CIDR [TENTHS]
wait_for_address() {
    for _ in $(seq 1 "${2:-100}"); do
        has_address "$1" && return 0
        sleep 0.1
    done
    return 1
}

# form_token URL: the CSRF token of the setup page's network form, as the PC's browser gets it.
form_token() {
    pc curl -s --max-time 10 -u "admin:$new" "$1/network" | sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' | head -1
}

# apply_static URL ADDRESS: the installer sets a static address through the page. The answer may
# not arrive (the address it came to goes away), so the request is not waited for: the browser
# would hang while the confirmation time runs.
apply_static() {
    local csrf
    csrf=$(form_token "$1")
    [ -n "$csrf" ] || fail "no CSRF token on $1/network"
    nsenter --net="/proc/$pc_pid/ns/net" curl -s -o /dev/null --max-time 5 -u "admin:$new" \
        --data-urlencode "csrf=$csrf" -d step=apply -d mode=static -d "address=$2" -d netmask=255.255.255.0 \
        -d gateway=192.168.234.1 -d dns1=192.168.234.1 "$1/network" 9>&- &
    lab_pids+=("$!")
}

# check_first_boot FILE USER: after the box is up (fallback_after_s=1, confirm_s small).
check_first_boot() {
    local file=$1 user=$2 fallback=192.168.234.237/24 page=http://192.168.234.237 code
    wait_for_address "$fallback" ||
        fail "no first-boot address on enbox0: $(ip -4 -o addr show dev enbox0; cat "$file" 2>&1; cat "$run/networkd.log")"
    [ "$(stat -c %U "$file")" = "$user" ] || fail "$file is not the box's"
    [ "$(readlink -e /etc/systemd/network/50-mente.network)" = "$file" ] || fail "networkd's link does not reach $file"
    grep -q '^DHCP=ipv4$' "$file" && grep -q "^Address=$fallback\$" "$file" || fail "$file: $(cat "$file")"
    local status
    status=$(networkctl status enbox0 --no-pager 2>&1 || true)
    grep -q 'Network File: /etc/systemd/network/50-mente.network' <<<"$status" ||
        fail "networkd does not use the package's link: $status"
    ok "first-boot address $fallback on enbox0 after 1 s without DHCP: written by $user into $file, read by networkd through /etc/systemd/network/50-mente.network"
    # polkit is what lets the box reload: another unprivileged user is refused.
    setpriv --reuid=nobody --regid=nogroup --clear-groups networkctl reload 2>"$run/nobody.log" &&
        fail "networkctl reload as nobody was allowed: the polkit rule is not what lets mente-box reload"
    ok "networkctl reload as nobody: refused ($(head -1 "$run/nobody.log")); as mente-box: allowed by 60-mente-box.rules"

    code=$(pc curl -s -o "$run/fb-top.html" -w '%{http_code}' --max-time 10 -u "admin:$new" "$page/") || true
    [ "$code" = 200 ] || fail "the setup page on the first-boot address, from the PC: HTTP $code"
    # The page speaks Japanese to a browser that asks for nothing else, as at the seed's customers.
    grep -q "192.168.234.237/24 (enbox0) $first_boot_ja" "$run/fb-top.html" ||
        fail "the top page does not name the first-boot address: $(grep -o '<div id="addresses">[^<]*' "$run/fb-top.html")"
    ok "the PC at 192.168.234.231 opens $page/: 200, the top page lists 192.168.234.237/24 (enbox0) $first_boot_ja"

    # Unconfirmed: the rollback writes the file back with the first-boot address, networkd reloads.
    apply_static "$page" 192.168.234.10
    wait_for_address 192.168.234.10/24 || fail "the static address did not come up: $(ip -4 -o addr show dev enbox0)"
    has_address "$fallback" && fail "the first-boot address stayed beside the static one"
    wait_for_address "$fallback" 150 || fail "the rollback did not bring the first-boot address back: $(cat "$file")"
    has_address 192.168.234.10/24 && fail "the unconfirmed static address stayed"
    ok "an unconfirmed static address (192.168.234.10) is rolled back: the first-boot address is back"

    # A DHCP server comes up on the LAN after all (dnsmasq on the PC's side): networkd, still asking
    # beside the first-boot address, gets a lease, and the box takes the first-boot address off.
    command -v dnsmasq >/dev/null || fail "dnsmasq is missing (scripts/packages.txt: dnsmasq-base)"
    nsenter --net="/proc/$pc_pid/ns/net" dnsmasq --keep-in-foreground --conf-file=/dev/null --port=0 \
        --interface=pc0 --bind-interfaces --dhcp-range=192.168.234.100,192.168.234.150,255.255.255.0,2m \
        --leasefile-ro --pid-file= --log-dhcp --log-facility=- >"$run/dnsmasq.log" 2>&1 9>&- &
    lab_pids+=("$!")
    local lease=""
    for _ in $(seq 1 300); do
        lease=$(ip -4 -o addr show dev enbox0 | sed -n 's/.* inet \(192\.168\.234\.1[0-9][0-9]\)\/24 .*/\1/p' | head -1)
        [ -n "$lease" ] && ! has_address "$fallback" && break
        sleep 0.1
    done
    [ -n "$lease" ] || fail "no DHCP lease on enbox0: $(ip -4 -o addr show dev enbox0; cat "$run/dnsmasq.log")"
    has_address "$fallback" && fail "the first-boot address stayed beside the DHCP lease $lease: $(cat "$file")"
    grep -q '^DHCP=ipv4$' "$file" && ! grep -q "$fallback" "$file" || fail "$file: $(cat "$file")"
    ok "a DHCP server appears: lease $lease, the first-boot address is taken off (file: DHCP only)"

    # Confirmed from the new address: the static file replaces DHCP (and the first-boot address) for good.
    page=http://$lease
    apply_static "$page" 192.168.234.10
    wait_for_address 192.168.234.10/24 || fail "the static address did not come up the second time: $(ip -4 -o addr show dev enbox0; cat "$file" "$run/networkd.log")"
    local csrf
    csrf=$(form_token http://192.168.234.10)
    [ -n "$csrf" ] || fail "the page does not answer on the new address 192.168.234.10"
    code=$(pc curl -s -o "$run/keep.html" -w '%{http_code}' --max-time 10 -u "admin:$new" \
        --data-urlencode "csrf=$csrf" -d step=keep http://192.168.234.10/network) || true
    [ "$code" = 200 ] || fail "keep these settings: HTTP $code"
    sleep "$((confirm_s + 2))" # past the confirmation limit and past fallback_after_s
    has_address 192.168.234.10/24 || fail "the confirmed address went away"
    has_address "$fallback" && fail "the first-boot address came back"
    grep -q '^Address=192.168.234.10/24$' "$file" && ! grep -q "$fallback" "$file" || fail "$file: $(cat "$file")"
    code=$(pc curl -s -o "$run/top-after.html" -w '%{http_code}' --max-time 10 -u "admin:$new" http://192.168.234.10/) ||
        true
    [ "$code" = 200 ] || fail "the top page at the new address: HTTP $code"
    grep -q "$first_boot_ja" "$run/top-after.html" && fail "the top page still names a first-boot address"
    has_address "$lease/24" && fail "the DHCP lease stayed beside the static address"
    ok "a static address set at $lease and confirmed from 192.168.234.10 stays; no first-boot address, no lease"
}
