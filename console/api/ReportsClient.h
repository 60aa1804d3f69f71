// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/ApiScope.h"
#include "shared/Report.h"

namespace mente::console {

// The reports scope of a box's API (F10): the monthly reports, building one, mailing it again.
class ReportsClient : public ApiScope
{
public:
    using ApiScope::ApiScope;

    void list(QObject *context, Then<QList<ReportSummary>> done) const;
    void report(qint64 id, QObject *context, Then<MonthlyReport> done) const;
    // month like "2026-10"; the current month builds "so far".
    void build(const QString &month, QObject *context, Then<MonthlyReport> done) const;
    void send(qint64 id, QObject *context, Then<Done> done) const;
};

} // namespace mente::console
