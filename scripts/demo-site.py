#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Prepares the demo box through its own HTTPS API, as an administrator would by hand.

Sets the admin password, adds a demo operator who gets fault mail, registers a demo customer
and licence, sweeps the lab's LAN, scans the lab's server for its ports and switches monitoring
on for the server and each port found. Passwords come from the environment
(MENTE_DEMO_ADMIN_PASSWORD, MENTE_DEMO_PASSWORD), never from the command line. The box's
certificate is pinned by the fingerprint the box printed at start.

    demo-site.py --api https://127.0.0.1:PORT --fingerprint sha256:AB:.. --server IP --ports 22,80
"""
import argparse
import hashlib
import http.client
import json
import os
import ssl
import sys
import time
import urllib.parse


class Box:
    def __init__(self, api, fingerprint):
        url = urllib.parse.urlsplit(api)
        self.host, self.port = url.hostname, url.port
        self.fingerprint = fingerprint.lower().replace("sha256:", "").replace(":", "")
        self.token = None

    def call(self, method, path, body=None, expect=(200,)):
        context = ssl.create_default_context()
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE  # pinned below by the certificate's SHA-256
        conn = http.client.HTTPSConnection(self.host, self.port, context=context, timeout=30)
        conn.connect()
        presented = hashlib.sha256(conn.sock.getpeercert(binary_form=True)).hexdigest()
        if presented != self.fingerprint:
            sys.exit("demo-site: the box presented another certificate (%s)" % presented)
        headers = {"Content-Type": "application/json"}
        if self.token:
            headers["Authorization"] = "Bearer " + self.token
        conn.request(method, "/api/v1" + path, json.dumps(body) if body is not None else None, headers)
        reply = conn.getresponse()
        data = reply.read()
        conn.close()
        if reply.status not in expect:
            sys.exit("demo-site: %s %s answered %d: %s" % (method, path, reply.status, data.decode(errors="replace")))
        return json.loads(data) if data else None

    def login(self, login, password):
        self.token = None
        self.token = self.call("POST", "/session", {"login": login, "password": password})["token"]


def wait_for(what, poll, timeout_s=120):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        result = poll()
        if result:
            return result
        time.sleep(0.5)
    sys.exit("demo-site: %s did not finish within %d s" % (what, timeout_s))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--api", required=True)
    parser.add_argument("--fingerprint", required=True)
    parser.add_argument("--server", required=True, help="the lab server's address")
    parser.add_argument("--ports", required=True, help="ports to scan on it, e.g. 22,80,443")
    parser.add_argument("--mail-domain", default="demo.example.jp")
    args = parser.parse_args()
    admin_password = os.environ["MENTE_DEMO_ADMIN_PASSWORD"]
    demo_password = os.environ["MENTE_DEMO_PASSWORD"]

    box = Box(args.api, args.fingerprint)
    box.login("admin", "admin")
    box.call("POST", "/session/password", {"current": "admin", "new": admin_password}, expect=(204,))
    box.login("admin", admin_password)
    box.call("PUT", "/operators/1", {"email": "admin@" + args.mail_domain})
    box.call("POST", "/operators", {
        "admin": True, "name": "デモ 担当者", "email": "demo@" + args.mail_domain, "receivesFaultMail": True,
        "phone": "0312345678", "login": "demo", "password": demo_password, "language": "ja"}, expect=(201,))
    box.call("PUT", "/customer", {
        "company": "デモ商事株式会社", "companyKana": "デモショウジ カブシキガイシャ", "contactFamily": "山田",
        "contactGiven": "花子", "postalCode": "100-0001", "prefecture": "東京都", "address1": "千代田区千代田1-1",
        "email": "customer@" + args.mail_domain, "phone": "0312345678", "subdomain": "demo", "language": "ja",
        "mailOnFault": True, "notify": {"vpn": True, "box": True, "device": True}})
    box.call("PUT", "/license", {"key": "1234-5678-9ABC-DEFR"})
    print("demo-site: operators, customer and licence ready", flush=True)

    box.call("POST", "/discovery", expect=(202, 409))
    run = wait_for("the LAN sweep", lambda: (lambda r: r if r["state"] in ("done", "failed") else None)(
        box.call("GET", "/discovery")))
    print("demo-site: LAN sweep %s: %d devices" % (run["state"], run.get("found", 0)), flush=True)
    devices = box.call("GET", "/devices")
    server = next((d for d in devices if d["ip"] == args.server), None)
    if server is None:
        sys.exit("demo-site: the sweep did not find the lab server %s" % args.server)

    scan = box.call("POST", "/devices/%d/scan" % server["id"], {"ports": args.ports}, expect=(202,))
    result = wait_for("the port scan", lambda: (lambda r: r if r["state"] in ("done", "failed") else None)(
        box.call("GET", "/scans/%d" % scan["scanId"])))
    if result["state"] != "done":
        sys.exit("demo-site: the port scan failed: %s" % result)
    server = box.call("GET", "/devices/%d" % server["id"])
    box.call("PATCH", "/devices/%d" % server["id"], {"monitor": True, "name": "デモサーバー"})
    for port in server["ports"]:
        box.call("PATCH", "/ports/%d" % port["id"], {"monitor": True})
    found = ", ".join("%d %s" % (p["port"], p["protocol"] or "?") for p in server["ports"])
    print("demo-site: %s monitored with ports %s" % (args.server, found), flush=True)


if __name__ == "__main__":
    main()
