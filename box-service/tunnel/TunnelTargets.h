// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "discovery/LanSubnets.h"

#include <QHostAddress>
#include <QList>

namespace mente::box {

// Where a tunnel may lead: an IPv4 address inside the box's own LAN subnets ([lan] cidrs, or
// else its interfaces' subnets), any port. Nothing else: no names, no other networks.
class TunnelTargets
{
public:
    TunnelTargets() = default;
    explicit TunnelTargets(QList<LanSubnets::Subnet> subnets) : m_subnets(std::move(subnets)) {}

    // The subnets the box's configuration names, else its interfaces'.
    static TunnelTargets forLan(const QStringList &cidrs);

    // Empty when host:port may be reached; otherwise why not, in words for the log and audit.
    QString refusal(const QString &host, int port) const;
    QString describe() const;
    const QList<LanSubnets::Subnet> &subnets() const { return m_subnets; }

private:
    QList<LanSubnets::Subnet> m_subnets;
};

} // namespace mente::box
