#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A small real SMTP server (aiosmtpd) for the mail tests.

Every message received is written to DIR/NNNN.eml, with its envelope (sender, recipients,
whether TLS and AUTH were used) in DIR/NNNN.json, written first. Prints "listening PORT" once
ready. Options: --starttls CERT KEY requires STARTTLS; --tls CERT KEY speaks implicit TLS; --auth USER:PASSWORD requires AUTH
(only over TLS, unless --auth-without-tls: plain SMTP on loopback); --reject PREFIX answers 550 to recipients starting with PREFIX; --data-delay-ms MS
stores each mail, then waits that long before it answers 250 (a slow server: the mail is there
before the client knows).
"""
import argparse
import asyncio
import json
import os
import ssl

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


class Sink:
    def __init__(self, directory, reject, data_delay_ms=0):
        self.directory = directory
        self.reject = reject
        self.data_delay = data_delay_ms / 1000.0
        # Started again on the same folder (a test that takes the server down and up), it
        # numbers on after the mails already there.
        numbers = [int(stem) for stem in (name.split(".")[0] for name in os.listdir(directory)) if stem.isdigit()]
        self.count = max(numbers, default=0)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.reject and address.startswith(self.reject):
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        base = os.path.join(self.directory, "%04d" % self.count)
        with open(base + ".json", "w", encoding="utf-8") as f:
            json.dump({"from": envelope.mail_from, "to": envelope.rcpt_tos,
                       "tls": session.ssl is not None, "auth": bool(session.authenticated)}, f)
        data = envelope.original_content or envelope.content
        if isinstance(data, str):
            data = data.encode("utf-8")
        with open(base + ".tmp", "wb") as f:
            f.write(data)
        os.rename(base + ".tmp", base + ".eml")
        if self.data_delay:
            await asyncio.sleep(self.data_delay)
        return "250 OK"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--dir", required=True)
    parser.add_argument("--starttls", nargs=2, metavar=("CERT", "KEY"))
    parser.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"), help="implicit TLS (smtps)")
    parser.add_argument("--auth")
    parser.add_argument("--auth-without-tls", action="store_true",
                        help="offer and require AUTH on a plain connection (loopback tests)")
    parser.add_argument("--reject")
    parser.add_argument("--data-delay-ms", type=int, default=0)
    args = parser.parse_args()
    os.makedirs(args.dir, exist_ok=True)
    handler = Sink(args.dir, args.reject, args.data_delay_ms)
    context = None
    if args.starttls:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.starttls[0], args.starttls[1])
    implicit = None
    if args.tls:
        implicit = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        implicit.load_cert_chain(args.tls[0], args.tls[1])

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and \
            "%s:%s" % (auth_data.login.decode(), auth_data.password.decode()) == args.auth
        # handled=False: aiosmtpd answers 535 itself (with the default, True, it answers nothing).
        return AuthResult(success=ok, handled=False)

    def factory():
        return SMTP(handler, hostname="sink.test", tls_context=context, require_starttls=context is not None,
                    authenticator=authenticator if args.auth else None, auth_required=bool(args.auth),
                    auth_require_tls=implicit is None and not args.auth_without_tls)

    async def serve():
        server = await asyncio.get_running_loop().create_server(factory, "127.0.0.1", args.port, ssl=implicit)
        print("listening %d" % server.sockets[0].getsockname()[1], flush=True)
        await server.serve_forever()

    asyncio.run(serve())


if __name__ == "__main__":
    main()
