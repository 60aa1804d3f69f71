// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportSettings.h"

#include "kernel/ConfigReader.h"

#include <QTimeZone>

namespace mente::box {

ReportSettings ReportSettings::read(ConfigReader &r)
{
    ReportSettings s;
    s.timeZone = r.text(QStringLiteral("report/time_zone"), s.timeZone);
    s.checkS = r.integer(QStringLiteral("report/check_s"), s.checkS, 1, 3600);
    s.heartbeatS = r.integer(QStringLiteral("report/heartbeat_s"), s.heartbeatS, 1, 3600);
    s.testBuildAfterS = r.integer(QStringLiteral("report/test_build_after_s"), s.testBuildAfterS, 0, 86400);
    return s;
}

QString ReportSettings::check() const
{
    if (!QTimeZone::isTimeZoneIdAvailable(timeZone.toLatin1()))
        return QStringLiteral("[report] time_zone: \"%1\" is not a time zone like Asia/Tokyo.").arg(timeZone);
    return {};
}

} // namespace mente::box
