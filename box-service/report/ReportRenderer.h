// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Report.h"

namespace mente::box {

// The monthly report as people read it, in Japanese or English (the words come from the mail
// texts' words.txt): a whole HTML page (GET /reports/{id}?format=html and the mail's HTML part),
// and the plain-text tables of the mail's text part. Times are shown in the report's time zone.
class ReportRenderer
{
public:
    static QString html(const MonthlyReport &report, const QString &language);
    static QString availabilityText(const MonthlyReport &report, const QString &language);
    static QString faultsText(const MonthlyReport &report, const QString &language);
    static QString periodText(const MonthlyReport &report);
    static QString note(const MonthlyReport &report, const QString &language); // partial, rebuilt, empty

    static QString percent(double share);
    static QString targetName(const ReportTarget &target, const QString &language);
    static QString faultName(const ReportFault &fault, const QString &language);
    static QString duration(qint64 seconds, const QString &language);
    static QString localTime(const QDateTime &time, const QString &zone);
};

} // namespace mente::box
