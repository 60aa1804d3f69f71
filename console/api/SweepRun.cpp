// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/SweepRun.h"

#include "shared/JsonReader.h"

namespace mente::console {

Result<SweepRun> SweepRun::fromJson(const QJsonObject &json)
{
    constexpr qint64 kMaxHosts = Q_INT64_C(1) << 32;
    JsonReader in(json);
    SweepRun run;
    run.state = in.string(QStringLiteral("state"), JsonReader::Optional);
    run.hostsDone = int(in.integer(QStringLiteral("hostsDone"), JsonReader::Optional, 0, kMaxHosts));
    run.hostsTotal = int(in.integer(QStringLiteral("hostsTotal"), JsonReader::Optional, 0, kMaxHosts));
    run.found = int(in.integer(QStringLiteral("found"), JsonReader::Optional, 0, kMaxHosts));
    run.error = in.optionalString(QStringLiteral("error"), 2000).value_or(QString());
    if (!in.ok())
        return in.error();
    return run;
}

} // namespace mente::console
