// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/DiscoverySettings.h"

#include "kernel/ConfigReader.h"

namespace mente::box {

DiscoverySettings DiscoverySettings::read(ConfigReader &r, const QStringList &lanCidrs)
{
    DiscoverySettings s;
    s.cidrs = lanCidrs;
    s.intervalH = r.number(QStringLiteral("discovery/interval_h"), s.intervalH, 0, 24 * 365);
    s.atStart = r.oneOf(QStringLiteral("discovery/at_start"), QStringLiteral("true"),
                        {QStringLiteral("true"), QStringLiteral("false")})
                == QStringLiteral("true");
    s.startDelayS = r.integer(QStringLiteral("discovery/start_delay_s"), s.startDelayS, 0, 86400);
    s.goneAfter = r.integer(QStringLiteral("discovery/gone_after"), s.goneAfter, 1, 1000);
    s.ratePps = r.integer(QStringLiteral("discovery/rate_pps"), s.ratePps, 1, 100000);
    s.timeoutMs = r.integer(QStringLiteral("discovery/timeout_ms"), s.timeoutMs, 50, 60000);
    s.icmp =
        r.oneOf(QStringLiteral("discovery/icmp"), s.icmp,
                {QStringLiteral("auto"), QStringLiteral("datagram"), QStringLiteral("raw"), QStringLiteral("off")});
    s.reverseDns = r.oneOf(QStringLiteral("discovery/reverse_dns"), QStringLiteral("true"),
                           {QStringLiteral("true"), QStringLiteral("false")})
                   == QStringLiteral("true");
    s.ouiPath = r.text(QStringLiteral("discovery/oui_path"));
    s.neighbourPath = r.text(QStringLiteral("discovery/neighbour_path"), s.neighbourPath);
    s.maxHosts = r.integer(QStringLiteral("discovery/max_hosts"), s.maxHosts, 1, 65536);
    s.mailNew = r.oneOf(QStringLiteral("discovery/mail_new"), QStringLiteral("false"),
                        {QStringLiteral("true"), QStringLiteral("false")})
                == QStringLiteral("true");
    return s;
}

} // namespace mente::box
