// SPDX-License-Identifier: GPL-3.0-or-later
#include "kernel/NetworkFacts.h"

#include <QNetworkInterface>

namespace mente::box {

NetworkFacts NetworkFacts::read()
{
    NetworkFacts facts;
    const auto interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &iface : interfaces) {
        if (!(iface.flags() & QNetworkInterface::IsUp))
            continue;
        for (const QNetworkAddressEntry &entry : iface.addressEntries()) {
            const QHostAddress ip = entry.ip();
            if (ip.protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            facts.addresses << ip.toString();
            if (facts.localIp.isEmpty() && !(iface.flags() & QNetworkInterface::IsLoopBack)) {
                facts.localIp = ip.toString();
                facts.mac = iface.hardwareAddress().toUpper();
                facts.interfaceName = iface.name();
            }
        }
    }
    return facts;
}

} // namespace mente::box
