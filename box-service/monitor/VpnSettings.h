// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mente::box {

// [vpn] in box.conf: the SoftEther VPN the box keeps to its support company, and how often its
// state is asked.
struct VpnSettings
{
    QString hub;
    QString user;
    QString password;
    QString interfaceName;
    QString vpncmd;  // path of SoftEther's vpncmd: the account status is asked from it
    QString account; // the client's account name for vpncmd (default: the user)
    int checkS = 10;
};

} // namespace mente::box
