// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Mute.h"
#include "shared/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace mente {

// POST /box/mute {"until"|"minutes", "reason"}: a maintenance window for the whole box. The body
// carries no kind or id (the box is the target); errors name the field.
struct BoxMuteRequest
{
    QDateTime until;
    QString reason;

    QJsonObject toJson() const;
    static Result<BoxMuteRequest> fromJson(const QJsonObject &json, const QDateTime &now);
};

// The answer of POST /box/mute: the one box-wide mute now running, and the ids of the box-wide
// mutes it replaced (ended by this call).
struct BoxMuteAnswer
{
    Mute mute;
    QList<qint64> replaced;

    QJsonObject toJson() const;
};

// The answer of DELETE /box/mute: the ids of the box-wide mutes it ended (empty when the box was
// not muted). Mutes of single devices and ports stay.
struct BoxUnmuteAnswer
{
    QList<qint64> removed;

    QJsonObject toJson() const;
    static Result<BoxUnmuteAnswer> fromJson(const QJsonObject &json);
};

} // namespace mente
