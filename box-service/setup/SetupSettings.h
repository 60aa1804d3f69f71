// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/HttpSettings.h"

#include <QString>

namespace mente::box {

// [setup] of box.conf: the setup page (F1), how a network change is applied and confirmed, how
// power is switched. The composition root reads it and hands it to the setup page.
struct SetupSettings
{
    int confirmS = 120;                                          // rollback unless confirmed in time
    QString networkBackend = QStringLiteral("networkd");         // "networkd" or "ip"
    QString networkDir = QStringLiteral("/etc/systemd/network"); // networkd: where the file goes
    QString networkFile = QStringLiteral("50-mente.network");
    QString networkInterface;                                       // empty: the box's main interface
    QString networkReloadCmd = QStringLiteral("networkctl reload"); // networkd: after writing the file
    QString poweroffCmd = QStringLiteral("systemctl poweroff");
    QString rebootCmd = QStringLiteral("systemctl reboot");
    HttpSettings http = defaultHttp(); // timeouts and connection limits of the plain-HTTP port
    // Who may use the page: "lan" (the box's own subnets and loopback), "any", or CIDRs.
    QString allowFrom = QStringLiteral("lan");

    static HttpSettings defaultHttp()
    {
        HttpSettings s;
        s.maxConnections = 64;
        s.maxPerAddress = 16;
        s.maxBodyBytes = 64 * 1024;
        return s;
    }
};

} // namespace mente::box
