// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/Mute.h"

#include "shared/JsonReader.h"
#include "shared/TimeFormat.h"

#include <limits>

namespace mente {

QJsonObject Mute::toJson() const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("kind"), kind},
        {QStringLiteral("targetId"), targetId},
        {QStringLiteral("until"), toIsoOrNull(until)},
        {QStringLiteral("createdAt"), toIsoOrNull(createdAt)},
        {QStringLiteral("createdBy"), createdBy},
        {QStringLiteral("reason"), reason},
    };
}

Result<Mute> Mute::fromJson(const QJsonObject &json, const QString &prefix)
{
    constexpr qint64 kMaxId = std::numeric_limits<qint64>::max() / 2;
    JsonReader r(json, prefix);
    Mute m;
    m.id = r.integer(QStringLiteral("id"), JsonReader::Required, 1, kMaxId);
    m.kind = r.string(QStringLiteral("kind"), JsonReader::Required, 16);
    if (r.ok() && m.kind != QLatin1String("device") && m.kind != QLatin1String("port")
        && m.kind != QLatin1String("box"))
        r.fail(QStringLiteral("kind"), QStringLiteral("kind must be \"device\", \"port\" or \"box\"."));
    m.targetId = r.integer(QStringLiteral("targetId"), JsonReader::Required, 0, kMaxId);
    if (r.ok() && (m.kind == QLatin1String("box")) != (m.targetId == 0))
        r.fail(QStringLiteral("targetId"), QStringLiteral("targetId is 0 for the box and only for the box."));
    m.until = r.time(QStringLiteral("until"), JsonReader::Required);
    m.createdAt = r.time(QStringLiteral("createdAt"), JsonReader::Optional);
    m.createdBy = r.string(QStringLiteral("createdBy"), JsonReader::Optional, 64);
    m.reason = r.string(QStringLiteral("reason"), JsonReader::Optional, 500);
    if (!r.ok())
        return r.error();
    return m;
}

Result<MuteRequest> MuteRequest::fromJson(const QJsonObject &json, const QDateTime &now)
{
    constexpr qint64 kMaxMinutes = 60LL * 24 * 366; // a year at most
    JsonReader r(json);
    MuteRequest m;
    m.kind = r.string(QStringLiteral("kind"), JsonReader::Required, 16);
    if (r.ok() && m.kind != QLatin1String("device") && m.kind != QLatin1String("port")
        && m.kind != QLatin1String("box"))
        r.fail(QStringLiteral("kind"), QStringLiteral("kind must be \"device\", \"port\" or \"box\"."));
    if (m.kind == QLatin1String("box"))
        m.targetId = r.integer(QStringLiteral("id"), JsonReader::Optional, 0, 0);
    else
        m.targetId = r.integer(QStringLiteral("id"), JsonReader::Required, 1, std::numeric_limits<qint64>::max() / 2);
    const QString until = r.string(QStringLiteral("until"), JsonReader::Optional, 40);
    const auto minutes = r.optionalInteger(QStringLiteral("minutes"), 1, kMaxMinutes);
    m.reason = r.string(QStringLiteral("reason"), JsonReader::Optional, 500);
    if (!r.ok())
        return r.error();
    if (!until.isEmpty() && minutes)
        return Error::validation(QStringLiteral("until"), QStringLiteral("Give either until or minutes, not both."));
    if (minutes) {
        m.until = now.addSecs(*minutes * 60);
    } else if (!until.isEmpty()) {
        m.until = fromIso(until);
        if (!m.until.isValid())
            return Error::validation(QStringLiteral("until"),
                                     QStringLiteral("until must be a time like 2026-11-25T10:00:00Z."));
        if (m.until <= now)
            return Error::validation(QStringLiteral("until"), QStringLiteral("until must be in the future."));
        if (m.until > now.addSecs(kMaxMinutes * 60))
            return Error::validation(QStringLiteral("until"), QStringLiteral("A mute lasts a year at most."));
    } else {
        return Error::validation(QStringLiteral("minutes"), QStringLiteral("Give until (a time) or minutes."));
    }
    return m;
}

} // namespace mente
