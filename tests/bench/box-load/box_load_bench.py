#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The box under load (docs/PERFORMANCE.md, "The box under load"): not a ctest; run it by hand.

One real mente-box on loopback, over TLS, with
  - 500 devices, each added through the API (POST /devices) with two ports (POST /devices/{id}/ports,
    PATCH /ports/{id} {"monitor": true}): 1,000 monitored targets, TCP checks of listeners this script
    opens on 127.77.x.y (the box's LAN is 127.0.0.0/8); some of them close and open again all the time,
    so the box raises fault and recovery events during the whole run;
  - 200 event-stream clients (GET /api/v1/events/stream, a separate process of this script) connected
    from start to end, each counting the events it gets; at the end every client must have every event
    of the box's event log (GET /api/v1/events) since the run began, once;
  - wrk against an authenticated GET /api/v1/status, then GET /api/v1/devices (the 500 devices):
    requests/s, p50/p99 latency, non-2xx answers, socket errors, the box's CPU (utime + stime from
    /proc/PID/stat over the run) and RSS;
  - then a soak: wrk on both calls for --soak seconds, RSS and open descriptors sampled every 10 s.

  tests/bench/box-load/box_load_bench.py --box build/box-service/mente-box
  tests/bench/box-load/box_load_bench.py --box build/box-service/mente-box --quick      # 10 s runs, 60 s soak
  tests/bench/box-load/box_load_bench.py --box build/box-service/mente-box --box-cpu 0 --load-cpu 1

