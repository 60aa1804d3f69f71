// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/NetworkSnapshot.h"

#include <QNetworkInterface>

namespace mente::console::platform {

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

} // namespace mente::console::platform
