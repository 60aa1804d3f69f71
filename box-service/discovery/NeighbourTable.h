// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace mente::box {

// The kernel's IPv4 neighbour (ARP) table: who answered ARP lately, with its MAC. Every host
// that exchanged a packet with the box is there, even one that drops pings.
class NeighbourTable
{
public:
    struct Entry
    {
        QString ip;
        QString mac; // lower case aa:bb:cc:dd:ee:ff
        QString device;
    };

    // /proc/net/arp text; incomplete entries (no MAC yet) are left out.
    static QList<Entry> parse(const QByteArray &text);
    static QList<Entry> read(const QString &path = QStringLiteral("/proc/net/arp"));
};

} // namespace mente::box