Targets: >= 2,000 req/s on /status, p99 <= 20 ms, 0 errors, no event lost by any client, RSS flat within
10 % over the soak, no descriptor growth (the median of the last minute's samples against the
first minute's). Exit status 0 when all are met.
"""
import argparse, hashlib, http.client, json, os, random, re, resource, selectors, shutil, signal, socket, ssl
import statistics, subprocess, sys, tempfile, threading, time

PASSWORD = "Load-bench-2026-pw"
DEVICES, PORTS_PER_DEVICE, SSE_CLIENTS = 500, 2, 200
SSE_PER_ADDRESS = 50  # the box allows 64 connections per client address ([api] max_connections_per_address)
FIRST_PORT = 7001


def device_ip(i):
    return "127.77.%d.%d" % (i // 250, i % 250 + 1)


def load_average():
    return open("/proc/loadavg").read().split()[0:3]


# --- the box ----------------------------------------------------------------------------------------------------


def write_config(path, interval):
    with open(path, "w") as f:
        f.write("[monitor]\ninterval_s=%d\ntimeout_ms=1000\nretries=1\nrecoveries=1\ngateway=none\n"
                "[lan]\ncidrs=127.0.0.0/8\n[discovery]\nat_start=false\ninterval_h=0\n[tunnel]\nlisten=127.0.0.1:0\n"
                "[network]\nhostname_cmd=\nannounce=off\nfallback_address=off\n" % interval)


def pinned(cmd, cpu):
    return ["taskset", "-c", str(cpu)] + cmd if cpu is not None else cmd


def start_box(binary, data, config, cpu):
    cmd = pinned([binary, "--data-dir", data, "--api-listen", "127.0.0.1:0", "--setup-listen", "127.0.0.1:0", "--config", config],
                 cpu)
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    url, fingerprint = None, None
    for line in p.stdout:
        if line.startswith("api-listen "):
            url = line.split()[1]
        if line.startswith("tls-fingerprint "):
            fingerprint = line.split()[1].split(":", 1)[1].replace(":", "").lower()
            break
    if not url or not fingerprint:
        sys.exit("the box did not start (no api-listen / tls-fingerprint line)")
    threading.Thread(target=lambda: [None for _ in p.stdout], daemon=True).start()
    return p, url, fingerprint


class Api:
    """One kept-alive HTTPS connection to the box, its certificate pinned to the fingerprint it printed."""

    def __init__(self, url, fingerprint, token=None):
        self.host, self.port = url.split("//")[1].rsplit(":", 1)
        self.fingerprint, self.token, self.conn = fingerprint, token, None

    def _connect(self):
        ctx = ssl.create_default_context()
        ctx.check_hostname, ctx.verify_mode = False, ssl.CERT_NONE  # pinned below instead
        self.conn = http.client.HTTPSConnection(self.host, int(self.port), context=ctx, timeout=30)
        self.conn.connect()
        if hashlib.sha256(self.conn.sock.getpeercert(binary_form=True)).hexdigest() != self.fingerprint:
            sys.exit("the box's certificate is not the one it printed")

    def call(self, method, path, body=None, want=(200, 201, 204)):
        for attempt in range(2):
            if self.conn is None:
                self._connect()
            headers = {"Content-Type": "application/json"}
            if self.token:
                headers["Authorization"] = "Bearer " + self.token
            try:
                self.conn.request(method, "/api/v1" + path, json.dumps(body) if body is not None else None, headers)
                r = self.conn.getresponse()
                data = r.read()
            except (ConnectionError, http.client.HTTPException):
                self.conn = None  # an idle connection the box closed: once more on a new one
                if attempt:
                    raise
                continue
            if r.status not in want:
                sys.exit("%s %s: %d %s" % (method, path, r.status, data[:300]))
            return json.loads(data) if data else None


def log_in(api):
    answer = api.call("POST", "/session", {"login": "admin", "password": "admin"})
    api.token = answer["token"]
    if answer.get("mustChangePassword"):
        api.call("POST", "/session/password", {"current": "admin", "new": PASSWORD})


def fill_box(api):
    """500 devices with two monitored ports each, through the API as an operator adds them."""
    targets = []
    for i in range(DEVICES):
        device = api.call("POST", "/devices", {"ip": device_ip(i)})
        for k in range(PORTS_PER_DEVICE):
            port = api.call("POST", "/devices/%d/ports" % device["id"], {"port": FIRST_PORT + k, "protocol": ""})
            api.call("PATCH", "/ports/%d" % port["id"], {"monitor": True})
            targets.append((device_ip(i), FIRST_PORT + k))
    return targets


def proc_sample(pid):
    stat = open("/proc/%d/stat" % pid).read().rsplit(")", 1)[1].split()
    cpu = (int(stat[11]) + int(stat[12])) / os.sysconf("SC_CLK_TCK")
    rss = next(int(l.split()[1]) for l in open("/proc/%d/status" % pid) if l.startswith("VmRSS:"))
    return cpu, rss * 1024, len(os.listdir("/proc/%d/fd" % pid))


# --- the monitored targets --------------------------------------------------------------------------------------


class Targets(threading.Thread):
    """A listener per monitored target that accepts and closes; flap() closes some and opens others."""

    def __init__(self, addresses):
        super().__init__(daemon=True)
        self.sel = selectors.DefaultSelector()
        self.lock = threading.Lock()
        self.open = {}
        self.flapping = False
        self.toggles = 0
        for address in addresses:
            self._listen(address)

    def _listen(self, address):
        s = socket.socket()
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(address)
        s.listen(64)
        s.setblocking(False)
        self.sel.register(s, selectors.EVENT_READ)
        self.open[address] = s

    def toggle(self, address):
        with self.lock:
            s = self.open.pop(address, None)
            if s:
                self.sel.unregister(s)
                s.close()
            else:
                self._listen(address)
            self.toggles += 1

    def run(self):
        while True:
            with self.lock:
                ready = self.sel.select(0.05)
                for key, _ in ready:
                    try:
                        key.fileobj.accept()[0].close()
                    except OSError:
                        pass


class Flapper(threading.Thread):
    """Every `period` seconds, `count` targets out of a pool of 200 change: open ones close, closed ones open."""

    def __init__(self, targets, addresses, period, count):
        super().__init__(daemon=True)
        self.targets, self.pool = targets, random.Random(15).sample(addresses, 200)
        self.period, self.count, self.running = period, count, True

    def run(self):
        rng = random.Random(5)
        while self.running:
            for address in rng.sample(self.pool, self.count):
                self.targets.toggle(address)
            time.sleep(self.period)

    def stop(self):
        self.running = False
        self.join()


# --- the event-stream clients (a separate process: its own interpreter, its own lock) ----------------------------


def sse_worker(url, fingerprint, token, after, clients):
    """Holds `clients` event streams open, each from one of a few 127.0.0.x addresses; reconnects a dropped one
    with Last-Event-ID as a browser's EventSource does (and counts the drop). Prints "ready" once every stream
    has its head, then on "stop" on stdin one JSON line: per client the sequence numbers it got, and drops."""
    import asyncio

    host, port = url.split("//")[1].rsplit(":", 1)
    got = [[] for _ in range(clients)]
    drops = [0] * clients

    async def client(i, ready):
        ctx = ssl.create_default_context()
        ctx.check_hostname, ctx.verify_mode = False, ssl.CERT_NONE
        last = after
        first = True
        while True:
            try:
                reader, writer = await asyncio.open_connection(
                    host, int(port), ssl=ctx, local_addr=("127.0.0.%d" % (10 + i // SSE_PER_ADDRESS), 0))
                der = writer.get_extra_info("ssl_object").getpeercert(binary_form=True)
                if hashlib.sha256(der).hexdigest() != fingerprint:
                    raise SystemExit("certificate mismatch")
                writer.write(("GET /api/v1/events/stream HTTP/1.1\r\nHost: %s\r\nAuthorization: Bearer %s\r\n"
                              "Accept: text/event-stream\r\nLast-Event-ID: %d\r\n\r\n" % (host, token, last)).encode())
                status = await reader.readline()
                if b" 200 " not in status:
                    raise ConnectionError(status.decode(errors="replace").strip())
                while (await reader.readline()) not in (b"\r\n", b"\n", b""):
                    pass
                if first:
                    ready.set()
                    first = False
                # SSE without chunked framing: the box writes the stream raw after the head.
                while True:
                    line = await reader.readline()
                    if not line:
                        raise ConnectionError("stream closed")
                    if line.startswith(b"id: "):
                        last = int(line[4:])
                        got[i].append(last)
            except (OSError, ConnectionError, ssl.SSLError, asyncio.IncompleteReadError) as e:
                drops[i] += 1
                sys.stderr.write("client %d dropped: %s\n" % (i, e))
                await asyncio.sleep(1)

    async def main():
        events = [asyncio.Event() for _ in range(clients)]
        tasks = []
        for i in range(clients):
            tasks.append(asyncio.create_task(client(i, events[i])))
            await asyncio.sleep(0.005)
        for e in events:
            await e.wait()
        print("ready", flush=True)
        loop = asyncio.get_running_loop()
        await loop.run_in_executor(None, sys.stdin.readline)
        print(json.dumps({"got": got, "drops": drops}), flush=True)
        os._exit(0)

    asyncio.run(main())


# --- wrk ----------------------------------------------------------------------------------------------------------

# The soak: nine /status polls to one /devices, each connection pausing 10 ms between requests (a few hundred
# requests a second: a busy console fleet, not a flood; the soak is about what grows, not about speed).
SOAK_LUA = """
local n = 0
request = function()
  n = n + 1
  if n % 10 == 0 then return wrk.format("GET", "/api/v1/devices") end
  return wrk.format("GET", "/api/v1/status")
end
delay = function() return 10 end
"""


def wrk(args, url, token, path, seconds, connections, script_text=""):
    # The token goes to wrk in a script file only this user may read (mkstemp: 0600), never in argv,
    # which every user of the machine sees in ps.
    fd, script = tempfile.mkstemp(suffix=".lua")
    try:
        with os.fdopen(fd, "w") as f:
            f.write('wrk.headers["Authorization"] = "Bearer %s"\n' % token + script_text)
        cmd = ["wrk", "-t", str(min(args.threads, connections)), "-c", str(connections), "-d", "%ds" % seconds,
               "--latency", "--timeout", "10s", "-s", script, url + path]
        cmd = pinned(cmd, args.load_cpu)
        return subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True).stdout
    finally:
        os.unlink(script)


def to_ms(text):
    value, unit = re.match(r"([\d.]+)(us|ms|s|m)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]


def parse_wrk(out):
    r = {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
         "requests": int(re.search(r"(\d+) requests in", out).group(1)),
         "p50": to_ms(re.search(r"\s50%\s+(\S+)", out).group(1)), "p99": to_ms(re.search(r"\s99%\s+(\S+)", out).group(1)),
         "non2xx": 0, "socket": 0}
    m = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if m:
        r["non2xx"] = int(m.group(1))
    m = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    if m:
        r["socket"] = sum(int(x) for x in m.groups())
    return r


def measure(args, box, url, token, path, seconds, connections):
    load = load_average()
    c0, _, _ = proc_sample(box.pid)
    t0 = time.monotonic()
    out = wrk(args, url, token, path, seconds, connections)
    wall = time.monotonic() - t0
    c1, rss, fds = proc_sample(box.pid)
    r = parse_wrk(out)
    # What one request costs the box in CPU time: the figure that does not depend on how much of a core
    # the machine's other work leaves it (requests per CPU-second = what one core of its own would serve).
    r.update(cpu=100 * (c1 - c0) / wall, cpu_ms=1000 * (c1 - c0) / max(r["requests"], 1), rss=rss, fds=fds, load=load,
             after=load_average())
    print("%-16s %2d connections %8.0f req/s  p50 %6.2f ms  p99 %6.2f ms  non-2xx %d  socket errors %d  box CPU %5.1f %%"
          " (%.3f ms a request: %.0f per CPU-second)  RSS %.1f MB  fds %d  load %s -> %s"
          % (path, connections, r["rps"], r["p50"], r["p99"], r["non2xx"], r["socket"], r["cpu"], r["cpu_ms"],
             1000 / max(r["cpu_ms"], 1e-6), rss / 1e6, fds, " ".join(load), " ".join(r["after"])), flush=True)
    return r


def soak(args, box, url, token, work):
    samples = []
    done = threading.Event()

    def sample():
        while not done.is_set():
            samples.append(proc_sample(box.pid) + (time.monotonic(),))
            done.wait(10)

    sampler = threading.Thread(target=sample)
    sampler.start()
    load = load_average()
    c0 = samples[0][0] if samples else proc_sample(box.pid)[0]
    t0 = time.monotonic()
    out = wrk(args, url, token, "/api/v1/status", args.soak, 8, SOAK_LUA)
    wall = time.monotonic() - t0
    done.set()
    sampler.join()
    samples.append(proc_sample(box.pid) + (time.monotonic(),))
    r = parse_wrk(out)
    r.update(cpu=100 * (samples[-1][0] - c0) / wall, load=load, after=load_average())
    rss = [s[1] for s in samples]
    fds = [s[2] for s in samples]
    print("soak %d s, 8 connections, 9 x /status to 1 x /devices, 10 ms pauses: %.0f req/s  p50 %.2f ms  p99 %.2f ms  non-2xx %d  socket errors %d"
          "  box CPU %.1f %%  load %s -> %s" % (args.soak, r["rps"], r["p50"], r["p99"], r["non2xx"], r["socket"], r["cpu"],
                                                " ".join(load), " ".join(r["after"])))
    print("  RSS MB every 10 s: %s" % " ".join("%.1f" % (v / 1e6) for v in rss))
    print("  open fds every 10 s: %s" % " ".join(str(v) for v in fds))
    growth = max(rss) / rss[0] - 1
    # A sample also counts the sockets of the checks running at that instant (a few, now and then);
    # a leak moves every sample up. So the median of the last minute against that of the first.
    first, last = statistics.median(fds[:6]), statistics.median(fds[-6:])
    fd_growth = last - first
    print("  RSS first %.1f MB, max %.1f MB (+%.1f %%), last %.1f MB; fds median first minute %g, last minute %g"
          " (max %d, %d)" % (rss[0] / 1e6, max(rss) / 1e6, 100 * growth, rss[-1] / 1e6, first, last,
                             max(fds[:6]), max(fds[-6:])))
    return r, growth <= 0.10 and fd_growth <= 0


# --- the run ------------------------------------------------------------------------------------------------------


def all_events_after(api, after):
    seqs = []
    while True:
        page = api.call("GET", "/events?after=%d&limit=1000" % after)
        seqs += [e["seq"] for e in page]
        if len(page) < 1000:
            return seqs
        after = page[-1]["seq"]


def run(args, work):
    data, config = os.path.join(work, "data"), os.path.join(work, "box.conf")
    write_config(config, args.interval)
    box, url, fingerprint = start_box(args.box, data, config, args.box_cpu)
    api = Api(url, fingerprint)
    log_in(api)
    t = time.monotonic()
    addresses = fill_box(api)
    print("box %s (pid %d): %d devices, %d monitored ports added through the API in %.1f s"
          % (url, box.pid, DEVICES, len(addresses), time.monotonic() - t), flush=True)
    targets = Targets(addresses)
    targets.start()
    time.sleep(args.interval + 2)  # the first round of checks, spread over one interval
    after = (all_events_after(api, 0) or [0])[-1]

    worker_cmd = [sys.executable, os.path.abspath(__file__), "--sse-worker", url, fingerprint, str(after), str(args.clients)]
    if args.load_cpu is not None:
        worker_cmd = ["taskset", "-c", str(args.load_cpu)] + worker_cmd
    worker = subprocess.Popen(worker_cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    worker.stdin.write(api.token + "\n")  # the token on stdin, not in argv
    worker.stdin.flush()
    if worker.stdout.readline().strip() != "ready":
        sys.exit("the event-stream clients did not connect")
    print("%d event streams open (from %d addresses), events after seq %d counted" % (args.clients, (args.clients + SSE_PER_ADDRESS - 1) // SSE_PER_ADDRESS, after), flush=True)
    flapper = Flapper(targets, addresses, args.flap_period, args.flap_count)
    flapper.start()
    time.sleep(3)

    ok = True
    results = {}
    for path, connections in (("/api/v1/status", args.connections), ("/api/v1/devices", args.devices_connections)):
        results[path] = measure(args, box, url, api.token, path, args.duration, connections)
    s = results["/api/v1/status"]
    ok &= s["rps"] >= 2000 and s["p99"] <= 20
    ok &= all(r["non2xx"] == 0 and r["socket"] == 0 for r in results.values())
    if args.soak:
        r, flat = soak(args, box, url, api.token, work)
        ok &= flat and r["non2xx"] == 0 and r["socket"] == 0

    flapper.stop()
    # The last changes reach the log within one interval (+ the check's timeout); then the streams settle.
    time.sleep(args.interval + 3)
    expected = all_events_after(api, after)
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        time.sleep(1)
        again = all_events_after(api, after)
        if again == expected:
            break
        expected = again
    time.sleep(2)
    worker.stdin.write("stop\n")
    worker.stdin.flush()
    report = json.loads(worker.stdout.readline())
    worker.wait(10)
    want = expected
    lost = [len(set(want) - set(g)) for g in report["got"]]
    dupes = [len(g) - len(set(g)) for g in report["got"]]
    foreign = [len(set(g) - set(want)) for g in report["got"]]
    print("events during the run: %d (targets toggled %d times); %d clients: events lost %d (worst client %d), duplicates %d, "
          "unknown %d, streams dropped %d" % (len(want), targets.toggles, len(report["got"]), sum(lost), max(lost), sum(dupes),
                                              sum(foreign), sum(report["drops"])))
    ok &= len(want) > 0 and sum(lost) == 0 and sum(dupes) == 0 and sum(foreign) == 0 and sum(report["drops"]) == 0
    box.send_signal(signal.SIGTERM)
    box.wait(30)
    return ok


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--sse-worker":
        url, fingerprint, after, clients = sys.argv[2:6]
        token = sys.stdin.readline().strip()
        sse_worker(url, fingerprint, token, int(after), int(clients))
        return
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--box", required=True, help="path of the mente-box binary")
    ap.add_argument("--duration", type=int, default=30, help="seconds of wrk per call")
    ap.add_argument("--soak", type=int, default=600, help="seconds of the soak (0: none)")
    ap.add_argument("--quick", action="store_true", help="10 s per call, 60 s soak")
    ap.add_argument("--connections", type=int, default=32, help="wrk connections (all from 127.0.0.1: at most 64)")
    ap.add_argument("--devices-connections", type=int, default=4,
                    help="wrk connections for /devices (each answer is ~0.5 MB: more only queue)")
    ap.add_argument("--threads", type=int, default=2, help="wrk threads")
    ap.add_argument("--clients", type=int, default=SSE_CLIENTS, help="event-stream clients")
    ap.add_argument("--interval", type=int, default=10, help="[monitor] interval_s of the box")
    ap.add_argument("--flap-period", type=float, default=2, help="seconds between target changes")
    ap.add_argument("--flap-count", type=int, default=4, help="targets changed each time")
    ap.add_argument("--box-cpu", type=int, help="pin the box to this CPU (taskset)")
    ap.add_argument("--load-cpu", type=int, help="pin wrk and the event-stream clients to this CPU")
    args = ap.parse_args()
    if args.quick:
        args.duration, args.soak = 10, 60
    if not shutil.which("wrk"):
        sys.exit("wrk is not installed (Debian package wrk)")
    hard = resource.getrlimit(resource.RLIMIT_NOFILE)[1]
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    model = re.search(r"model name\s*:\s*(.*)", open("/proc/cpuinfo").read())
    print("machine: %d CPUs (%s); load average %s; box on CPU %s, wrk and clients on CPU %s"
          % (os.cpu_count(), model.group(1) if model else "?", " ".join(load_average()), "any" if args.box_cpu is None else args.box_cpu,
             "any" if args.load_cpu is None else args.load_cpu),
          flush=True)
    work = tempfile.mkdtemp(prefix="box-load-")
    try:
        ok = run(args, work)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("PASS" if ok else "FAIL")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
