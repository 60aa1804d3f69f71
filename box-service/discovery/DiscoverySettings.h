// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace mente::box {

class ConfigReader;

// [discovery] keys of box.conf ([lan] cidrs is read with them).
struct DiscoverySettings
{
    QStringList cidrs;                     // [lan] cidrs; empty: the subnets of the box's interfaces
    double intervalH = 6;                  // [discovery] interval_h: 0 = only on request
    bool atStart = true;                   // [discovery] at_start
    int startDelayS = 120;                 // [discovery] start_delay_s: lets the network settle after boot
    int goneAfter = 3;                     // [discovery] gone_after: sweeps a device may miss before it is gone
    int ratePps = 200;                     // [discovery] rate_pps: probe packets per second
    int timeoutMs = 1000;                  // [discovery] timeout_ms: wait for answers
    QString icmp = QStringLiteral("auto"); // [discovery] icmp: auto, datagram, raw, off (TCP sweep)
    bool reverseDns = true;                // [discovery] reverse_dns
    QString ouiPath;                       // [discovery] oui_path; empty: Debian's ieee-data
    QString neighbourPath = QStringLiteral("/proc/net/arp"); // [discovery] neighbour_path
    int maxHosts = 4096;                                     // [discovery] max_hosts: a /20 at most
    bool mailNew = false; // [discovery] mail_new: a new device on the LAN is mailed to the operators

    static DiscoverySettings read(ConfigReader &reader, const QStringList &lanCidrs);
};

} // namespace mente::box
