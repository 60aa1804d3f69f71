// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mente::box {

// [monitor] in box.conf: the defaults of every check (a device or port may override them), the
// parallelism, how ICMP is sent and which gateway the box watches.
struct MonitorSettings
{
    int intervalS = 60;
    int timeoutMs = 2000;
    int retries = 3;
    int recoveries = 1;
    int flapChanges = 6; // more changes than this within flapMinutes is flapping; 0: off
    int flapMinutes = 10;
    int maxParallel = 256; // checks in flight at once
    int sshThreads = 4;
    QString icmp = QStringLiteral("auto");    // auto, datagram, raw, none (TCP only)
    QString gateway = QStringLiteral("auto"); // auto (the default route's), none, or an IPv4 address
    int gatewayIntervalS = 10;
};

} // namespace mente::box
