#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Servers the tunnel test reaches through the box, all on loopback:
an HTTP server on 127.0.0.1 (serves the given directory), an echo server on 127.0.0.1, and an
HTTP server on 127.0.0.2 that the box's [lan] cidrs leave out. Prints "http PORT", "echo PORT",
"outside PORT", then serves until killed."""
import functools
import http.server
import socket
import socketserver
import sys
import threading


class Echo(socketserver.BaseRequestHandler):
    def handle(self):
        while True:
            data = self.request.recv(65536)
            if not data:
                return
            self.request.sendall(data)


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(server):
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server.server_address[1]


def main():
    directory = sys.argv[1]
    handler = functools.partial(Quiet, directory=directory)
    http.server.ThreadingHTTPServer.allow_reuse_address = True
    ports = {
        "http": serve(http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)),
        "echo": serve(socketserver.ThreadingTCPServer(("127.0.0.1", 0), Echo)),
        "outside": serve(http.server.ThreadingHTTPServer(("127.0.0.2", 0), handler)),
    }
    for name, port in ports.items():
        print(name, port, flush=True)
    threading.Event().wait()


if __name__ == "__main__":
    main()
