// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mente::console {

// Where the program connects: the device itself (VPN) or a tunnel's local end.
struct SessionTarget
{
    QString protocol; // "SSH", …
    QString host;     // what the program connects to (device address, or 127.0.0.1)
    quint16 port = 0;
    QString user;   // the device login's user, may be empty
    QString device; // the device's own address (for host-key aliases, credentials, messages)
    QString path;   // for HTTP(S): the path of the device's access URL, "/" by default

    QString url() const; // scheme://host:port/path for HTTP and HTTPS
};

} // namespace mente::console
