#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A lab for the console's SSH tunnel: a "box" namespace running OpenSSH (public-key login only,
# direct-tcpip allowed), a "customer LAN" namespace behind it that the test's own side cannot
# route to, and an "operator LAN" namespace that uses the very same subnet (seed §13).
#
#   tunnel-lab.sh up ID DIR    creates mtuna-ID, mtunb-ID, mtunc-ID and writes DIR/lab.env
#   tunnel-lab.sh down ID DIR  stops every process in them and deletes them (safe to repeat)
#
#   root 10.78.N.1 ── 10.78.N.2 box (sshd :2222) 10.79.N.1 ── 10.79.N.2 customer LAN (http :8080, sshd :2222)
#   root 10.79.N.1 ── 10.79.N.2 operator's own LAN (http :8080, says "local-c")
set -u
cmd=${1:?up|down}; id=${2:?id}; dir=${3:?dir}
boxns="mtuna-$id"; lanns="mtunb-$id"; ownns="mtunc-$id"
net=$(( 20 + id % 200 ))
password="lab-pass-$id"

down() {
    for ns in "$boxns" "$lanns" "$ownns"; do
        if ip netns list | grep -qw "$ns"; then
            for pid in $(ip netns pids "$ns" 2>/dev/null); do kill -TERM "$pid" 2>/dev/null; done
        fi
    done
    sleep 0.2
    for ns in "$boxns" "$lanns" "$ownns"; do
        if ip netns list | grep -qw "$ns"; then
            for pid in $(ip netns pids "$ns" 2>/dev/null); do kill -KILL "$pid" 2>/dev/null; done
            ip netns del "$ns" 2>/dev/null
        fi
    done
    ip link del "mth$id" 2>/dev/null
    ip link del "mtc$id" 2>/dev/null
    return 0
}

