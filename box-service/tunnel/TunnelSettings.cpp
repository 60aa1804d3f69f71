// SPDX-License-Identifier: GPL-3.0-or-later
#include "tunnel/TunnelSettings.h"

#include "kernel/ConfigReader.h"

namespace mente::box {

TunnelSettings TunnelSettings::read(ConfigReader &r)
{
    TunnelSettings s;
    s.listen = r.text(QStringLiteral("tunnel/listen"), s.listen);
    s.user = r.text(QStringLiteral("tunnel/user"), s.user);
    s.maxConnections = r.integer(QStringLiteral("tunnel/max_connections"), s.maxConnections, 1, 1024);
    s.maxChannels = r.integer(QStringLiteral("tunnel/max_channels"), s.maxChannels, 1, 4096);
    s.maxChannelsPerConnection =
        r.integer(QStringLiteral("tunnel/max_channels_per_connection"), s.maxChannelsPerConnection, 1, 1024);
    s.authTimeoutS = r.integer(QStringLiteral("tunnel/auth_timeout_s"), s.authTimeoutS, 1, 600);
    s.connectTimeoutMs = r.integer(QStringLiteral("tunnel/connect_timeout_ms"), s.connectTimeoutMs, 100, 60000);
    s.bufferKiB = r.integer(QStringLiteral("tunnel/buffer_kib"), s.bufferKiB, 16, 16384);
    s.recheckS = r.integer(QStringLiteral("tunnel/recheck_s"), s.recheckS, 1, 3600);
    return s;
}

} // namespace mente::box
