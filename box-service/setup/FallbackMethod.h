// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"

#include <QStringList>

namespace mente::box {

// How FallbackAddress puts the first-boot address on the LAN interface and takes it off again:
// a systemd-networkd file (NetworkdFallback, the packaged box: no CAP_NET_ADMIN needed) or
// iproute2 directly (IpFallback, [setup] network_backend=ip: a box run as root without networkd).
class FallbackMethod
{
public:
    virtual ~FallbackMethod() = default;
    virtual Status add(const QString &cidr) = 0;
    virtual Status remove(const QString &cidr) = 0;
    // The box has put the address there (and not taken it off); interfaceAddresses are the
    // interface's IPv4 addresses now.
    virtual bool present(const QString &cidr, const QStringList &interfaceAddresses) const = 0;
};

} // namespace mente::box
