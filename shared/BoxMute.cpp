// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/BoxMute.h"

#include "shared/IdList.h"
#include "shared/TimeFormat.h"

namespace mente {

QJsonObject BoxMuteRequest::toJson() const
{
    QJsonObject json{{QStringLiteral("until"), toIsoOrNull(until)}};
    if (!reason.isEmpty())
        json.insert(QStringLiteral("reason"), reason);
    return json;
}

Result<BoxMuteRequest> BoxMuteRequest::fromJson(const QJsonObject &json, const QDateTime &now)
{
    for (const QString &key : {QStringLiteral("kind"), QStringLiteral("id")})
        if (json.contains(key))
            return Error::validation(key,
                                     QStringLiteral("%1 is not taken here: this call mutes the whole box.").arg(key));
    // The same window rules as POST /mutes for a box.
    QJsonObject asMute = json;
    asMute.insert(QStringLiteral("kind"), QStringLiteral("box"));
    auto parsed = MuteRequest::fromJson(asMute, now);
    if (!parsed)
        return parsed.error();
    return BoxMuteRequest{parsed->until, parsed->reason};
}

QJsonObject BoxMuteAnswer::toJson() const
{
    return {{QStringLiteral("mute"), mute.toJson()}, {QStringLiteral("replaced"), idsToJson(replaced)}};
}

QJsonObject BoxUnmuteAnswer::toJson() const
{
    return {{QStringLiteral("removed"), idsToJson(removed)}};
}

Result<BoxUnmuteAnswer> BoxUnmuteAnswer::fromJson(const QJsonObject &json)
{
    auto ids = idArrayFromJson(json.value(QStringLiteral("removed")), QStringLiteral("removed"));
    if (!ids)
        return ids.error();
    return BoxUnmuteAnswer{ids.value()};
}

} // namespace mente
