// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mente::box {

// What a connection's worker thread tells the Qt thread about one tunnel, for the audit log
// and the events. Plain values: it crosses threads.
struct TunnelReport
{
    enum class Kind { Login, LoginFailed, Opened, Closed, Refused };
    Kind kind = Kind::Opened;
    qint64 operatorId = 0;
    QString login;  // the operator's login ID; empty before a login
    QString client; // the SSH client's address:port
    QString host;   // the device address asked for
    int port = 0;
    int channel = 0; // numbered per connection, from 1
    qint64 durationMs = 0;
    qint64 bytesToDevice = 0;
    qint64 bytesFromDevice = 0;
    QString reason; // why refused or closed
};

} // namespace mente::box
