// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"

#include <QJsonObject>
#include <QList>

namespace mente {

// The answer of POST and DELETE /devices/{id}/ack and /ports/{id}/ack: the target and whether its
// fault is now acknowledged ("known and being handled").
struct Acknowledgement
{
    QString kind; // "device" or "port"
    qint64 id = 0;
    bool acknowledged = false;

    QJsonObject toJson() const;
    static Result<Acknowledgement> fromJson(const QJsonObject &json);
};

// The answer of POST /box/ack: the faults of the box that this call acknowledged (every current
// fault that was not acknowledged yet). Empty lists when there was none.
struct BoxAcknowledgement
{
    QList<qint64> devices;
    QList<qint64> ports;

    qsizetype count() const { return devices.size() + ports.size(); }
    QJsonObject toJson() const;
    static Result<BoxAcknowledgement> fromJson(const QJsonObject &json);
};

} // namespace mente
