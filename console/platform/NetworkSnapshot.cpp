// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/NetworkSnapshot.h"

#include <QNetworkInterface>
#include <QtEndian>

namespace mente::console::platform {

namespace {
// /proc/net/route prints each address as the hex of a native 32-bit word holding network-order bytes.
QHostAddress fromRouteHex(const QByteArray &hex)
{
    bool ok = false;
    const quint32 raw = hex.toUInt(&ok, 16);
    return ok ? QHostAddress(qFromBigEndian(raw)) : QHostAddress();
}

int prefixOf(const QHostAddress &mask)
{
    return qPopulationCount(mask.toIPv4Address());
}
} // namespace

QList<NetworkSnapshot::Interface> readInterfaces()
{
    QList<NetworkSnapshot::Interface> interfaces;
    const QList<QNetworkInterface> all = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &i : all) {
        NetworkSnapshot::Interface entry;
        entry.name = i.name();
        entry.friendlyName = i.humanReadableName();
        entry.up = i.flags().testFlag(QNetworkInterface::IsUp);
        entry.running = i.flags().testFlag(QNetworkInterface::IsRunning);
        const QList<QNetworkAddressEntry> addresses = i.addressEntries();
        for (const QNetworkAddressEntry &a : addresses)
            if (a.ip().protocol() == QAbstractSocket::IPv4Protocol)
                entry.addresses.append({a.ip(), a.prefixLength()});
        interfaces.append(entry);
    }
    return interfaces;
}

QList<NetworkSnapshot::Route> parseRouteTable(const QByteArray &text)
{
    QList<NetworkSnapshot::Route> routes;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype n = 1; n < lines.size(); ++n) { // the first line names the columns
        const QList<QByteArray> f = lines.at(n).simplified().split(' ');
        if (f.size() < 8)
            continue;
        const int flags = f.at(3).toInt(nullptr, 16);
        if (!(flags & 0x1)) // RTF_UP
            continue;
        NetworkSnapshot::Route r;
        r.interfaceName = QString::fromLatin1(f.at(0));
        r.destination = fromRouteHex(f.at(1));
        if (flags & 0x2) // RTF_GATEWAY
            r.gateway = fromRouteHex(f.at(2));
        r.metric = f.at(6).toInt();
        r.prefix = prefixOf(fromRouteHex(f.at(7)));
        routes.append(r);
    }
    return routes;
}

} // namespace mente::console::platform
