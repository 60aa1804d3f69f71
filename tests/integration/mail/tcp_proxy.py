#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A small HTTP CONNECT / SOCKS5 proxy for the mail tests (127.0.0.1 targets only).

Prints "listening PORT" once ready, then one line "tunnel HOST:PORT USER" per tunnel it opens.
--auth USER:PASSWORD requires those credentials (HTTP Basic Proxy-Authorization, or SOCKS5
username/password); without it no authentication is asked for.
"""
import argparse
import asyncio
import base64
import struct
import sys


async def pipe(reader, writer):
    try:
        while True:
            data = await reader.read(65536)
            if not data:
                break
            writer.write(data)
            await writer.drain()
    except (ConnectionError, asyncio.IncompleteReadError):
        pass
    finally:
        try:
            writer.close()
        except Exception:
            pass


async def tunnel(reader, writer, host, port, user, reply_ok, reply_fail):
    if host not in ("127.0.0.1", "localhost"):
        await reply_fail()
        return
    try:
        up_reader, up_writer = await asyncio.open_connection("127.0.0.1", port)
    except OSError:
        await reply_fail()
        return
    print("tunnel %s:%d %s" % (host, port, user or "-"), flush=True)
    await reply_ok()
    await asyncio.gather(pipe(reader, up_writer), pipe(up_reader, writer))


def make_http(auth):
    async def handle(reader, writer):
        head = await reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, target, _ = lines[0].split(" ", 2)
        headers = {l.split(":", 1)[0].strip().lower(): l.split(":", 1)[1].strip() for l in lines[1:] if ":" in l}
        user = None
        if auth:
            given = headers.get("proxy-authorization", "")
            if not given.startswith("Basic ") or base64.b64decode(given[6:]).decode() != auth:
                writer.write(b"HTTP/1.1 407 Proxy Authentication Required\r\n"
                             b"Proxy-Authenticate: Basic realm=\"test\"\r\nContent-Length: 0\r\n\r\n")
                await writer.drain()
                writer.close()
                return
            user = auth.split(":", 1)[0]
        if method != "CONNECT":
            writer.write(b"HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n")
            writer.close()
            return
        host, port = target.rsplit(":", 1)

        async def ok():
            writer.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
            await writer.drain()

        async def fail():
            writer.write(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
            writer.close()

        await tunnel(reader, writer, host, int(port), user, ok, fail)
    return handle


def make_socks(auth):
    async def handle(reader, writer):
        version, count = await reader.readexactly(2)
        methods = await reader.readexactly(count)
        wanted = 2 if auth else 0
        if version != 5 or wanted not in methods:
            writer.write(b"\x05\xff")
            writer.close()
            return
        writer.write(bytes([5, wanted]))
        user = None
        if auth:
            _, ulen = await reader.readexactly(2)
            name = (await reader.readexactly(ulen)).decode()
            (plen,) = await reader.readexactly(1)
            password = (await reader.readexactly(plen)).decode()
            if "%s:%s" % (name, password) != auth:
                writer.write(b"\x01\x01")
                writer.close()
                return
            writer.write(b"\x01\x00")
            user = name
        _, command, _, atyp = await reader.readexactly(4)
        if atyp == 1:
            host = ".".join(str(b) for b in await reader.readexactly(4))
        elif atyp == 3:
            (length,) = await reader.readexactly(1)
            host = (await reader.readexactly(length)).decode()
        else:
            writer.close()
            return
        (port,) = struct.unpack("!H", await reader.readexactly(2))

        async def ok():
            writer.write(b"\x05\x00\x00\x01\x00\x00\x00\x00\x00\x00")
            await writer.drain()

        async def fail():
            writer.write(b"\x05\x05\x00\x01\x00\x00\x00\x00\x00\x00")
            writer.close()

        if command != 1:
            await fail()
            return
        await tunnel(reader, writer, host, port, user, ok, fail)
    return handle


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--mode", choices=["http", "socks5"], required=True)
    parser.add_argument("--auth")
    args = parser.parse_args()
    handler = make_http(args.auth) if args.mode == "http" else make_socks(args.auth)

    async def serve():
        server = await asyncio.start_server(handler, "127.0.0.1", 0)
        print("listening %d" % server.sockets[0].getsockname()[1], flush=True)
        await server.serve_forever()

    asyncio.run(serve())


if __name__ == "__main__":
    main()
