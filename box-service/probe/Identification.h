// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>

namespace mente::box {

// What the box learnt about one open port.
struct Identification
{
    quint16 port = 0;
    QString protocol; // "SSH", "HTTP", ... or "" when no probe recognised it
    QString banner;   // sanitised first bytes when the protocol is unknown
};

struct IdentifyOptions
{
    int bannerWaitMs = 200;    // quiet time before we speak to a service that has not spoken
    int probeTimeoutMs = 3000; // each client-first probe, connection included
    int maxBytes = 4096;       // never more kept from one connection
};

} // namespace mente::box

Q_DECLARE_METATYPE(mente::box::Identification)
