// SPDX-License-Identifier: GPL-3.0-or-later
#include "scan/ScanSettings.h"

#include "kernel/ConfigReader.h"

namespace mente::box {

ScanSettings ScanSettings::read(ConfigReader &r)
{
    ScanSettings s;
    s.method = r.oneOf(QStringLiteral("scan/method"), s.method,
                       {QStringLiteral("auto"), QStringLiteral("connect"), QStringLiteral("syn")});
    s.maxInFlight = r.integer(QStringLiteral("scan/max_in_flight"), s.maxInFlight, 1, 16384);
    s.threads = r.integer(QStringLiteral("scan/threads"), s.threads, 1, 8);
    s.bannerWaitMs = r.integer(QStringLiteral("scan/banner_wait_ms"), s.bannerWaitMs, 10, 30000);
    s.probeTimeoutMs = r.integer(QStringLiteral("scan/probe_timeout_ms"), s.probeTimeoutMs, 100, 60000);
    s.parallelIdentify = r.integer(QStringLiteral("scan/parallel_identify"), s.parallelIdentify, 1, 256);
    s.maxParallelScans = r.integer(QStringLiteral("scan/max_parallel"), s.maxParallelScans, 1, 64);
    return s;
}

} // namespace mente::box
