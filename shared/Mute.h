// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Result.h"

#include <QDateTime>
#include <QJsonObject>

namespace mente {

// A maintenance window (F7): while it lasts, faults of the target (a device with its ports, one
// port, or the whole box) are still recorded but carry "muted" so that no mail goes out.
struct Mute
{
    qint64 id = 0;
    QString kind;        // "device", "port" or "box"
    qint64 targetId = 0; // 0 for the box
    QDateTime until;
    QDateTime createdAt;
    QString createdBy;
    QString reason;

    QJsonObject toJson() const;
    static Result<Mute> fromJson(const QJsonObject &json, const QString &prefix = {});
};

// POST /mutes {"kind","id","until"|"minutes","reason"}: checked against `now`; errors name the field.
struct MuteRequest
{
    QString kind;
    qint64 targetId = 0;
    QDateTime until;
    QString reason;

    static Result<MuteRequest> fromJson(const QJsonObject &json, const QDateTime &now);
};

} // namespace mente
