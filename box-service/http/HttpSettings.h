// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace mente::box {

// The limits of one listening port ([api] or [setup] in the config, docs/configuration.md).
// Every phase of a connection has a deadline, so no client holds a connection on its own terms.
struct HttpSettings
{
    int handshakeMs = 10000;  // TLS only: from accept to the end of the handshake
    int headMs = 10000;       // from the first byte of a request (or accept) to its last header
    int bodyMs = 30000;       // from the end of the head to the last byte of the body
    int idleMs = 30000;       // between requests on a kept-alive connection
    int maxConnections = 512; // open at once on this port (streams included)
    int maxPerAddress = 64;   // open at once from one client address
    qsizetype maxHeadBytes = 16 * 1024;
    qint64 maxBodyBytes = 256 * 1024;
    qint64 maxStreamBacklog = 4 * 1024 * 1024; // unsent bytes of a stream before its client is dropped
    int acceptRetryMs = 100;                   // after an accept error (no file descriptors left)
};

} // namespace mente::box
