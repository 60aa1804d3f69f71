// SPDX-License-Identifier: GPL-3.0-or-later
#include "tunnel/TunnelTargets.h"

#include <QStringList>

namespace mente::box {

TunnelTargets TunnelTargets::forLan(const QStringList &cidrs)
{
    if (!cidrs.isEmpty()) {
        if (auto subnets = LanSubnets::fromCidrs(cidrs))
            return TunnelTargets(subnets.value());
        return TunnelTargets(); // BoxConfig has checked them; refuse everything rather than guess
    }
    return TunnelTargets(LanSubnets::fromInterfaces());
}

QString TunnelTargets::refusal(const QString &host, int port) const
{
    if (port < 1 || port > 65535)
        return QStringLiteral("port %1 is not a TCP port").arg(port);
    QHostAddress address;
    if (!address.setAddress(host) || address.protocol() != QAbstractSocket::IPv4Protocol)
        return QStringLiteral("\"%1\" is not an IPv4 address (tunnels go to a device's address, not a name)")
            .arg(host.left(64));
    for (const LanSubnets::Subnet &subnet : m_subnets)
        if (address.isInSubnet(subnet.first, subnet.second))
            return {};
    return QStringLiteral("%1 is outside the box's LAN subnets (%2)").arg(address.toString(), describe());
}

QString TunnelTargets::describe() const
{
    QStringList names;
    for (const LanSubnets::Subnet &subnet : m_subnets)
        names << LanSubnets::toString(subnet);
    return names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", "));
}

} // namespace mente::box
