// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"

#include <QJsonObject>
#include <QList>

namespace mente {

// POST /devices {"ip"}: a device added by hand (a dotted IPv4 address).
struct DeviceCreate
{
    QString ip;

    QJsonObject toJson() const;
    static Result<DeviceCreate> fromJson(const QJsonObject &json);
};

// POST /devices/{id}/ports {"port","protocol"}: a port row added by hand; a known protocol is
// normalised ("ssh" is "SSH"), another name kept as typed, "" is unknown.
struct PortCreate
{
    int port = 0;
    QString protocol;

    QJsonObject toJson() const;
    static Result<PortCreate> fromJson(const QJsonObject &json);
};

// The answer to POST /devices/clear-new: how many devices were marked new.
struct ClearNewResult
{
    int cleared = 0;

    QJsonObject toJson() const;
    static Result<ClearNewResult> fromJson(const QJsonObject &json);
};

// The answer to POST /operators/delete: the ids removed, all or nothing.
struct RemovedIds
{
    QList<qint64> removed;

    QJsonObject toJson() const;
    static Result<RemovedIds> fromJson(const QJsonObject &json);
};

} // namespace mente
