// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace mente::console {

// Where the box's SSH endpoint is and how the console proves who it is. The private key is the
// console's ed25519 key from the vault (OpenSSH base64 form); it never leaves this process.
struct TunnelEndpoint
{
    QString host;
    quint16 port = 22;
    QString user;
    QString hostKey;       // "SHA256:…" as OpenSSH prints it; the connection is refused on any other key
    QByteArray privateKey; // OpenSSH private key text
};

// How patient the tunnel is. Tests shorten these.
struct TunnelTimings
{
    int connectTimeoutS = 8;
    int keepAliveS = 15;    // an SSH ignore message this often keeps NAT entries and shows a dead link
    int deadLinkS = 20;     // unacknowledged data this long means the link is gone (TCP_USER_TIMEOUT)
    int firstRetryMs = 300; // reconnect backoff: doubles up to maxRetryMs
    int maxRetryMs = 8000;
    int pendingLimitS = 30; // a local connection waits this long for the link to come back
};

enum class TunnelState { Connecting, Up, Reconnecting, Failed, Closed };

} // namespace mente::console

Q_DECLARE_METATYPE(mente::console::TunnelState)
