// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "setup/FallbackMethod.h"
#include "setup/NetworkSettings.h"
#include "setup/NetworkdConfigurator.h"

#include <functional>

namespace mente::box {

// The first-boot address as systemd-networkd configuration, the way the setup page applies its
// network settings ([setup] network_backend=networkd, the default): the box's own .network file
// (50-mente.network) is written for the confirmed settings — DHCP, with the host name — plus
// Address=<the first-boot address>, and networkd is asked to reload (networkctl reload, allowed
// for the user mente-box by the package's polkit rule). Taking it off writes the same file
// without that line, and only over the file that carries it (never over one the box did not
// write). DHCP keeps running meanwhile, so a lease that comes later is taken too. The file is the
// truth: the setup page's rollback writes back the file it replaced, first-boot address included,
// and a confirmed change replaces it.
class NetworkdFallback : public FallbackMethod
{
public:
    using ConfirmedSettings = std::function<NetworkSettings()>; // DHCP with the box's host name, …

    NetworkdFallback(NetworkdConfigurator configurator, ConfirmedSettings confirmed);

    Status add(const QString &cidr) override;
    Status remove(const QString &cidr) override;
    bool present(const QString &cidr, const QStringList &interfaceAddresses) const override;

private:
    NetworkdConfigurator m_configurator;
    ConfirmedSettings m_confirmed;
};

} // namespace mente::box
