// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/NetworkSnapshot.h"

#include <QFile>

namespace mente::console::platform {

NetworkSnapshot readNetworkSnapshot()
{
    NetworkSnapshot snapshot;
    snapshot.interfaces = readInterfaces();
    QFile routes(QStringLiteral("/proc/thread-self/net/route"));
    if (!routes.open(QIODevice::ReadOnly)) {
        routes.setFileName(QStringLiteral("/proc/net/route"));
        if (!routes.open(QIODevice::ReadOnly))
            return snapshot;
    }
    snapshot.routes = parseRouteTable(routes.readAll());
    return snapshot;
}

} // namespace mente::console::platform
