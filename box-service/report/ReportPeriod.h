// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace mente::box {

// The stretch of time a monthly report covers (F10). The customer's report day D (1–31; a day
// past the month's end means its last day) ends each report month: the report of month M runs
// from the midnight after D of the month before M to the midnight after D of M, in the box's
// time zone. With the default D = 31 that is the calendar month; the months tile without gaps.
struct ReportPeriod
{
    QDate month;     // the first day of M
    QDateTime start; // UTC
    QDateTime end;   // UTC, exclusive: the report is due from then

    // The day that ends the month (D, or the month's last day when D is past it).
    static QDate reportDate(const QDate &month, int reportDay);
    static ReportPeriod of(const QDate &month, int reportDay, const QTimeZone &zone);
    // The month whose period holds `at`.
    static ReportPeriod containing(const QDateTime &at, int reportDay, const QTimeZone &zone);
    // The latest month whose period has ended by `at`.
    static ReportPeriod lastEnded(const QDateTime &at, int reportDay, const QTimeZone &zone);

    qint64 seconds() const { return start.secsTo(end); }
    bool contains(const QDateTime &at) const { return at >= start && at < end; }
};

} // namespace mente::box
