// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/LanSubnets.h"

#include <QNetworkInterface>

#include <set>

namespace mente::box {

Result<QList<LanSubnets::Subnet>> LanSubnets::fromCidrs(const QStringList &cidrs)
{
    QList<Subnet> subnets;
    for (const QString &cidr : cidrs) {
        const Subnet subnet = QHostAddress::parseSubnet(cidr.trimmed());
        if (subnet.first.protocol() != QAbstractSocket::IPv4Protocol || !cidr.contains(QLatin1Char('/')))
            return Error::validation(QStringLiteral("[lan] cidrs"),
                                     QStringLiteral("\"%1\" is not an IPv4 subnet like 192.168.1.0/24.").arg(cidr));
        subnets.append(subnet);
    }
    return subnets;
}

QList<LanSubnets::Subnet> LanSubnets::fromInterfaces()
{
    QList<Subnet> subnets;
    for (const QNetworkInterface &nic : QNetworkInterface::allInterfaces()) {
        const auto flags = nic.flags();
        if (!(flags & QNetworkInterface::IsUp) || !(flags & QNetworkInterface::IsRunning)
            || (flags & QNetworkInterface::IsLoopBack) || (flags & QNetworkInterface::IsPointToPoint))
            continue;
        for (const QNetworkAddressEntry &entry : nic.addressEntries()) {
            if (entry.ip().protocol() != QAbstractSocket::IPv4Protocol || entry.ip().isLoopback())
                continue;
            const int prefix = entry.prefixLength();
            if (prefix <= 0 || prefix >= 32)
                continue;
            const quint32 mask = prefix == 0 ? 0 : ~quint32(0) << (32 - prefix);
            subnets.append({QHostAddress(entry.ip().toIPv4Address() & mask), prefix});
        }
    }
    return subnets;
}

QList<QHostAddress> LanSubnets::ownAddresses()
{
    QList<QHostAddress> own;
    for (const QHostAddress &a : QNetworkInterface::allAddresses())
        if (a.protocol() == QAbstractSocket::IPv4Protocol)
            own.append(a);
    return own;
}

Result<std::vector<QHostAddress>> LanSubnets::hosts(const QList<Subnet> &subnets, int maxHosts)
{
    std::set<quint32> own;
    for (const QHostAddress &a : ownAddresses())
        own.insert(a.toIPv4Address());
    std::set<quint32> seen;
    std::vector<QHostAddress> out;
    for (const Subnet &subnet : subnets) {
        const int prefix = subnet.second;
        const quint64 size = quint64(1) << (32 - prefix);
        if (size > quint64(maxHosts) + 2)
            return Error::validation(QStringLiteral("[lan] cidrs"),
                                     QStringLiteral("%1 has more than %2 hosts.").arg(toString(subnet)).arg(maxHosts));
        const quint32 mask = prefix == 0 ? 0 : ~quint32(0) << (32 - prefix);
        const quint32 network = subnet.first.toIPv4Address() & mask;
        const quint64 first = size > 2 ? 1 : 0;
        const quint64 last = size > 2 ? size - 2 : size - 1;
        for (quint64 i = first; i <= last; ++i) {
            const quint32 ip = network + quint32(i);
            if (own.count(ip) || !seen.insert(ip).second)
                continue;
            out.emplace_back(ip);
            if (int(out.size()) > maxHosts)
                return Error::validation(QStringLiteral("[lan] cidrs"),
                                         QStringLiteral("The LAN has more than %1 hosts.").arg(maxHosts));
        }
    }
    return out;
}

QString LanSubnets::toString(const Subnet &subnet)
{
    return QStringLiteral("%1/%2").arg(subnet.first.toString()).arg(subnet.second);
}

} // namespace mente::box
