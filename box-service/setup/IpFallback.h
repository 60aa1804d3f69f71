// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setup/FallbackMethod.h"

namespace mente::box {

class ProcessLauncher;

// The first-boot address with iproute2 ("ip addr add/del"), for [setup] network_backend=ip: a box
// that runs as root (or with CAP_NET_ADMIN) on a system without systemd-networkd. What the
// interface has is the truth: the setup page's ip backend flushes and restores it.
class IpFallback : public FallbackMethod
{
public:
    IpFallback(QString interfaceName, ProcessLauncher &launcher);

    Status add(const QString &cidr) override;
    Status remove(const QString &cidr) override;
    bool present(const QString &cidr, const QStringList &interfaceAddresses) const override;

private:
    QString m_interface;
    ProcessLauncher &m_launcher;
};

} // namespace mente::box
