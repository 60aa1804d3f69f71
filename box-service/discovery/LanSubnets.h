// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"

#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QStringList>

#include <vector>

namespace mente::box {

// The IPv4 subnets discovery sweeps: the configured [lan] cidrs, or else the subnets of the
// box's own interfaces (loopback and point-to-point links left out).
class LanSubnets
{
public:
    using Subnet = QPair<QHostAddress, int>;

    static Result<QList<Subnet>> fromCidrs(const QStringList &cidrs);
    static QList<Subnet> fromInterfaces();
    // The addresses of the box itself (not swept).
    static QList<QHostAddress> ownAddresses();

    // Every host address of the subnets (not the network and broadcast addresses of subnets
    // larger than /31), without duplicates and without the box's own; an error when there are
    // more than maxHosts.
    static Result<std::vector<QHostAddress>> hosts(const QList<Subnet> &subnets, int maxHosts);
    static QString toString(const Subnet &subnet);
};

} // namespace mente::box
