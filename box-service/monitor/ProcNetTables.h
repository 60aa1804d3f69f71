// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QPair>
#include <QString>

namespace mente::box {

// The kernel's tables the gateway watcher reads, parsed from their text (so a test or a fuzzer
// can hand them any bytes): /proc/net/route and /proc/net/arp.
class ProcNetTables
{
public:
    // The default route's gateway and interface from /proc/net/route text ("" when none).
    static QPair<QString, QString> defaultRoute(const QByteArray &routeText);
    // Whether /proc/net/arp text has a resolved entry (ATF_COM) for ip.
    static bool arpResolved(const QByteArray &arpText, const QString &ip);
};

} // namespace mente::box
