#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A small lab of real servers in a network namespace, reachable from the root namespace over a
# veth pair, for the scan and discovery tests and the scan benchmark.
#
#   scan-lab.sh up ID DIR    creates namespace mscan-ID and writes DIR/lab.env
#   scan-lab.sh down ID DIR  stops every process in it and deletes it (safe to repeat)
#
# Addresses: 10.77.N.1 is the root side, 10.77.N.2 runs the servers, 10.77.N.3 drops every
# packet (nftables in the namespace), 10.77.N.4 runs two hostile services (silent, endless garbage). Ports are deliberately not the usual ones.
set -u
cmd=${1:?up|down}; id=${2:?id}; dir=${3:?dir}
ns="mscan-$id"
hostif="msh$id"; nsif="msn$id"
net=$(( 20 + id % 200 ))
sub="10.77.$net"

down() {
    if ip netns list | grep -qw "$ns"; then
        for pid in $(ip netns pids "$ns" 2>/dev/null); do kill -TERM "$pid" 2>/dev/null; done
        sleep 0.2
        for pid in $(ip netns pids "$ns" 2>/dev/null); do kill -KILL "$pid" 2>/dev/null; done
        ip netns del "$ns" 2>/dev/null
    fi
    ip link del "$hostif" 2>/dev/null
    rm -f "/tmp/.X$(( 100 + net ))-lock" "/tmp/.X11-unix/X$(( 100 + net ))"
    return 0
}

