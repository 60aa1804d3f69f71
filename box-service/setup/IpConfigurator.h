// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setup/NetworkConfigurator.h"

#include <QStringList>

namespace mente::box {

class ProcessLauncher;

// A backend without systemd-networkd ([setup] network_backend=ip): sets a static address with
// iproute2 ("ip addr", "ip route") on one interface, and restores the addresses and the default
// route it found before. DHCP is left to whatever runs DHCP on the system, so this backend
// accepts static settings only. It is what the namespace test applies to a veth for real.
class IpConfigurator : public NetworkConfigurator
{
public:
    IpConfigurator(QString interfaceName, ProcessLauncher &launcher);

    Status apply(const NetworkSettings &settings) override;
    Status restore() override;
    void commit() override;
    QJsonObject pendingState() const override;
    void adoptPendingState(const QJsonObject &state) override;

private:
    Status setAddresses(const QStringList &cidrs, const QString &gateway);

    QString m_interface;
    ProcessLauncher &m_launcher;
    bool m_pending = false;
    QStringList m_previousCidrs;
    QString m_previousGateway;
};

} // namespace mente::box