reap_stale() {
    for other in $(ip netns list | awk '{print $1}' | grep '^mtuna-'); do
        owner=${other#mtuna-}
        [ "$owner" = "$id" ] && continue
        if ! kill -0 "$owner" 2>/dev/null; then "$0" down "$owner" /tmp >/dev/null 2>&1; fi
    done
}

wait_port() { # namespace address port
    for _ in $(seq 1 100); do
        if ip netns exec "$1" bash -c "exec 3<>/dev/tcp/$2/$3" 2>/dev/null; then return 0; fi
        sleep 0.1
    done
    echo "tunnel-lab: nothing listens on $2:$3 in $1" >&2; return 1
}

up() {
    reap_stale
    down
    mkdir -p "$dir/www-b" "$dir/www-c" || return 1
    for ns in "$boxns" "$lanns" "$ownns"; do
        ip netns add "$ns" || return 1
        ip netns exec "$ns" ip link set lo up || return 1
    done
    # root <-> box
    ip link add "mth$id" type veth peer name "mta$id" || return 1
    ip link set "mta$id" netns "$boxns" || return 1
    ip addr add "10.78.$net.1/24" dev "mth$id" && ip link set "mth$id" up || return 1
    ip netns exec "$boxns" ip addr add "10.78.$net.2/24" dev "mta$id" || return 1
    ip netns exec "$boxns" ip link set "mta$id" up || return 1
    # box <-> customer LAN (the box does not forward packets: only its sshd reaches the LAN)
    ip netns exec "$boxns" ip link add "mab$id" type veth peer name "mba$id" || return 1
    ip netns exec "$boxns" ip link set "mba$id" netns "$lanns" || return 1
    ip netns exec "$boxns" ip addr add "10.79.$net.1/24" dev "mab$id" || return 1
    ip netns exec "$boxns" ip link set "mab$id" up || return 1
    ip netns exec "$lanns" ip addr add "10.79.$net.2/24" dev "mba$id" || return 1
    ip netns exec "$lanns" ip link set "mba$id" up || return 1
    # root <-> the operator's own LAN, same subnet as the customer's
    ip link add "mtc$id" type veth peer name "mct$id" || return 1
    ip link set "mct$id" netns "$ownns" || return 1
    ip addr add "10.79.$net.1/24" dev "mtc$id" && ip link set "mtc$id" up || return 1
    ip netns exec "$ownns" ip addr add "10.79.$net.2/24" dev "mct$id" || return 1
    ip netns exec "$ownns" ip link set "mct$id" up || return 1

    mkdir -p /run/sshd
    # The box's SSH endpoint: keys only, forwarding only.
    ssh-keygen -q -t ed25519 -N '' -C box -f "$dir/box_host_key" <<<y >/dev/null || return 1
    : > "$dir/authorized_keys"
    cat > "$dir/box_sshd_config" <<CONF
Port 2222
ListenAddress 10.78.$net.2
HostKey $dir/box_host_key
AuthorizedKeysFile $dir/authorized_keys
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
PermitRootLogin prohibit-password
AllowTcpForwarding local
PermitTTY no
X11Forwarding no
UsePAM no
StrictModes no
PidFile none
ClientAliveInterval 0
CONF
    ip netns exec "$boxns" /usr/sbin/sshd -D -e -f "$dir/box_sshd_config" >"$dir/box_sshd.log" 2>&1 &
    echo $! > "$dir/box_sshd.pid"

    # The device's sshd: a password login for root, with a shadow file of the lab's own (bind
    # mounted in a private mount namespace, so the machine's /etc/shadow is untouched).
    ssh-keygen -q -t ed25519 -N '' -C device -f "$dir/device_host_key" <<<y >/dev/null || return 1
    hash=$(openssl passwd -6 "$password") || return 1
    awk -F: -v h="$hash" 'BEGIN{OFS=":"} $1=="root"{$2=h} {print}' /etc/shadow > "$dir/shadow" || return 1
    chmod 600 "$dir/shadow"
    cat > "$dir/device_sshd_config" <<CONF
Port 2222
ListenAddress 10.79.$net.2
HostKey $dir/device_host_key
PasswordAuthentication yes
KbdInteractiveAuthentication no
PermitRootLogin yes
UsePAM no
StrictModes no
PidFile none
CONF
    ip netns exec "$lanns" unshare -m sh -c "mount --bind '$dir/shadow' /etc/shadow && exec /usr/sbin/sshd -D -e -f '$dir/device_sshd_config'" \
        >"$dir/device_sshd.log" 2>&1 &

    # Web servers: the customer's device and, at the same address, one on the operator's LAN.
    printf 'lan-b\n' > "$dir/www-b/whoami.txt"
    head -c 12582912 /dev/urandom > "$dir/www-b/big.bin" || return 1
    printf 'local-c\n' > "$dir/www-c/whoami.txt"
    ip netns exec "$lanns" python3 -m http.server 8080 --bind "10.79.$net.2" --directory "$dir/www-b" >"$dir/http-b.log" 2>&1 &
    ip netns exec "$ownns" python3 -m http.server 8080 --bind "10.79.$net.2" --directory "$dir/www-c" >"$dir/http-c.log" 2>&1 &

    wait_port "$boxns" "10.78.$net.2" 2222 || return 1
    wait_port "$lanns" "10.79.$net.2" 2222 || return 1
    wait_port "$lanns" "10.79.$net.2" 8080 || return 1
    wait_port "$ownns" "10.79.$net.2" 8080 || return 1
    fingerprint=$(ssh-keygen -lf "$dir/box_host_key.pub" | awk '{print $2}')
    cat > "$dir/lab.env" <<ENV
LAB_BOX_NS=$boxns
LAB_BOX_IP=10.78.$net.2
LAB_BOX_SSH=2222
LAB_BOX_HOSTKEY=$fingerprint
LAB_BOX_SSHD_PID=$(cat "$dir/box_sshd.pid")
LAB_BOX_LINK=mta$id
LAB_DEVICE_IP=10.79.$net.2
LAB_HTTP=8080
LAB_DEVICE_SSH=2222
LAB_DEVICE_PASSWORD=$password
LAB_AUTHORIZED_KEYS=$dir/authorized_keys
LAB_BIG_FILE=$dir/www-b/big.bin
ENV
}

case "$cmd" in
    up) if ! up; then down; exit 1; fi ;;
    down) down ;;
    *) echo "usage: $0 up|down ID DIR" >&2; exit 2 ;;
esac
