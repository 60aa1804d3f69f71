// SPDX-License-Identifier: GPL-3.0-or-later
#include "api/ScanProgress.h"

#include "shared/JsonReader.h"

namespace mente::console {

std::optional<Result<ScanProgress>> ScanProgress::fromEvent(const Event &event)
{
    if (event.kind != QLatin1String("scan"))
        return std::nullopt;
    ScanProgress p;
    p.scanId = event.id;
    p.state = event.to;
    p.error = event.cause;
    if (p.state != QLatin1String("running") && p.state != QLatin1String("done") && p.state != QLatin1String("failed"))
        return Result<ScanProgress>(Error::validation(QStringLiteral("to"), QStringLiteral("is no scan state")));
    JsonReader in(event.detail, QStringLiteral("detail"));
    constexpr qint64 kMaxPorts = 65535;
    p.deviceId = in.integer(QStringLiteral("deviceId"), JsonReader::Required, 1, Q_INT64_C(1) << 53);
    p.percent = int(in.integer(QStringLiteral("percent"), JsonReader::Required, 0, 100));
    p.portsDone = int(in.integer(QStringLiteral("portsDone"), JsonReader::Optional, 0, kMaxPorts));
    p.portsTotal = int(in.integer(QStringLiteral("portsTotal"), JsonReader::Optional, 0, kMaxPorts));
    p.openPorts = int(in.integer(QStringLiteral("openPorts"), JsonReader::Optional, 0, kMaxPorts));
    if (!in.ok())
        return Result<ScanProgress>(in.error());
    return Result<ScanProgress>(p);
}

} // namespace mente::console
