// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"

#include <QDateTime>
#include <QJsonObject>

namespace mente {

// One numbered event of a box: a state change of a device, port, the box or its VPN, or a
// scan / discovery result. The sequence number only grows; consoles resume after the last
// one they saw.
struct Event
{
    qint64 seq = 0;
    QDateTime at;
    QString kind; // "device", "port", "box", "vpn", "scan", "discovery", ...
    qint64 id = 0; // the device, port, scan ... it is about; 0 for the box itself
    QString from;
    QString to;
    QString cause; // timeout, refused, bad banner, ...
    QJsonObject detail;

    QJsonObject toJson() const;
    static Result<Event> fromJson(const QJsonObject &json);
};

} // namespace mente
