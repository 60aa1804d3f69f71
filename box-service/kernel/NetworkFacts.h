// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace mente::box {

// What the box can see of its own network: the main IPv4 address, its MAC, all addresses.
struct NetworkFacts
{
    QString localIp;
    QString mac;
    QString interfaceName;
    QStringList addresses; // every IPv4 address of an up interface, loopback included

    static NetworkFacts read();
};

} // namespace mente::box
