// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <chrono>
#include <vector>

namespace mente::test {

// Raw TCP clients for attacks on the box's ports (loopback only), with plain POSIX sockets so
// they can run on a thread beside the Qt client that measures the box meanwhile.
class HostileClients
{
public:
    // Connects from `source` (a 127.x address, so per-address limits can be spread) to
    // 127.0.0.1:port; -1 when the connect fails.
    static int connectFrom(const char *source, quint16 port);
    // Raises this process's open-file limit to the hard limit (1,000 connections need it).
    static void raiseFileLimit();

    struct Closed
    {
        int count = 0;              // connections the box closed
        qint64 latestMs = -1;       // the latest close, in ms from the start
        std::vector<qint64> openMs; // the connections still open at the end (their age)
    };
    // Sends `prefix` on every fd, then one byte of `trickle` each `intervalMs`, until every
    // connection is closed by the peer or `limitMs` passed. Closes the fds at the end.
    static Closed trickle(const std::vector<int> &fds, const QByteArray &prefix, char trickle, int intervalMs,
                          int limitMs);
};

// One request on a fresh TLS (or plain) connection, with a hard deadline: the status (0 when
// nothing came in time) and how long it took.
struct Probe
{
    int status = 0;
    qint64 ms = 0;
    QByteArray head;
    QByteArray body;
};
// `fingerprint` pins the box's certificate (sha256:AB:...); empty means plain HTTP. With
// `untilClose` it reads everything until the box closes (pipelined answers) into body.
Probe probe(quint16 port, const QString &fingerprint, const QByteArray &request, int timeoutMs,
            bool untilClose = false);
QByteArray getRequest(const QByteArray &path, const QByteArray &extraHeaders = {});

} // namespace mente::test
