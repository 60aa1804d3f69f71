// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kernel/NetworkFacts.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace mente::box {

// What the box knows of itself once it has started: filled by the composition root (BoxService)
// while it prepares and listens, read by the parts that show or announce it.
struct BoxIdentity
{
    QString serial;
    QString hostname; // [network] hostname, default mente-<serial>: sent with DHCP, announced with mDNS
    QString version;
    QString tlsFingerprint;
    QString sshHostKey;       // SHA256:… of the tunnel endpoint's host key
    int sshListenPort = 0;    // the tunnel endpoint's real port; 0 when it is off
    QStringList ownNames;     // the box's DNS names (in its certificate; the setup page's Host check)
    QStringList ownAddresses; // its IPv4 addresses as it knew them at start (likewise)
    QDateTime startedAt;
    NetworkFacts network;
};

} // namespace mente::box
