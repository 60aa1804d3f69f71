// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mente::box {

class ConfigReader;

// [tunnel] keys of box.conf: the SSH endpoint the consoles' tunnels go through (issue 10).
struct TunnelSettings
{
    QString listen = QStringLiteral("0.0.0.0:2222"); // ADDR:PORT (port 0: a free one); "off" or "": none
    QString user = QStringLiteral("mente-tunnel");   // the only SSH user name that logs in
    int maxConnections = 16;                         // SSH connections at once (more are closed at once)
    int maxChannels = 64;                            // forwarded channels at once, all connections together
    int maxChannelsPerConnection = 16;
    int authTimeoutS = 20;       // a connection that has not logged in by then is closed
    int connectTimeoutMs = 5000; // connecting to the device for a new channel
    int bufferKiB = 256;         // bytes held per channel towards the device before reading stops
    int recheckS = 30;           // how often a logged-in key is checked again (removed, disabled)

    bool enabled() const { return !listen.isEmpty() && listen != QLatin1String("off"); }

    static TunnelSettings read(ConfigReader &reader);
};

} // namespace mente::box