# Labs of test runs that died without cleaning up: their owner process is gone.
reap_stale() {
    for other in $(ip netns list | awk '{print $1}' | grep '^mscan-'); do
        owner=${other#mscan-}
        [ "$owner" = "$id" ] && continue
        if ! kill -0 "$owner" 2>/dev/null; then "$0" down "$owner" /tmp >/dev/null 2>&1; fi
    done
}

wait_port() { # address port
    for _ in $(seq 1 100); do
        if ip netns exec "$ns" bash -c "exec 3<>/dev/tcp/$1/$2" 2>/dev/null; then return 0; fi
        sleep 0.1
    done
    echo "scan-lab: nothing listens on $1:$2" >&2; return 1
}

up() {
    reap_stale
    down
    mkdir -p "$dir" || return 1
    ip netns add "$ns" || return 1
    ip link add "$hostif" type veth peer name "$nsif" || return 1
    ip link set "$nsif" netns "$ns" || return 1
    ip addr add "$sub.1/24" dev "$hostif" || return 1
    ip link set "$hostif" up || return 1
    # A MAC with a real IEEE prefix (00:22:72, American Micro-Fuel Device Corp.) for the vendor lookup.
    ip netns exec "$ns" ip link set "$nsif" address 00:22:72:00:00:02 || return 1
    ip netns exec "$ns" ip link set lo up || return 1
    ip netns exec "$ns" ip addr add "$sub.2/24" dev "$nsif" || return 1
    ip netns exec "$ns" ip addr add "$sub.3/24" dev "$nsif" || return 1
    ip netns exec "$ns" ip addr add "$sub.4/24" dev "$nsif" || return 1
    ip netns exec "$ns" ip link set "$nsif" up || return 1
    # The dropping host: every packet to .3 vanishes (ARP still answers, as on a real LAN).
    ip netns exec "$ns" nft -f - <<NFT || return 1
table inet mscan {
    chain input {
        type filter hook input priority 0;
        ip daddr $sub.3 drop
    }
}
NFT

    # OpenSSH
    mkdir -p /run/sshd
    ssh-keygen -q -t ed25519 -N '' -f "$dir/ssh_host_key" <<<y >/dev/null
    printf 'Port 2222\nListenAddress %s\nHostKey %s\nUsePAM no\nStrictModes no\nPidFile none\n' \
        "$sub.2" "$dir/ssh_host_key" > "$dir/sshd_config"
    ip netns exec "$ns" /usr/sbin/sshd -D -e -f "$dir/sshd_config" >"$dir/sshd.log" 2>&1 &

    # nginx: HTTP on 8081, HTTPS on 8444
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=lab" \
        -keyout "$dir/nginx.key" -out "$dir/nginx.crt" >/dev/null 2>&1
    mkdir -p "$dir/nginx"
    cat > "$dir/nginx.conf" <<NGINX
daemon off; worker_processes 1; pid $dir/nginx/nginx.pid; error_log $dir/nginx/error.log;
events { worker_connections 256; }
http {
    access_log off;
    client_body_temp_path $dir/nginx; proxy_temp_path $dir/nginx; fastcgi_temp_path $dir/nginx;
    uwsgi_temp_path $dir/nginx; scgi_temp_path $dir/nginx;
    server { listen $sub.2:8081; location / { return 200 "lab\n"; } }
    server { listen $sub.2:8444 ssl; ssl_certificate $dir/nginx.crt; ssl_certificate_key $dir/nginx.key;
             location / { return 200 "lab tls\n"; } }
}
NGINX
    ip netns exec "$ns" nginx -c "$dir/nginx.conf" >"$dir/nginx.log" 2>&1 &

    # inetutils telnetd on 2323, started per connection the way inetd does
    cat > "$dir/inetd.py" <<'PY'
import os, socket, sys, signal
signal.signal(signal.SIGCHLD, signal.SIG_IGN)
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind((sys.argv[1], int(sys.argv[2]))); s.listen(16)
while True:
    c, _ = s.accept()
    if os.fork() == 0:
        s.close()
        for fd in (0, 1, 2): os.dup2(c.fileno(), fd)
        os.execv(sys.argv[3], sys.argv[3:])
    c.close()
PY
    ip netns exec "$ns" python3 "$dir/inetd.py" "$sub.2" 2323 /usr/sbin/telnetd -h >"$dir/telnetd.log" 2>&1 &

    # TigerVNC's Xvnc on 5977
    display=$(( 100 + net ))
    ip netns exec "$ns" Xvnc ":$display" -rfbport 5977 -interface "$sub.2" -SecurityTypes None \
        -nolisten tcp -geometry 640x480 >"$dir/xvnc.log" 2>&1 &

    # xrdp on 3390 (no session manager needed for the connection handshake)
    sed -e "s/^port=.*/port=tcp:\/\/$sub.2:3390/" /etc/xrdp/xrdp.ini > "$dir/xrdp.ini"
    rm -f /var/run/xrdp/xrdp.pid /var/run/xrdp.pid
    ip netns exec "$ns" xrdp --nodaemon --config "$dir/xrdp.ini" >"$dir/xrdp.log" 2>&1 &

    # Hostile services on .4: 9998 accepts and never says a word, 9999 sends garbage without end.
    cat > "$dir/hostile.py" <<'PY'
import os, socket, sys, threading
def serve(port, endless):
    s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind((sys.argv[1], port)); s.listen(64)
    held = []
    while True:
        c, _ = s.accept()
        if not endless:
            held.append(c); continue
        def spew(c=c):
            try:
                while True: c.sendall(os.urandom(65536))
            except OSError: c.close()
        threading.Thread(target=spew, daemon=True).start()
threading.Thread(target=serve, args=(9998, False), daemon=True).start()
serve(9999, True)
PY
    ip netns exec "$ns" python3 "$dir/hostile.py" "$sub.4" >"$dir/hostile.log" 2>&1 &

    for port in 2222 8081 8444 2323 5977 3390; do wait_port "$sub.2" "$port" || return 1; done
    for port in 9998 9999; do wait_port "$sub.4" "$port" || return 1; done
    cat > "$dir/lab.env" <<ENV
LAB_NS=$ns
LAB_SUBNET=$sub.0/24
LAB_SMALL_SUBNET=$sub.0/29
LAB_MAC=00:22:72:00:00:02
LAB_VENDOR="American Micro-Fuel Device Corp."
LAB_ROOT_IP=$sub.1
LAB_SERVER_IP=$sub.2
LAB_DROP_IP=$sub.3
LAB_HOSTILE_IP=$sub.4
LAB_SSH=2222
LAB_HTTP=8081
LAB_HTTPS=8444
LAB_TELNET=2323
LAB_VNC=5977
LAB_RDP=3390
LAB_SILENT=9998
LAB_GARBAGE=9999
ENV
}

case "$cmd" in
    up) if ! up; then down; exit 1; fi ;;
    down) down ;;
    *) echo "usage: $0 up|down ID DIR" >&2; exit 2 ;;
esac
