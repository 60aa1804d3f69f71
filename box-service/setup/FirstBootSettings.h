// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mente::box {

// [network] of box.conf: how the box is found on a customer's LAN (F1, "finding the box on the
// network"): its host name (sent with DHCP and announced with mDNS/DNS-SD through avahi-daemon)
// and the first-boot address without DHCP.
struct FirstBootSettings
{
    QString hostname;                                                 // empty: mente-<serial> in lower case
    QString hostnameCmd = QStringLiteral("hostnamectl set-hostname"); // + the name; empty: leave it
    bool announce = true;                                             // mDNS/DNS-SD via avahi-daemon
    int fallbackAfterS = 60;
    QString fallbackAddress = QStringLiteral("192.168.234.237/24"); // a.b.c.d/p, link-local or off
};

} // namespace mente::box
