// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace mente::box {

class ConfigReader;

// [scan] keys of box.conf.
struct ScanSettings
{
    QString method = QStringLiteral("auto"); // [scan] method: auto (SYN when allowed), connect, syn
    int maxInFlight = 1024;                  // [scan] max_in_flight: sockets connecting at once, per thread
    int threads = 2;                         // [scan] threads
    int bannerWaitMs = 200;                  // [scan] banner_wait_ms: quiet time before the box speaks first
    int probeTimeoutMs = 3000;               // [scan] probe_timeout_ms: each identification probe
    int parallelIdentify = 32;               // [scan] parallel_identify: identifications at once, per scan
    int maxParallelScans = 4;                // [scan] max_parallel: scans at once (more: 429)

    static ScanSettings read(ConfigReader &reader);
};

} // namespace mente::box
