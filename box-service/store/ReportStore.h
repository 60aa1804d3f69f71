// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "shared/Report.h"
#include "shared/Result.h"

#include <QList>

#include <optional>

namespace mente::box {

class Database;

// The kept monthly reports (F10): one row per month, the report's JSON as it was built.
class ReportStore
{
public:
    explicit ReportStore(Database &db) : m_db(db) {}

    // Stores the month's report, replacing an earlier one of the same month (its id stays);
    // the stored report (with id, and rebuilt set when it replaced one) is returned.
    Result<MonthlyReport> save(MonthlyReport report);
    Status markSent(qint64 id, const QDateTime &at);

    QList<ReportSummary> list() const; // newest month first
    std::optional<MonthlyReport> byId(qint64 id) const;
    std::optional<MonthlyReport> byMonth(const QDate &month) const;

private:
    std::optional<MonthlyReport> one(const QString &where, const QVariant &value) const;

    Database &m_db;
};

} // namespace mente::box
