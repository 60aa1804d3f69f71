#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Monitoring benchmark (docs/PERFORMANCE.md, "Monitoring"): not a ctest; run it by hand as root.

Phase 1 - scale: N monitored targets on one real mente-box, half loopback TCP ports (listeners in this
script on 127.0.0.1), half hosts in a network namespace this script creates (ICMP alive checks; the
namespace answers for a whole /16 through a local route). Measures mente-box's CPU share and the p99
lateness of check starts (from its /metrics) over the run, side by side with fping sweeping the same
namespace addresses at the same interval.
Phase 2 - detection: one port at a 5 s interval with the default retries (3) and timeout (2 s); its
server is stopped at a random moment; the time until the box reports the fault is measured.

  tests/bench/monitor/monitor_bench.py --box build/box-service/mente-box            # 5,000 targets, 30 s, 5 min
  tests/bench/monitor/monitor_bench.py --box build/box-service/mente-box --quick    # 1,000 targets, 10 s, 60 s
"""
import argparse, json, os, random, re, resource, selectors, shutil, signal, socket, sqlite3, ssl, subprocess
import sys, tempfile, threading, time, urllib.request

NS = "mbench%d" % os.getpid()
HOST_IF, NS_IF = "mbh%d" % (os.getpid() % 100000), "mbn%d" % (os.getpid() % 100000)
TOKEN = "bench-metrics-token-0123456789"


def sh(*cmd, check=True):
    return subprocess.run(cmd, check=check, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def make_namespace():
    sh("ip", "netns", "add", NS)
    sh("ip", "link", "add", HOST_IF, "type", "veth", "peer", "name", NS_IF)
    sh("ip", "link", "set", NS_IF, "netns", NS)
    sh("ip", "addr", "add", "10.96.0.1/24", "dev", HOST_IF)
    sh("ip", "link", "set", HOST_IF, "up")
    for cmd in (["ip", "addr", "add", "10.96.0.2/24", "dev", NS_IF], ["ip", "link", "set", NS_IF, "up"],
                ["ip", "link", "set", "lo", "up"], ["ip", "route", "add", "local", "10.97.0.0/16", "dev", "lo"]):
        sh("ip", "netns", "exec", NS, *cmd)
    sh("ip", "route", "add", "10.97.0.0/16", "via", "10.96.0.2")


def remove_namespace():
    sh("ip", "route", "del", "10.97.0.0/16", check=False)
    sh("ip", "link", "del", HOST_IF, check=False)
    sh("ip", "netns", "del", NS, check=False)


class Listeners(threading.Thread):
    """Loopback TCP listeners that accept and close every connection."""

    def __init__(self, count):
        super().__init__(daemon=True)
        self.sel = selectors.DefaultSelector()
        self.ports = []
        for _ in range(count):
            s = socket.socket()
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            s.bind(("127.0.0.1", 0))
            s.listen(64)
            s.setblocking(False)
            self.sel.register(s, selectors.EVENT_READ)
            self.ports.append(s.getsockname()[1])
        self.stopped = set()

    def close_port(self, port):
        for key in list(self.sel.get_map().values()):
            if key.fileobj.getsockname()[1] == port:
                self.sel.unregister(key.fileobj)
                key.fileobj.close()

    def run(self):
        while True:
            for key, _ in self.sel.select(1):
                try:
                    conn, _ = key.fileobj.accept()
                    conn.close()
                except OSError:
                    pass


def start_box(binary, data, config):
    p = subprocess.Popen([binary, "--data-dir", data, "--api-listen", "127.0.0.1:0", "--setup-listen", "127.0.0.1:0",
                          "--config", config], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    url = None
    for line in p.stdout:
        if line.startswith("api-listen "):
            url = line.split()[1]
        if line.startswith("tls-fingerprint"):
            break
    threading.Thread(target=lambda: [None for _ in p.stdout], daemon=True).start()
    return p, url


def stop(p):
    p.send_signal(signal.SIGTERM)
    p.wait(30)


def metrics(url):
    ctx = ssl.create_default_context()
    ctx.check_hostname, ctx.verify_mode = False, ssl.CERT_NONE  # loopback, the box's self-signed certificate
    req = urllib.request.Request(url + "/metrics", headers={"Authorization": "Bearer " + TOKEN})
    values = {}
    for line in urllib.request.urlopen(req, context=ctx, timeout=30).read().decode().splitlines():
        if line and not line.startswith("#"):
            name, value = line.rsplit(" ", 1)
            values[name] = float(value)
    return values


def cpu_seconds(pid):
    fields = open("/proc/%d/stat" % pid).read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def write_config(path, interval, extra=""):
    with open(path, "w") as f:
        f.write("[monitor]\ninterval_s=%d\ntimeout_ms=2000\ngateway=none\n%s\n[metrics]\ntoken=%s\n[tunnel]\nlisten=127.0.0.1:0\n"
                "[network]\nhostname_cmd=\nannounce=off\nfallback_address=off\n" % (interval, extra, TOKEN))


def fill_database(db, ns_hosts, ports):
    con = sqlite3.connect(db)
    now = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    with con:
        for i in range(ns_hosts):
            con.execute("INSERT INTO devices(ip, monitor, manual, first_seen, last_seen) VALUES(?, 1, 1, ?, ?)",
                        ("10.97.%d.%d" % (i // 250, i % 250 + 1), now, now))
        cur = con.execute("INSERT INTO devices(ip, monitor, manual, first_seen, last_seen) VALUES('127.0.0.1', 0, 1, ?, ?)", (now, now))
        for port in ports:
            con.execute("INSERT INTO ports(device_id, port, protocol, monitor, manual) VALUES(?, ?, '', 1, 1)", (cur.lastrowid, port))
    con.close()


def scale(args, work):
    ns_hosts, tcp = args.targets // 2, args.targets - args.targets // 2
    listeners = Listeners(tcp)
    listeners.start()
    data, config = os.path.join(work, "data"), os.path.join(work, "box.conf")
    write_config(config, args.interval)
    p, _ = start_box(args.box, data, config)  # creates the database
    stop(p)
    fill_database(os.path.join(data, "box.db"), ns_hosts, listeners.ports)
    with open(os.path.join(work, "fping.txt"), "w") as f:
        f.write("".join("10.97.%d.%d\n" % (i // 250, i % 250 + 1) for i in range(ns_hosts)))

    p, url = start_box(args.box, data, config)
    print("box started with %d targets (%d namespace hosts, %d loopback ports), interval %d s" % (args.targets, ns_hosts, tcp, args.interval))
    time.sleep(args.interval + 5)  # the first round is spread over one interval
    fping = None
    if shutil.which("fping"):
        fping = subprocess.Popen(["fping", "-q", "-l", "-p", str(args.interval * 1000), "-i", "1", "-r", "0",
                                  "-f", os.path.join(work, "fping.txt")], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    m0 = metrics(url)
    c0, f0, t0 = cpu_seconds(p.pid), cpu_seconds(fping.pid) if fping else 0, time.monotonic()
    lateness = []
    while time.monotonic() - t0 < args.duration:
        time.sleep(min(30, args.duration))
        lateness.append(metrics(url).get("mente_monitor_lateness_p99_seconds", 0))
    c1, f1, t1 = cpu_seconds(p.pid), cpu_seconds(fping.pid) if fping else 0, time.monotonic()
    m1 = metrics(url)
    if fping:
        fping.terminate()
    checks = m1["mente_monitor_checks_total"] - m0["mente_monitor_checks_total"]
    faults = sum(1 for k, v in m1.items() if (k.startswith("mente_port_state{") or k.startswith("mente_device_state{")) and 'monitor="1"' in k and v != 1)
    stop(p)
    wall = t1 - t0
    print("mente-box CPU: %.2f %% of one core over %.0f s (%.0f checks, %.1f checks/s)" % (100 * (c1 - c0) / wall, wall, checks, checks / wall))
    if fping:
        print("fping (same %d namespace hosts, same interval): %.2f %% of one core" % (ns_hosts, 100 * (f1 - f0) / wall))
    print("check start lateness p99 (last ~2 min of checks, sampled every 30 s): max %.3f s, samples %s" % (max(lateness), " ".join("%.3f" % v for v in lateness)))
    print("targets not ok at the end: %d" % faults)
    return 100 * (c1 - c0) / wall <= 10 and max(lateness) <= 1 and faults == 0


def detection(args, work):
    listeners = Listeners(1)
    listeners.start()
    data, config = os.path.join(work, "detect"), os.path.join(work, "detect.conf")
    write_config(config, 5)  # default retries (3) and recoveries (1)
    p, _ = start_box(args.box, data, config)
    stop(p)
    fill_database(os.path.join(data, "box.db"), 0, listeners.ports)
    p, url = start_box(args.box, data, config)
    port_state = lambda: [v for k, v in metrics(url).items() if k.startswith("mente_port_state{")][0]
    deadline = time.monotonic() + 30
    while port_state() != 1 and time.monotonic() < deadline:
        time.sleep(0.2)
    time.sleep(random.uniform(0, 5))  # somewhere in the interval
    t0 = time.monotonic()
    listeners.close_port(listeners.ports[0])
    while port_state() != 2 and time.monotonic() - t0 < 60:
        time.sleep(0.1)
    elapsed = time.monotonic() - t0
    stop(p)
    print("service down -> fault at a 5 s interval, retries 3: %.1f s" % elapsed)
    return elapsed <= 15


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--box", required=True, help="path of the mente-box binary")
    ap.add_argument("--targets", type=int, default=5000)
    ap.add_argument("--interval", type=int, default=30)
    ap.add_argument("--duration", type=int, default=300, help="seconds measured after the first interval")
    ap.add_argument("--quick", action="store_true", help="1,000 targets, 10 s interval, 60 s")
    ap.add_argument("--detections", type=int, default=3)
    args = ap.parse_args()
    if args.quick:
        args.targets, args.interval, args.duration = 1000, 10, 60
    if os.geteuid() != 0:
        sys.exit("run as root: it creates a network namespace")
    hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    work = tempfile.mkdtemp(prefix="monitor-bench-")
    make_namespace()
    try:
        ok = scale(args, work)
        for _ in range(args.detections):
            ok = detection(args, work) and ok
            shutil.rmtree(os.path.join(work, "detect"), ignore_errors=True)
    finally:
        remove_namespace()
        shutil.rmtree(work, ignore_errors=True)
    print("PASS" if ok else "FAIL")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
