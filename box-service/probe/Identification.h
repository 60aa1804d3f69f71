// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/ScanRecord.h"

#include <QMetaType>
#include <QString>

namespace mente::box {

// What the box learnt about one open port: the scan record's entry (shared/ScanRecord.h).
using Identification = ScanOpenPort;

struct IdentifyOptions
{
    int bannerWaitMs = 200;    // quiet time before we speak to a service that has not spoken
    int probeTimeoutMs = 3000; // each client-first probe, connection included
    int maxBytes = 4096;       // never more kept from one connection
};

} // namespace mente::box

Q_DECLARE_METATYPE(mente::box::Identification)
