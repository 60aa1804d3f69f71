// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>

namespace mente::console::platform {

// The local interfaces and IPv4 routes at one moment, as the VPN diagnosis needs them.
struct NetworkSnapshot
{
    struct Address
    {
        QHostAddress ip;
        int prefix = 0;
    };
    struct Interface
    {
        QString name;             // e.g. "vpn_vpn" (Linux), the adapter's name (Windows)
        QString friendlyName;     // Windows: "VPN - VPN Client"; Linux: same as name
        bool up = false;          // administratively up
        bool running = false;     // carrier / operational
        QList<Address> addresses; // IPv4 only
    };
    struct Route
    {
        QString interfaceName;
        QHostAddress destination;
        int prefix = 0;
        QHostAddress gateway; // null for on-link
        int metric = 0;
    };

    QList<Interface> interfaces;
    QList<Route> routes;
};

// Reads the current snapshot: Linux from QNetworkInterface and the kernel's route table
// (/proc/thread-self/net/route, so it follows the calling thread's network namespace);
// Windows from the IP Helper API.
NetworkSnapshot readNetworkSnapshot();
// The interfaces part, the same on every platform (QNetworkInterface).
QList<NetworkSnapshot::Interface> readInterfaces();
// The routes that are up in the text of Linux's /proc/net/route (the first line names the columns).
QList<NetworkSnapshot::Route> parseRouteTable(const QByteArray &text);

} // namespace mente::console::platform
