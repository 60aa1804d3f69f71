// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportPeriod.h"

#include <algorithm>

namespace mente::box {

namespace {
QDate firstOf(const QDate &day)
{
    return QDate(day.year(), day.month(), 1);
}

// Midnight at the start of a local day, as UTC (a zone without that midnight starts the day
// at its first valid moment).
QDateTime midnight(const QDate &day, const QTimeZone &zone)
{
    return day.startOfDay(zone).toUTC();
}
} // namespace

QDate ReportPeriod::reportDate(const QDate &month, int reportDay)
{
    const QDate first = firstOf(month);
    return QDate(first.year(), first.month(), std::clamp(reportDay, 1, first.daysInMonth()));
}

ReportPeriod ReportPeriod::of(const QDate &month, int reportDay, const QTimeZone &zone)
{
    ReportPeriod p;
    p.month = firstOf(month);
    p.end = midnight(reportDate(p.month, reportDay).addDays(1), zone);
    p.start = midnight(reportDate(p.month.addMonths(-1), reportDay).addDays(1), zone);
    return p;
}

ReportPeriod ReportPeriod::containing(const QDateTime &at, int reportDay, const QTimeZone &zone)
{
    // The local day's month, or the next one when the day is past that month's report day.
    const QDate local = at.toTimeZone(zone).date();
    ReportPeriod p = of(local, reportDay, zone);
    while (at >= p.end)
        p = of(p.month.addMonths(1), reportDay, zone);
    while (at < p.start)
        p = of(p.month.addMonths(-1), reportDay, zone);
    return p;
}

ReportPeriod ReportPeriod::lastEnded(const QDateTime &at, int reportDay, const QTimeZone &zone)
{
    const ReportPeriod current = containing(at, reportDay, zone);
    return of(current.month.addMonths(-1), reportDay, zone);
}

} // namespace mente::box
