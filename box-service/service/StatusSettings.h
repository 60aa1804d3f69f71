// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mente::box {

// What the box's status and detail show of box.conf ([box], [tunnel] user, [vpn]); the composition
// root fills it from the file it read.
struct StatusSettings
{
    int sshPort = 0;     // [box] ssh_port; 0: the tunnel endpoint's real port
    QString addressMode; // [box] address_mode; empty: as the setup page last set it
    QString sshUser;     // [tunnel] user
    QString vpnHub;      // [vpn] hub
    QString vpnUser;     // [vpn] user
    QString vpnPassword; // [vpn] password: shown only on an explicit, audited request
};

} // namespace mente::box
