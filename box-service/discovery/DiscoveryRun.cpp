// SPDX-License-Identifier: GPL-3.0-or-later
#include "discovery/DiscoveryRun.h"

#include "shared/TimeFormat.h"

#include <QJsonArray>

namespace mente::box {

int DiscoveryRun::percent() const
{
    if (state == QStringLiteral("done"))
        return 100;
    return hostsTotal > 0 ? qMin(99, int(qint64(hostsDone) * 100 / hostsTotal)) : 0;
}

QJsonObject DiscoveryRun::toJson() const
{
    QJsonObject o{
        {QStringLiteral("id"), id},
        {QStringLiteral("state"), state},
        {QStringLiteral("trigger"), trigger},
        {QStringLiteral("methods"), QJsonArray::fromStringList(methods)},
        {QStringLiteral("cidrs"), QJsonArray::fromStringList(cidrs)},
        {QStringLiteral("hostsDone"), hostsDone},
        {QStringLiteral("hostsTotal"), hostsTotal},
        {QStringLiteral("percent"), percent()},
        {QStringLiteral("found"), found},
        {QStringLiteral("new"), added},
        {QStringLiteral("gone"), gone},
        {QStringLiteral("startedAt"), toIsoOrNull(startedAt)},
        {QStringLiteral("finishedAt"), toIsoOrNull(finishedAt)},
    };
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

} // namespace mente::box
