// SPDX-License-Identifier: GPL-3.0-or-later
#include "shared/DiscoveryRun.h"

#include "shared/JsonList.h"
#include "shared/JsonReader.h"
#include "shared/TimeFormat.h"

#include <QJsonArray>

#include <limits>

namespace mente {

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

Result<DiscoveryRun> DiscoveryRun::fromJson(const QJsonObject &json, const QString &prefix)
{
    constexpr qint64 kMaxCount = 1 << 24;
    JsonReader r(json, prefix);
    DiscoveryRun run;
    run.id = r.integer(QStringLiteral("id"), JsonReader::Required, 0, std::numeric_limits<qint64>::max() / 2);
    run.state = r.string(QStringLiteral("state"), JsonReader::Required, 16);
    if (r.ok() && run.state != QLatin1String("running") && run.state != QLatin1String("done")
        && run.state != QLatin1String("failed") && run.state != QLatin1String("never"))
        r.fail(QStringLiteral("state"),
               QStringLiteral("state must be \"running\", \"done\", \"failed\" or \"never\"."));
    // Before the first sweep the box answers {"id": 0, "state": "never"} and nothing else.
    if (r.ok() && (run.id == 0) != (run.state == QLatin1String("never")))
        r.fail(QStringLiteral("id"), QStringLiteral("id is 0 when the box never swept, and only then."));
    run.trigger = r.string(QStringLiteral("trigger"), JsonReader::Optional, 16);
    run.hostsDone = int(r.integer(QStringLiteral("hostsDone"), JsonReader::Optional, 0, kMaxCount));
    run.hostsTotal = int(r.integer(QStringLiteral("hostsTotal"), JsonReader::Optional, 0, kMaxCount));
    r.integer(QStringLiteral("percent"), JsonReader::Optional, 0, 100); // derived: checked, then recomputed
    run.found = int(r.integer(QStringLiteral("found"), JsonReader::Optional, 0, kMaxCount));
    run.added = int(r.integer(QStringLiteral("new"), JsonReader::Optional, 0, kMaxCount));
    run.gone = int(r.integer(QStringLiteral("gone"), JsonReader::Optional, 0, kMaxCount));
    run.error = r.string(QStringLiteral("error"), JsonReader::Optional, 1000);
    run.startedAt = r.time(QStringLiteral("startedAt"), JsonReader::Optional);
    run.finishedAt = r.time(QStringLiteral("finishedAt"), JsonReader::Optional);
    if (!r.ok())
        return r.error();
    auto methods = readStringList(json, QStringLiteral("methods"), prefix);
    if (!methods)
        return methods.error();
    auto cidrs = readStringList(json, QStringLiteral("cidrs"), prefix);
    if (!cidrs)
        return cidrs.error();
    run.methods = methods.value();
    run.cidrs = cidrs.value();
    return run;
}

} // namespace mente
